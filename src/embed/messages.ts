// The postMessage API between an embedded map (the frame) and the page that
// embeds it (the host). Pure: shapes, validation and the acceptance rule; the
// DOM glue is in bridge.ts and public/embed.js.
//
// Every message is a plain object with `source: 'conflict-map'` and a `type`.
//   frame → host: ready, select, height, range
//   host → frame: select, fitAll, getHeight, range
import { clip, quoted } from '../lib/clip.ts';
import { dayNumber } from '../map/timeline.ts';

export const SOURCE = 'conflict-map';

/** Longest event id a command may carry (ids are short slugs). */
export const MAX_ID_LENGTH = 200;
/** embed.js clamps the iframe heights it sets to this range (its MIN and MAX; a unit test keeps them equal). */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 4_000;

export type SelectFrom = 'map' | 'list' | 'hash' | 'host';

export type FrameMessage =
  | { source: typeof SOURCE; type: 'ready'; events: number }
  | { source: typeof SOURCE; type: 'select'; id: string | null; from: SelectFrom }
  | { source: typeof SOURCE; type: 'height'; height: number }
  | RangeMessage;

/**
 * The timeline's range of days (YYYY-MM-DD, both included; null: open), both
 * ways: the host sets it, the frame tells the reader's changes. Both null: every day.
 */
export interface RangeMessage {
  source: typeof SOURCE;
  type: 'range';
  from: string | null;
  to: string | null;
}

export type HostCommand =
  | { source: typeof SOURCE; type: 'select'; id: string | null }
  | { source: typeof SOURCE; type: 'fitAll' }
  | { source: typeof SOURCE; type: 'getHeight' }
  | RangeMessage;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function extraKeys(o: Record<string, unknown>, allowed: string[]): string[] {
  return Object.keys(o).filter((k) => !allowed.includes(k));
}

/**
 * Validates a message received from the host. Returns `null` for messages that
 * are not ours (no `source: 'conflict-map'`) so they can be ignored silently, and
 * a reason for ours that are malformed.
 */
export function parseHostCommand(data: unknown): Parsed<HostCommand> | null {
  if (!isRecord(data) || data.source !== SOURCE) return null;
  const fail = (reason: string): Parsed<HostCommand> => ({ ok: false, reason });
  switch (data.type) {
    case 'select': {
      const extra = extraKeys(data, ['source', 'type', 'id']);
      if (extra.length) return fail(`select: unexpected field ${clip(extra.join(', '))}`);
      const id = data.id;
      if (id === null) return { ok: true, value: { source: SOURCE, type: 'select', id: null } };
      if (typeof id !== 'string') return fail('select: id must be a string or null');
      if (id.length === 0 || id.length > MAX_ID_LENGTH)
        return fail(`select: id must have 1 to ${MAX_ID_LENGTH} characters`);
      return { ok: true, value: { source: SOURCE, type: 'select', id } };
    }
    case 'range': {
      const extra = extraKeys(data, ['source', 'type', 'from', 'to']);
      if (extra.length) return fail(`range: unexpected field ${clip(extra.join(', '))}`);
      const range = parseRange(data);
      return range.ok ? range : fail(range.reason);
    }
    case 'fitAll':
    case 'getHeight': {
      const extra = extraKeys(data, ['source', 'type']);
      if (extra.length) return fail(`${data.type}: unexpected field ${clip(extra.join(', '))}`);
      return { ok: true, value: { source: SOURCE, type: data.type } };
    }
    default:
      return fail(
        `unknown type ${typeof data.type === 'string' ? quoted(data.type, 40) : typeof data.type}`,
      );
  }
}

/** Validates a message received from a frame (what embed.js and host pages check). */
export function parseFrameMessage(data: unknown): Parsed<FrameMessage> | null {
  if (!isRecord(data) || data.source !== SOURCE) return null;
  const fail = (reason: string): Parsed<FrameMessage> => ({ ok: false, reason });
  switch (data.type) {
    case 'ready':
      if (typeof data.events !== 'number' || !Number.isInteger(data.events) || data.events < 0)
        return fail('ready: events must be a count');
      return { ok: true, value: { source: SOURCE, type: 'ready', events: data.events } };
    case 'select':
      if (data.id !== null && typeof data.id !== 'string')
        return fail('select: id must be a string or null');
      if (!['map', 'list', 'hash', 'host'].includes(data.from as string))
        return fail('select: from must be map, list, hash or host');
      return {
        ok: true,
        value: { source: SOURCE, type: 'select', id: data.id, from: data.from as SelectFrom },
      };
    case 'range':
      return parseRange(data);
    case 'height':
      // Any size: the receiver clamps it (embed.js to MIN_HEIGHT..MAX_HEIGHT).
      if (typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height <= 0)
        return fail('height: must be a positive number of pixels');
      return { ok: true, value: { source: SOURCE, type: 'height', height: data.height } };
    default:
      return fail('unknown type');
  }
}

/** `from` and `to` of a range message: real YYYY-MM-DD dates or null (absent is null). */
function parseRange(data: Record<string, unknown>): Parsed<RangeMessage> {
  const end = (key: 'from' | 'to'): string | null | undefined => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    return typeof v === 'string' && dayNumber(v) !== null ? v : undefined;
  };
  const from = end('from');
  const to = end('to');
  if (from === undefined || to === undefined)
    return { ok: false, reason: 'range: from and to must be YYYY-MM-DD dates or null' };
  if (from !== null && to !== null && from > to)
    return { ok: false, reason: 'range: from must not be after to' };
  return { ok: true, value: rangeMessage(from, to) };
}

/**
 * Whether a command may be obeyed: it must come from the parent window, and
 * from one of `origins` when that list is given (null: any origin).
 */
export function acceptCommand(
  from: { source: unknown; origin: string },
  parent: unknown,
  origins: readonly string[] | null,
): boolean {
  if (from.source === null || from.source !== parent) return false;
  if (origins === null) return true;
  return origins.includes(from.origin);
}

/**
 * The targetOrigin for messages to the parent: '*' when any host may listen (the
 * messages carry nothing private: event ids of a public map and a height);
 * otherwise the parent's origin when it is an allowed one; null (send nothing)
 * when the parent's known origin is not allowed; the first allowed when the
 * parent's origin is unknown.
 */
export function targetOrigin(
  origins: readonly string[] | null,
  parentOrigin: string | null,
): string | null {
  if (origins === null) return '*';
  if (origins.length === 0) return null;
  if (parentOrigin) return origins.includes(parentOrigin) ? parentOrigin : null;
  return origins[0]!;
}

export const ready = (events: number): FrameMessage => ({ source: SOURCE, type: 'ready', events });
export const selected = (id: string | null, from: SelectFrom): FrameMessage => ({
  source: SOURCE,
  type: 'select',
  id,
  from,
});
export const height = (h: number): FrameMessage => ({
  source: SOURCE,
  type: 'height',
  height: Math.round(h),
});
export const rangeMessage = (from: string | null, to: string | null): RangeMessage => ({
  source: SOURCE,
  type: 'range',
  from,
  to,
});
