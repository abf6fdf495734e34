// A freshly launched Chromium keeps both of this machine's cores busy for about
// half a second after `launch()` returns: it starts its GPU process and preloads
// its own browser pages (the omnibox popup's WebUI), some 0.7 s of CPU in all. A
// page opened at once competes with that start-up, which a reader's browser,
// long since running, does not do. The benchmarks therefore navigate only once
// the browser's processes have gone quiet.
import { readdirSync, readFileSync } from 'node:fs';
import { launch, type Session } from '../../tests/e2e/browser.ts';

const TICK_MS = 10; // Linux's USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s
const WINDOW_MS = 100;
const QUIET_WINDOWS = 2; // consecutive windows with at most one tick of CPU
const MAX_WAIT_MS = 5_000;

interface Proc {
  ppid: number;
  cpuMs: number;
}

/** Every process's parent and CPU time so far, from /proc (null where there is no /proc). */
function processes(): Map<number, Proc> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const out = new Map<number, Proc>();
  for (const pid of pids) {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(pid), {
        ppid: Number(f[1]),
        cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** CPU time used so far by the descendants of this process (the browser we launched). */
function childrenCpuMs(): number | null {
  const all = processes();
  if (!all) return null;
  const children = new Map<number, number[]>();
  for (const [pid, p] of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let total = 0;
  const todo = [...(children.get(process.pid) ?? [])];
  while (todo.length) {
    const pid = todo.pop()!;
    total += all.get(pid)?.cpuMs ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the browser's processes have used at most one tick of CPU in two successive 100 ms windows. */
async function untilQuiet(): Promise<void> {
  const first = childrenCpuMs();
  if (first === null) {
    await sleep(1_500); // no /proc: a fixed pause, longer than the start-up seen here
    return;
  }
  let before: number = first;
  let quiet = 0;
  for (let waited = 0; waited < MAX_WAIT_MS && quiet < QUIET_WINDOWS; waited += WINDOW_MS) {
    await sleep(WINDOW_MS);
    const now: number = childrenCpuMs() ?? before;
    quiet = now - before <= TICK_MS ? quiet + 1 : 0;
    before = now;
  }
}

/** A cold `launch()` (a Chromium of its own), then the wait for its start-up to finish (BENCH_SETTLE=0: no wait, as before). */
export async function launchSettled(options: Parameters<typeof launch>[0] = {}): Promise<Session> {
  const session = await launch({ ...options, cold: true });
  if (process.env.BENCH_SETTLE !== '0') await untilQuiet();
  return session;
}
