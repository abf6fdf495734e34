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
