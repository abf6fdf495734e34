import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acceptCommand,
  height,
  MAX_HEIGHT,
  MIN_HEIGHT,
  parseFrameMessage,
  parseHostCommand,
  ready,
  selected,
  targetOrigin,
} from '../../src/embed/messages.ts';

describe('parseHostCommand', () => {
  it('ignores messages that are not ours', () => {
    for (const d of [null, 'select', 42, [], {}, { type: 'select', id: 'a' }, { source: 'x' }])
      expect(parseHostCommand(d)).toBeNull();
  });

  it('accepts select (id or null), fitAll and getHeight', () => {
    expect(parseHostCommand({ source: 'conflict-map', type: 'select', id: 'e1' })).toEqual({
      ok: true,
      value: { source: 'conflict-map', type: 'select', id: 'e1' },
    });
    expect(parseHostCommand({ source: 'conflict-map', type: 'select', id: null })).toEqual({
      ok: true,
      value: { source: 'conflict-map', type: 'select', id: null },
    });
    expect(parseHostCommand({ source: 'conflict-map', type: 'fitAll' })).toEqual({
      ok: true,
      value: { source: 'conflict-map', type: 'fitAll' },
    });
    expect(parseHostCommand({ source: 'conflict-map', type: 'getHeight' })?.ok).toBe(true);
  });

  it('rejects wrong types, missing or extra fields, with a reason', () => {
    const bad = (d: unknown) => {
      const r = parseHostCommand(d);
      expect(r?.ok).toBe(false);
      return r && !r.ok ? r.reason : '';
    };
    expect(bad({ source: 'conflict-map', type: 'select', id: 5 })).toBe(
      'select: id must be a string or null',
    );
    expect(bad({ source: 'conflict-map', type: 'select' })).toBe(
      'select: id must be a string or null',
    );
    expect(bad({ source: 'conflict-map', type: 'select', id: '' })).toMatch(/1 to 200/);
    expect(bad({ source: 'conflict-map', type: 'select', id: 'x'.repeat(201) })).toMatch(
      /1 to 200/,
    );
    expect(bad({ source: 'conflict-map', type: 'select', id: 'a', html: '<b>' })).toBe(
      'select: unexpected field html',
    );
    expect(bad({ source: 'conflict-map', type: 'fitAll', padding: 3 })).toBe(
      'fitAll: unexpected field padding',
    );
    expect(bad({ source: 'conflict-map', type: 'eval' })).toBe('unknown type "eval"');
    expect(bad({ source: 'conflict-map', type: 7 })).toBe('unknown type number');
  });
});

describe('long values in reasons', () => {
  const reason = (d: unknown) => {
    const r = parseHostCommand(d);
    return r && !r.ok ? r.reason : '';
  };
  it('cuts the list of unexpected fields and an unknown type, with an ellipsis', () => {
    const extra = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`field${i}`, i]));
    const many = reason({ source: 'conflict-map', type: 'fitAll', ...extra });
    expect(many).toMatch(/^fitAll: unexpected field field0, field1, .*…$/);
    expect(many.length).toBeLessThan(200);
    expect(reason({ source: 'conflict-map', type: 'z'.repeat(500) })).toBe(
      `unknown type "${'z'.repeat(40)}…"`,
    );
  });
});

describe('parseFrameMessage', () => {
  it('round-trips what the frame sends', () => {
    for (const m of [ready(20), selected('e1', 'map'), selected(null, 'host'), height(612.4)])
      expect(parseFrameMessage(m)).toEqual({ ok: true, value: m });
    expect(height(612.4)).toEqual({ source: 'conflict-map', type: 'height', height: 612 });
  });

  it('rejects heights that are not a positive number of pixels, and malformed fields', () => {
    for (const h of [0, -5, Number.NaN, Infinity, '600', null])
      expect(parseFrameMessage({ source: 'conflict-map', type: 'height', height: h })?.ok).toBe(
        false,
      );
    expect(parseFrameMessage({ source: 'conflict-map', type: 'ready', events: -1 })?.ok).toBe(
      false,
    );
    expect(
      parseFrameMessage({ source: 'conflict-map', type: 'select', id: 'a', from: 'x' })?.ok,
    ).toBe(false);
    expect(parseFrameMessage({ type: 'height', height: 500 })).toBeNull();
  });

  it('accepts any positive height (embed.js clamps it to the range it repeats)', () => {
    for (const h of [50, 12_000])
      expect(parseFrameMessage({ source: 'conflict-map', type: 'height', height: h })?.ok).toBe(
        true,
      );
    const script = readFileSync('public/embed.js', 'utf8');
    expect(script).toContain(`var MIN = ${MIN_HEIGHT};`);
    expect(script).toContain(`var MAX = ${MAX_HEIGHT};`);
  });
});

