// An NDJSON archive of N articles for the CLI's throughput (README, "An archive
// on many cores"): the project's own articles (geo/dev/, geo/articles/), in turn,
// each line with an id, a title and a date spread over 30 days.
//
//   npx tsx scripts/bench/archive.ts 1000 > archive.ndjson
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const n = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npx tsx scripts/bench/archive.ts N > archive.ndjson');
  process.exit(2);
}
const texts = ['geo/dev', 'geo/articles'].flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readFileSync(join(dir, d.name, 'article.txt'), 'utf8')),
);
const day = (i: number) => `2024-01-${String((i % 30) + 1).padStart(2, '0')}`;
for (let i = 0; i < n; i++) {
  const text = texts[i % texts.length]!;
  const title = text.split('\n', 1)[0]!.slice(0, 120);
  process.stdout.write(
    JSON.stringify({ id: `article-${i}`, url: null, title, date: day(i), text }) + '\n',
  );
}
