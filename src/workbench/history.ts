// Undo and redo: the geoparser's output (`base`) and the commands made since.
// Undo replays all but the last command from the base; redo applies the last
// undone one again. Plain data, so it is saved with the work. Pure.
import { apply, merges, replay, type Command, type Snapshot } from './commands.ts';

export interface History {
  base: Snapshot;
  done: Command[];
  /** Undone commands, the next to redo last. */
  undone: Command[];
}

export const startHistory = (base: Snapshot): History => ({ base, done: [], undone: [] });

/** The history after `cmd` (a new change clears what could be redone). */
export function record(h: History, cmd: Command): History {
  const last = h.done[h.done.length - 1];
  const done = merges(last, cmd) ? [...h.done.slice(0, -1), cmd] : [...h.done, cmd];
  return { base: h.base, done, undone: [] };
}

/** The last change undone: the work it leaves and the command (null when none). */
export function undo(h: History): { history: History; work: Snapshot; command: Command } | null {
  const command = h.done[h.done.length - 1];
  if (!command) return null;
  const done = h.done.slice(0, -1);
  return {
    history: { base: h.base, done, undone: [...h.undone, command] },
    work: replay(h.base, done),
    command,
  };
}

/** The last undone change made again, from the work as it is (`now`). */
export function redo(
  h: History,
  now: Snapshot,
): { history: History; work: Snapshot & { id: string | null }; command: Command } | null {
  const command = h.undone[h.undone.length - 1];
  if (!command) return null;
  return {
    history: { base: h.base, done: [...h.done, command], undone: h.undone.slice(0, -1) },
    work: apply(now, command),
    command,
  };
}
