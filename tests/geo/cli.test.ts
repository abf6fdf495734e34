import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CHARS } from '../../geo/text.ts';
import type { EventCollection } from '../../geo/types.ts';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['geo/cli.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'geocode-'));
const ARTICLE = 'geo/articles/us-strikes-iraq-2024/article.txt';

describe('cli', () => {
  it('prints only the FeatureCollection JSON on stdout, exit 0', () => {
    const r = run(ARTICLE, '--date', '2024-01-24');
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

  it('--date dates "on Tuesday" the day before a Wednesday; a dateline gives the same alone', () => {
    const story = 'Russian missiles hit Kharkiv on Tuesday, killing four people.';
    const p = join(dir, 'tuesday.txt');
    const events = (r: ReturnType<typeof run>) =>
      (JSON.parse(r.stdout) as EventCollection).features.filter(
        (f) => f.properties.kind !== 'mention',
      );
    writeFileSync(p, `Missiles hit Kharkiv\n\n${story}\n`);
    const withDate = run(p, '--date', '2024-01-24');
    expect(withDate.status).toBe(0);
    expect(events(withDate).map((f) => [f.properties.place, f.properties.date])).toEqual([
      ['Kharkiv', '2024-01-23'],
    ]);
    expect(events(run(p))[0]!.properties).toMatchObject({ date: null, datePrecision: null });
    writeFileSync(p, `Missiles hit Kharkiv\n\nKYIV, Jan. 24, 2024 (Reuters) - ${story}\n`);
    const dateline = run(p);
    expect(JSON.parse(dateline.stdout).article).toMatchObject({
      date: '2024-01-24',
      dateSource: 'dateline',
    });
    expect(events(dateline)[0]!.properties).toMatchObject({
      date: '2024-01-23',
      datePrecision: 'day',
    });
  });

  it('no argument: usage, non-zero exit', () => {
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
  });
});

// Runs the CLI in one node process (no tsx wrapper) and reports its peak memory
// (maxRSS, kB) from an exit hook, so a test can tell a bounded read from a whole one.
const MAXRSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    "process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));",
  );
/** `stdin`: a shell command whose output is piped to the CLI. */
const measured = (args: string[], stdin?: string) => {
  const cli = [process.execPath, '--import', 'tsx', '--import', MAXRSS_HOOK, 'geo/cli.ts', ...args];
  const r = stdin
    ? spawnSync('sh', ['-c', `${stdin} | "$@"`, 'sh', ...cli], { encoding: 'utf8' })
    : spawnSync(cli[0]!, cli.slice(1), { encoding: 'utf8' });
  const m = /^maxRSS (\d+)$/m.exec(r.stderr);
  return {
    status: r.status,
    stdout: r.stdout,
    message: r.stderr.replace(/^maxRSS \d+\n?/m, '').trim(),
    maxRssMB: m ? Number(m[1]) / 1024 : NaN,
  };
};
/** Peak memory allowed for a refusal: the runtime alone takes about 90 MB; a whole read of HUGE bytes, over 500 MB. */
const REFUSAL_MB = 250;
/** Bytes offered by the oversized inputs: ten times what a refusal may hold. */
const HUGE = 10 * MAX_CHARS;

describe('cli: bounded input', () => {
  it('a regular file above the limit is refused from its size, without reading it', () => {
    const p = join(dir, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, HUGE); // sparse: takes no disk space
    const r = measured([p]);
    expect(r.status).toBe(1);
    expect(r.maxRssMB).toBeLessThan(REFUSAL_MB);
    expect(r.stdout).toBe('');
    expect(r.message).toBe(
      `geocode: ${p} is too large: ${HUGE} bytes, more than ${3 * MAX_CHARS + 3} (an article may have at most ${MAX_CHARS} characters)`,
    );
  });

  it('a named pipe is read in chunks and refused once past the limit', () => {
    const fifo = join(dir, 'fifo');
    rmSync(fifo, { force: true });
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer: HUGE bytes, or fewer when the reader goes away.
    const writer = spawn('sh', ['-c', `head -c ${HUGE} /dev/zero > "$0"`, fifo], {
      stdio: 'ignore',
    });
    try {
      const r = measured([fifo]);
      expect(r.status).toBe(1);
      expect(r.maxRssMB).toBeLessThan(REFUSAL_MB);
      expect(r.stdout).toBe('');
      expect(r.message).toBe(
        `geocode: ${fifo} is too large: more than ${MAX_CHARS} characters (the limit)`,
      );
    } finally {
      writer.kill();
    }
  });

  it('a device that never ends (/dev/zero) is refused once past the limit', () => {
    const r = measured(['/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.maxRssMB).toBeLessThan(REFUSAL_MB);
    expect(r.message).toBe(
      `geocode: /dev/zero is too large: more than ${MAX_CHARS} characters (the limit)`,
    );
  });

  it('- reads standard input: the same output as the file', () => {
    const file = run(ARTICLE, '--date', '2024-01-24');
    const piped = spawnSync(tsx, ['geo/cli.ts', '-', '--date', '2024-01-24'], {
      encoding: 'utf8',
      input: readFileSync(ARTICLE),
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
  });

  it('- refuses standard input past the limit, read in chunks', () => {
    const r = measured(['-'], `head -c ${HUGE} /dev/zero`);
    expect(r.status).toBe(1);
    expect(r.maxRssMB).toBeLessThan(REFUSAL_MB);
    expect(r.message).toBe(
      `geocode: standard input is too large: more than ${MAX_CHARS} characters (the limit)`,
    );
  });

  it('- with empty standard input', () => {
    const r = spawnSync(tsx, ['geo/cli.ts', '-'], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('geocode: standard input is empty\n');
  });
});

describe('cli: output', () => {
  it('exits quietly with status 0 when its reader closes early (EPIPE)', () => {
    // `true` exits at once, long before the CLI has loaded the gazetteer and writes.
    const r = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; "$0" geo/cli.ts "$1" | true', tsx, ARTICLE],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('cli: --date', () => {
  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2024-00-10', '2024-1-5', 'yesterday'])(
    'refuses %s: not a calendar date, exit 2',
    (date) => {
      const r = run(ARTICLE, '--date', date);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `geocode: --date ${JSON.stringify(date)} is not a calendar date (expected YYYY-MM-DD, e.g. 2024-01-24)\n`,
      );
    },
  );

  it('accepts 29 February of a leap year, also as --date=', () => {
    const r = run(ARTICLE, '--date=2024-02-29');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.date).toBe('2024-02-29');
  });

  it.each([['--date='], ['--date', '']])('refuses an empty date (%s)', (...args) => {
    const r = run(ARTICLE, ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('geocode: --date needs a value (YYYY-MM-DD)\n');
  });
});
