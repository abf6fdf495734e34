// A tiny build cache: a step is skipped when a hash of its inputs (files and
// folders, read recursively) matches the stamp written after its last success
// and all its outputs still exist.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function hashPath(hash: ReturnType<typeof createHash>, path: string): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) hashPath(hash, join(path, name));
  } else {
    hash.update(path);
    // Large data files are identified by size and mtime; source files by content.
    if (st.size > 1_000_000) hash.update(`${st.size}:${st.mtimeMs}`);
    else hash.update(readFileSync(path));
  }
}

export function inputsHash(inputs: string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    if (existsSync(input)) hashPath(hash, input);
    else hash.update(`missing:${input}`);
  }
  return hash.digest('hex');
}

export interface Step {
  name: string;
  inputs: string[];
  outputs: string[];
  run: () => Promise<void>;
}

export async function runStep(step: Step, stampDir = '.cache/stamps'): Promise<boolean> {
  const stamp = join(stampDir, `${step.name}.sha256`);
  const want = inputsHash(step.inputs);
  const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && step.outputs.every((o) => existsSync(o))) return false;
  await step.run();
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, want + '\n');
  return true;
}
