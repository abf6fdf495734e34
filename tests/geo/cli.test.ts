import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['geo/cli.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'geocode-'));

describe('cli', () => {
  it('prints only the FeatureCollection JSON on stdout, exit 0', () => {
    const r = run('geo/articles/us-strikes-iraq-2024/article.txt', '--date', '2024-01-24');
    expect(r.status).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.article.date).toBe('2024-01-24');
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it('unreadable file: one-line error, non-zero exit', () => {
    const r = run(join(dir, 'missing.txt'));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('empty file', () => {
    const p = join(dir, 'empty.txt');
    writeFileSync(p, '');
    const r = run(p);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/empty/);
  });

  it('binary file', () => {
    const p = join(dir, 'bin.dat');
    writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 91) % 256)));
    const r = run(p);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('no argument: usage, non-zero exit', () => {
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
  });
});
