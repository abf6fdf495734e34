// npm run geocode -- path/to/article.txt [--date YYYY-MM-DD]
// Prints the FeatureCollection JSON on stdout and nothing else.
import { readFileSync } from 'node:fs';
import { loadGazetteerFromDisk } from './gazetteer/node.ts';
import { geoparse, GeoparseError } from './geoparse.ts';

function fail(msg: string, code = 1): never {
  process.stderr.write(`geocode: ${msg}\n`);
  process.exit(code);
}

function main(): void {
  const args = process.argv.slice(2);
  let path: string | undefined;
  let date: string | undefined;
  let gazDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--date') date = args[++i] ?? fail('--date needs a value (YYYY-MM-DD)', 2);
    else if (a.startsWith('--date=')) date = a.slice(7);
    else if (a === '--gazetteer') gazDir = args[++i] ?? fail('--gazetteer needs a directory', 2);
    else if (a.startsWith('--')) fail(`unknown option ${a}`, 2);
    else if (path === undefined) path = a;
    else fail(`unexpected argument ${a}`, 2);
  }
  if (!path) fail('usage: npm run geocode -- path/to/article.txt [--date YYYY-MM-DD]', 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.length === 0) fail(`${path} is empty`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${path} is not UTF-8 text (binary?)`);
  }
  let gaz;
  try {
    gaz = loadGazetteerFromDisk(gazDir);
  } catch (e) {
    fail(`cannot load the gazetteer (run npm run data first): ${(e as Error).message}`);
  }
  try {
    const fc = geoparse(text, gaz, date ? { date } : {});
    process.stdout.write(JSON.stringify(fc, null, 2) + '\n');
  } catch (e) {
    if (e instanceof GeoparseError) fail(`${path}: ${e.message}`);
    throw e;
  }
}

main();
