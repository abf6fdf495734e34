// The initial view: fit the strikes and attacks, else every event, else the world.
import type { EventFeature } from '../../geo/types.ts';
import type { Theme } from './event-layers.ts';

export type Bounds = [[number, number], [number, number]];

export const WORLD: Bounds = [
  [-170, -58],
  [190, 78],
];

function boundsOf(features: readonly EventFeature[]): Bounds | null {
  if (features.length === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    const [x, y] = f.geometry.coordinates as [number, number];
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** Bounds to fit on load; `world` true when there is nothing to fit. */
export function initialBounds(features: readonly EventFeature[]): {
  bounds: Bounds;
  world: boolean;
} {
  const incidents = features.filter((f) => f.properties.kind !== 'mention');
  const b = boundsOf(incidents) ?? boundsOf(features);
  return b ? { bounds: b, world: false } : { bounds: WORLD, world: true };
}

export const KIND_LABEL = { strike: 'Strike', attack: 'Attack', mention: 'Mention' } as const;

/** How a strike or attack was carried out, in the popup's words. */
export const MEANS_LABEL = {
  air: 'air strike',
  drone: 'drone',
  missile: 'missile',
  artillery: 'artillery or shelling',
  rocket: 'rockets',
  ground: 'ground assault',
  bombing: 'bombing',
  gunfire: 'gunfire',
  naval: 'from the sea',
} as const;

export const PRECISION_LABEL = {
  site: 'exact site',
  city: 'town or city',
  region: 'approximate location (region)',
  country: 'approximate location (country)',
  water: 'approximate location (sea or waterway)',
} as const;

/** A one-line summary of the events, for the map's accessible name. */
export function summarise(
  features: readonly EventFeature[],
  title: string | null | undefined,
): string {
  const count = (k: string) => features.filter((f) => f.properties.kind === k).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const places = [
    ...new Set(
      features.filter((f) => f.properties.kind !== 'mention').map((f) => f.properties.place),
    ),
  ];
  const where = places.length
    ? ` in ${places.slice(0, 4).join(', ')}${places.length > 4 ? ' and more' : ''}`
    : '';
  const about = title ? ` reported in “${title}”` : '';
  return `Map of ${plural(count('strike'), 'strike')} and ${plural(count('attack'), 'attack')}${where}${about}; ${plural(count('mention'), 'other place')} mentioned.`;
}

/** What a screen reader hears when an event is selected (or the selection cleared). */
export function selectionAnnouncement(f: EventFeature | undefined): string {
  return f
    ? `Selected: ${KIND_LABEL[f.properties.kind]} at ${f.properties.place}`
    : 'Selection cleared';
}

/** The list's heading: "N strikes and attacks, M other places" ("1 strike or attack, 1 other place"). */
export function countLine(features: readonly EventFeature[]): string {
  const mentions = features.filter((f) => f.properties.kind === 'mention').length;
  const incidents = features.length - mentions;
  const what = incidents === 1 ? 'strike or attack' : 'strikes and attacks';
  return `${incidents} ${what}, ${mentions} other place${mentions === 1 ? '' : 's'}`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English name from its ISO alpha-2 code; the code itself when unknown or malformed. */
export function countryName(code: string | null): string {
  if (!code) return 'no country';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    // Intl.DisplayNames.of throws a RangeError on a malformed code (restored or edited data).
    return code;
  }
}

/**
 * The reader's colour scheme (prefers-color-scheme) now, and `onchange` on every
 * change until the returned function is called.
 */
export function followSystemTheme(onchange: (theme: Theme) => void): {
  theme: Theme;
  stop: () => void;
} {
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const listener = (e: MediaQueryListEvent) => onchange(e.matches ? 'dark' : 'light');
  dark.addEventListener('change', listener);
  return {
    theme: dark.matches ? 'dark' : 'light',
    stop: () => dark.removeEventListener('change', listener),
  };
}
