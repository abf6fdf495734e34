// Where the map's first view may put markers, and where a popup goes. Pure: the
// component measures the map and what lies over it (controls, legend,
// attribution) and these functions say how much padding to fit with, which
// popup anchor to use and how far to move the map so that a popup shows whole.

/** A rectangle in the map container's pixels (0,0 its top left corner). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How far from the map's edge a fitted marker's centre stays (about a marker and a half). */
export function basePadding(width: number): number {
  return width < 500 ? 24 : 60;
}

/** Room between an obstacle and the centre of a marker fitted beside it (a marker's radius and a gap). */
export const MARKER_CLEARANCE = 14;

/** No side's padding takes more than this share of the map's width or height. */
const MAX_SHARE = 0.4;

/**
 * The padding to fit the events with in a `width` × `height` map whose
 * `obstacles` (controls, legend, attribution) lie over it: each obstacle is
 * kept out by the side that costs the least of the map (a tall control stack
 * at the right edge by the right padding, the legend at the bottom by the
 * bottom padding), with room for a marker's radius.
 */
export function fitPadding(width: number, height: number, obstacles: readonly Box[]): Padding {
  const base = basePadding(width);
  const p: Padding = { top: base, right: base, bottom: base, left: base };
  for (const o of obstacles) {
    if (o.right <= o.left || o.bottom <= o.top) continue; // hidden
    if (o.right <= 0 || o.left >= width || o.bottom <= 0 || o.top >= height) continue; // outside
    const sides: [keyof Padding, number, number][] = [
      ['top', o.bottom, height],
      ['bottom', height - o.top, height],
      ['left', o.right, width],
      ['right', width - o.left, width],
    ];
    const [side, amount] = sides.reduce((best, s) => (s[1] / s[2] < best[1] / best[2] ? s : best));
    p[side] = Math.max(p[side], amount + MARKER_CLEARANCE);
  }
  p.top = Math.min(p.top, height * MAX_SHARE);
  p.bottom = Math.min(p.bottom, height * MAX_SHARE);
  p.left = Math.min(p.left, width * MAX_SHARE);
  p.right = Math.min(p.right, width * MAX_SHARE);
  return p;
}

/** The widest a popup may be in a map `width` px wide: 340 px, less on a narrow map. */
export function popupMaxWidth(width: number, margin = POPUP_MARGIN): number {
  return Math.max(120, Math.min(340, Math.floor(width - 2 * margin)));
}

/** The gap kept between a popup and the map's edge. */
export const POPUP_MARGIN = 8;

export type Anchor =
  'bottom' | 'top' | 'left' | 'right' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

/** In order of preference: above the marker first (the anchor is the popup's side that points at it). */
export const ANCHORS: readonly Anchor[] = [
  'bottom',
  'top',
  'bottom-left',
  'bottom-right',
  'top-left',
  'top-right',
  'left',
  'right',
];

export interface Placement {
  anchor: Anchor;
  /** How far to move the map's content (and so the marker and its popup), in pixels. */
  shift: [number, number];
}

/** The height of MapLibre's popup tip (the triangle between the content and the marker). */
export const POPUP_TIP = 10;

/**
 * The popup's box for `anchor` with the marker at `x`,`y`, its content `cw` × `ch`
 * (MapLibre's layout: a number offset, the tip beside or below the content).
 */
export function popupBox(
  anchor: Anchor,
  x: number,
  y: number,
  cw: number,
  ch: number,
  offset: number,
): Box {
  const side = anchor === 'left' || anchor === 'right';
  const w = side ? cw + POPUP_TIP : cw;
  const h = side ? ch : ch + POPUP_TIP;
  const corner = Math.round(Math.sqrt(0.5 * offset * offset));
  switch (anchor) {
    case 'bottom':
      return { left: x - w / 2, right: x + w / 2, bottom: y - offset, top: y - offset - h };
    case 'top':
      return { left: x - w / 2, right: x + w / 2, top: y + offset, bottom: y + offset + h };
    case 'left':
      return { left: x + offset, right: x + offset + w, top: y - h / 2, bottom: y + h / 2 };
    case 'right':
      return { right: x - offset, left: x - offset - w, top: y - h / 2, bottom: y + h / 2 };
    case 'bottom-left':
      return { left: x + corner, right: x + corner + w, bottom: y - corner, top: y - corner - h };
    case 'bottom-right':
      return { right: x - corner, left: x - corner - w, bottom: y - corner, top: y - corner - h };
    case 'top-left':
      return { left: x + corner, right: x + corner + w, top: y + corner, bottom: y + corner + h };
    case 'top-right':
      return { right: x - corner, left: x - corner - w, top: y + corner, bottom: y + corner + h };
  }
}

