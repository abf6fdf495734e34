// The small checks the events-file validator (data.ts) is made of: each names
// the field and what it holds when it fails ("feature 3 ("x"): properties.kind
// must be one of ... (got 5)").
import { quoted } from '../lib/clip.ts';

export class EventDataError extends Error {
  override name = 'EventDataError';
  /** What is wrong, without where (the message is "where: what"). */
  what?: string;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function fail(where: string, what: string): never {
  const e = new EventDataError(`${where}: ${what}`);
  e.what = what;
  throw e;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return quoted(v, 40);
  return typeof v === 'object' ? 'an object' : String(v);
}

export function str(p: Record<string, unknown>, key: string, where: string): string {
  const v = p[key];
  if (typeof v !== 'string') fail(where, `properties.${key} must be a string (got ${describe(v)})`);
  return v;
}

export function strOrNull(p: Record<string, unknown>, key: string, where: string): string | null {
  const v = p[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    fail(where, `properties.${key} must be a string or null (got ${describe(v)})`);
  return v;
}

export function num(p: Record<string, unknown>, key: string, where: string): number {
  const v = p[key];
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(where, `properties.${key} must be a number (got ${describe(v)})`);
  return v;
}

export function oneOf<T extends string>(
  p: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  where: string,
): T {
  const v = p[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(where, `properties.${key} must be one of ${allowed.join(', ')} (got ${describe(v)})`);
  }
  return v as T;
}
