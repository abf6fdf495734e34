// The fit's padding and the popup's placement (src/map/fit.ts).
import { describe, expect, it } from 'vitest';
import {
  ANCHORS,
  basePadding,
  fitPadding,
  placePopup,
  popupBox,
  popupMaxWidth,
} from '../../src/map/fit.ts';

describe('fitPadding', () => {
  it('is the base padding with nothing over the map', () => {
    const b = basePadding(320);
    expect(fitPadding(320, 300, [])).toEqual({ top: b, right: b, bottom: b, left: b });
  });

  it('keeps a tall control stack out by the right side, the legend by the bottom', () => {
    const p = fitPadding(360, 320, [
      { left: 320, top: 10, right: 349, bottom: 107 }, // zoom and fullscreen buttons
      { left: 10, top: 285, right: 82, bottom: 311 }, // folded legend
    ]);
    expect(p.right).toBe(360 - 320 + 14);
    expect(p.bottom).toBe(320 - 285 + 14);
    expect(p.top).toBe(basePadding(360));
    expect(p.left).toBe(basePadding(360));
  });

  it('ignores hidden and outside obstacles, and never gives a side more than 40%', () => {
    const b = basePadding(800);
    expect(fitPadding(800, 400, [{ left: 5, top: 5, right: 5, bottom: 30 }])).toEqual({
      top: b,
      right: b,
      bottom: b,
      left: b,
    });
    expect(fitPadding(800, 400, [{ left: 0, top: 100, right: 800, bottom: 400 }]).bottom).toBe(160);
  });
});

describe('popupMaxWidth', () => {
  it('is 340 px on a wide map and the map less two margins on a narrow one', () => {
    expect(popupMaxWidth(800)).toBe(340);
    expect(popupMaxWidth(304)).toBe(288);
  });
});

describe('placePopup', () => {
  const base = { width: 304, height: 322, w: 288, h: 200, offset: 14 };
  const fits = (o: typeof base & { x: number; y: number }) => {
    const pl = placePopup(o);
    const b = popupBox(pl.anchor, o.x + pl.shift[0], o.y + pl.shift[1], o.w, o.h, o.offset);
    return b.left >= 8 && b.top >= 8 && b.right <= o.width - 8 && b.bottom <= o.height - 8;
  };

  it('keeps the popup above a marker in the middle of a roomy map, unmoved', () => {
    expect(
      placePopup({ width: 800, height: 600, x: 400, y: 400, w: 300, h: 200, offset: 14 }),
    ).toEqual({
      anchor: 'bottom',
      shift: [0, 0],
    });
  });

  it('opens below a marker near the top edge', () => {
    expect(
      placePopup({ width: 800, height: 600, x: 400, y: 30, w: 300, h: 200, offset: 14 }).anchor,
    ).toBe('top');
  });

  it('fits whole in a 304 × 322 map wherever the marker is', () => {
    for (const x of [10, 24, 56, 152, 280, 300])
      for (const y of [10, 64, 160, 300]) expect(fits({ ...base, x, y }), `${x},${y}`).toBe(true);
  });

  it('centred (a choice from the list): above the marker, moved down just enough', () => {
    const pl = placePopup({ ...base, x: 152, y: 161 });
    expect(pl.anchor).toBe('bottom');
    expect(pl.shift[0]).toBe(0);
    expect(161 + pl.shift[1] - 14 - 10 - 200).toBe(8);
  });

  it('flown to, keeps the popup above the marker even when beside it would move less', () => {
    const o = { width: 720, height: 430, x: 360, y: 215, w: 316, h: 270, offset: 14 };
    expect(placePopup(o).anchor).not.toBe('bottom');
    expect(placePopup({ ...o, flying: true }).anchor).toBe('bottom');
  });

  it('moves down below the controls it would meet, where the map has room', () => {
    // A 390 × 500 map, the zoom buttons top right (100 px tall), Show all top left.
    const controls = [
      { left: 350, top: 10, right: 380, bottom: 110 },
      { left: 10, top: 10, right: 90, bottom: 40 },
    ];
    const o = { width: 390, height: 500, x: 195, y: 250, w: 374, h: 200, offset: 14, flying: true };
    const free = placePopup(o);
    const clear = placePopup({ ...o, avoid: controls });
    const top = (pl: typeof free, h = 200) =>
      popupBox(pl.anchor, 195 + pl.shift[0], 250 + pl.shift[1], o.w, h, 14).top;
    expect(top(free)).toBeLessThan(110);
    expect(clear.anchor).toBe('bottom');
    expect(top(clear)).toBe(110 + 8);
    // A control beside the popup, not above it, moves nothing.
    expect(placePopup({ ...o, w: 200, avoid: [controls[0]!] })).toEqual(
      placePopup({ ...o, w: 200 }),
    );
    // No room below the controls: the popup still lies inside the map.
    const low = { ...o, height: 300, h: 240 };
    const cramped = placePopup({ ...low, avoid: controls });
    expect(top(cramped, 240)).toBeGreaterThanOrEqual(8);
  });

  it('has a box for every anchor', () => {
    for (const a of ANCHORS) {
      const b = popupBox(a, 100, 100, 50, 40, 14);
      expect(b.right - b.left).toBeGreaterThanOrEqual(50);
      expect(b.bottom - b.top).toBeGreaterThanOrEqual(40);
    }
  });
});