/** The move along one axis that brings [lo, hi] inside [min, max] (its start first when it is too long). */
function shiftInto(lo: number, hi: number, min: number, max: number): number {
  if (lo < min) return min - lo;
  if (hi > max) return Math.max(max - hi, min - lo);
  return 0;
}

/**
 * The anchor and the smallest move of the map that show a popup (content `w` × `h`) and
 * its marker (at `x`,`y`, `radius` px round) whole inside a `width` × `height`
 * map, `margin` px from its edges, and clear of the `avoid` boxes (the controls,
 * the legend, the attribution) where the map has room for that. Of equal moves,
 * the first anchor of ANCHORS wins.
 */
export function placePopup(o: {
  width: number;
  height: number;
  x: number;
  y: number;
  w: number;
  h: number;
  offset: number;
  radius?: number;
  margin?: number;
  /** The map flies to the marker anyway: the first anchor that fits wins, however far it moves. */
  flying?: boolean;
  /** What lies over the map, in its pixels. */
  avoid?: readonly Box[];
}): Placement {
  const m = o.margin ?? POPUP_MARGIN;
  const r = o.radius ?? 10;
  let best: Placement | null = null;
  let bestCost = Infinity;
  for (const anchor of ANCHORS) {
    const b = popupBox(anchor, o.x, o.y, o.w, o.h, o.offset);
    // The popup and the marker together.
    const lo = { x: Math.min(b.left, o.x - r), y: Math.min(b.top, o.y - r) };
    const hi = { x: Math.max(b.right, o.x + r), y: Math.max(b.bottom, o.y + r) };
    const sx = shiftInto(lo.x, hi.x, m, o.width - m);
    // Vertically: below the boxes of the upper half that the popup would meet,
    // above those of the lower half, as far as the map's height allows.
    let top = m;
    let bottom = o.height - m;
    let sy = shiftInto(lo.y, hi.y, top, bottom);
    for (let pass = 0; pass < 2; pass++) {
      const moved = {
        left: b.left + sx,
        right: b.right + sx,
        top: b.top + sy,
        bottom: b.bottom + sy,
      };
      for (const a of o.avoid ?? []) {
        if (!overlaps(moved, a)) continue;
        if (a.top + a.bottom < o.height) top = Math.max(top, a.bottom + m);
        else bottom = Math.min(bottom, a.top - m);
      }
      if (hi.y - lo.y > bottom - top) break; // no room: the margins alone count
      sy = shiftInto(lo.y, hi.y, top, bottom);
    }
    const moved = {
      left: b.left + sx,
      right: b.right + sx,
      top: b.top + sy,
      bottom: b.bottom + sy,
    };
    const covered = (o.avoid ?? []).filter((a) => overlaps(moved, a)).length;
    // One that cannot fit whole (the popup beside the marker wider than the map) comes last.
    const overflow =
      Math.max(0, hi.x - lo.x - (o.width - 2 * m)) + Math.max(0, hi.y - lo.y - (o.height - 2 * m));
    const cost =
      (o.flying ? ANCHORS.indexOf(anchor) : Math.abs(sx) + Math.abs(sy)) +
      covered * 1e3 +
      overflow * 1e4;
    if (cost < bestCost - 0.5) {
      best = { anchor, shift: [Math.round(sx), Math.round(sy)] };
      bestCost = cost;
    }
  }
  return best!;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