describe('acceptCommand', () => {
  const parent = {};
  it('only from the parent window', () => {
    expect(acceptCommand({ source: parent, origin: 'https://a.example' }, parent, null)).toBe(true);
    expect(acceptCommand({ source: {}, origin: 'https://a.example' }, parent, null)).toBe(false);
    expect(acceptCommand({ source: null, origin: 'https://a.example' }, null, null)).toBe(false);
  });
  it('and from an allowed origin when origins are given', () => {
    const origins = ['https://a.example'];
    expect(acceptCommand({ source: parent, origin: 'https://a.example' }, parent, origins)).toBe(
      true,
    );
    expect(acceptCommand({ source: parent, origin: 'https://b.example' }, parent, origins)).toBe(
      false,
    );
    expect(acceptCommand({ source: parent, origin: 'null' }, parent, [])).toBe(false);
  });
});

describe('targetOrigin', () => {
  it('is * without origins, the parent when allowed, nothing when not', () => {
    expect(targetOrigin(null, 'https://a.example')).toBe('*');
    expect(targetOrigin(['https://a.example', 'https://b.example'], 'https://b.example')).toBe(
      'https://b.example',
    );
    expect(targetOrigin(['https://a.example'], 'https://c.example')).toBeNull();
    expect(targetOrigin(['https://a.example', 'https://b.example'], null)).toBe(
      'https://a.example',
    );
    expect(targetOrigin([], 'https://a.example')).toBeNull();
  });
});

describe('message checks at their bounds', () => {
  const S = 'conflict-map';
  const host = (d: Record<string, unknown>) => parseHostCommand({ source: S, ...d });
  const frame = (d: Record<string, unknown>) => parseFrameMessage({ source: S, ...d });

  it('select: ids of 1 and 200 characters are taken, 0 and 201 refused', () => {
    for (const id of ['a', 'x'.repeat(200)])
      expect(host({ type: 'select', id })).toEqual({
        ok: true,
        value: { source: S, type: 'select', id },
      });
    for (const id of ['', 'x'.repeat(201)])
      expect(host({ type: 'select', id })).toEqual({
        ok: false,
        reason: 'select: id must have 1 to 200 characters',
      });
  });

  it('names the command in the unexpected-field reason, and lists every extra field', () => {
    expect(host({ type: 'getHeight', x: 1 })).toEqual({
      ok: false,
      reason: 'getHeight: unexpected field x',
    });
    expect(host({ type: 'select', id: 'a', x: 1, y: 2 })).toEqual({
      ok: false,
      reason: 'select: unexpected field x, y',
    });
    expect(host({ type: 'getHeight' })).toEqual({
      ok: true,
      value: { source: S, type: 'getHeight' },
    });
  });

  it('needs the exact source string', () => {
    for (const source of ['conflict-map ', 'Conflict-map', ''])
      expect(parseHostCommand({ source, type: 'fitAll' })).toBeNull();
    expect(parseFrameMessage(['conflict-map'])).toBeNull();
    expect(parseFrameMessage(null)).toBeNull();
  });

  it('ready: a whole count, zero included', () => {
    expect(frame({ type: 'ready', events: 0 })).toEqual({
      ok: true,
      value: { source: S, type: 'ready', events: 0 },
    });
    for (const events of [1.5, '3', null, Infinity])
      expect(frame({ type: 'ready', events })).toEqual({
        ok: false,
        reason: 'ready: events must be a count',
      });
  });

  it('select from the frame: each origin of a selection, id a string or null', () => {
    for (const from of ['map', 'list', 'hash', 'host'])
      expect(frame({ type: 'select', id: 'e1', from })).toEqual({
        ok: true,
        value: { source: S, type: 'select', id: 'e1', from },
      });
    expect(frame({ type: 'select', id: 3, from: 'map' })).toEqual({
      ok: false,
      reason: 'select: id must be a string or null',
    });
    expect(frame({ type: 'select', id: null })).toEqual({
      ok: false,
      reason: 'select: from must be map, list, hash or host',
    });
  });

  it('height: any positive finite number, the reason otherwise', () => {
    expect(frame({ type: 'height', height: 0.5 })).toEqual({
      ok: true,
      value: { source: S, type: 'height', height: 0.5 },
    });
    expect(frame({ type: 'height', height: -0.5 })).toEqual({
      ok: false,
      reason: 'height: must be a positive number of pixels',
    });
    expect(frame({ type: 'nope' })).toEqual({ ok: false, reason: 'unknown type' });
  });

  it('targetOrigin: an empty list sends nothing, whatever the parent; no known parent: the first', () => {
    expect(targetOrigin([], null)).toBeNull();
    expect(targetOrigin(['https://a.example'], '')).toBe('https://a.example');
    expect(targetOrigin(null, null)).toBe('*');
  });

  it('acceptCommand: any origin of the parent when no list is given, none of a stranger', () => {
    const parent = {};
    expect(acceptCommand({ source: parent, origin: 'null' }, parent, null)).toBe(true);
    expect(
      acceptCommand({ source: {}, origin: 'https://a.example' }, parent, ['https://a.example']),
    ).toBe(false);
  });

  it('the frame rounds the height it sends', () => {
    expect(height(99.5)).toEqual({ source: S, type: 'height', height: 100 });
    expect(selected('e', 'list')).toEqual({ source: S, type: 'select', id: 'e', from: 'list' });
    expect(ready(3)).toEqual({ source: S, type: 'ready', events: 3 });
  });
});
