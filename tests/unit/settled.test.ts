// src/map/settled.ts: the map's position (the URL hash) and the events in view
// (the list with tiles) are told once the map has settled, SETTLED_MS after an
// idle with no move started since; never on each frame of a continuous move.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventFeature } from '../../geo/types.ts';
import { SETTLED_MS, SettledMove, SettledView, type InView } from '../../src/map/settled.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

interface Position {
  zoom: number;
  lat: number;
  lng: number;
}
const at = (zoom: number): Position => ({ zoom, lat: 10, lng: 20 });

function moves() {
  const told: (Position | null)[] = [];
  return { told, m: new SettledMove<Position | null>((p) => told.push(p)) };
}

describe('SettledMove', () => {
  it('tells the last position 250 ms after the idle, once', () => {
    const { told, m } = moves();
    m.moved(at(3));
    m.moved(at(4));
    m.idle();
    vi.advanceTimersByTime(249);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(told).toEqual([at(4)]);
    // Idle again without a move: nothing new to tell.
    m.idle();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    expect(told).toEqual([at(4)]);
  });

  it('tells nothing for an idle without a move', () => {
    const { told, m } = moves();
    m.idle();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    expect(told).toEqual([]);
  });

  it('tells a null position (the fitted first view) as null', () => {
    const { told, m } = moves();
    m.moved(null);
    m.idle();
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told).toEqual([null]);
  });

  it('tells nothing while a continuous move goes idle between its frames', () => {
    const { told, m } = moves();
    for (let frame = 0; frame < 20; frame++) {
      m.moved(at(frame));
      m.idle();
      vi.advanceTimersByTime(SETTLED_MS - 50);
      m.cancel(); // the next frame's movestart
    }
    expect(told).toEqual([]);
    // The move ends: its last position, once the map has settled.
    m.moved(at(20));
    m.idle();
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told).toEqual([at(20)]);
  });

  it('starts the wait again at each idle', () => {
    const { told, m } = moves();
    m.moved(at(1));
    m.idle();
    vi.advanceTimersByTime(200);
    m.idle();
    vi.advanceTimersByTime(200);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(told).toEqual([at(1)]);
  });

  it('keeps a position whose wait was cancelled for the next idle', () => {
    const { told, m } = moves();
    m.moved(at(1));
    m.idle();
    m.cancel();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    expect(told).toEqual([]);
    m.idle();
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told).toEqual([at(1)]);
  });

  it('flush tells the position at once (leaving the page), and the timer then tells nothing', () => {
    const { told, m } = moves();
    m.moved(at(5));
    m.idle();
    m.flush();
    expect(told).toEqual([at(5)]);
    vi.advanceTimersByTime(10 * SETTLED_MS);
    m.flush();
    expect(told).toEqual([at(5)]);
  });

  it('drop forgets the position (Back or Forward)', () => {
    const { told, m } = moves();
    m.moved(at(5));
    m.idle();
    m.drop();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    m.idle();
    m.flush();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    expect(told).toEqual([]);
  });
});

const feature = (id: string) => ({ properties: { id } }) as unknown as EventFeature;

function views(initial: InView) {
  let now = initial;
  const told: { ids: string[]; clustered: number }[] = [];
  const v = new SettledView(
    () => now,
    (features, clustered) => told.push({ ids: features.map((f) => f.properties.id), clustered }),
  );
  return { v, told, show: (next: InView) => (now = next) };
}

describe('SettledView', () => {
  it('tells the first view at the first idle, at once', () => {
    const { v, told } = views({ features: [feature('a')], clustered: 0 });
    v.idle();
    expect(told).toEqual([{ ids: ['a'], clustered: 0 }]);
  });

  it('tells an empty first view too', () => {
    const { v, told } = views({ features: [], clustered: 0 });
    v.idle();
    expect(told).toEqual([{ ids: [], clustered: 0 }]);
  });

  it('tells a later view SETTLED_MS after its idle, and only when it changed', () => {
    const { v, told, show } = views({ features: [feature('a')], clustered: 0 });
    v.idle();
    show({ features: [feature('a'), feature('b')], clustered: 0 });
    v.idle();
    vi.advanceTimersByTime(SETTLED_MS - 1);
    expect(told).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(told.at(-1)).toEqual({ ids: ['a', 'b'], clustered: 0 });
    // The same events: not told again.
    v.idle();
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told).toHaveLength(2);
    // The same events alone, more in clusters: told.
    show({ features: [feature('a'), feature('b')], clustered: 7 });
    v.idle();
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told.at(-1)).toEqual({ ids: ['a', 'b'], clustered: 7 });
    expect(told).toHaveLength(3);
  });

  it('reads the view when it tells it, not at the idle', () => {
    const { v, told, show } = views({ features: [], clustered: 0 });
    v.idle();
    v.idle();
    show({ features: [feature('c')], clustered: 0 });
    vi.advanceTimersByTime(SETTLED_MS);
    expect(told.at(-1)).toEqual({ ids: ['c'], clustered: 0 });
  });

  it('tells nothing for an idle followed by a move (cancel)', () => {
    const { v, told, show } = views({ features: [], clustered: 0 });
    v.idle();
    show({ features: [feature('a')], clustered: 0 });
    v.idle();
    vi.advanceTimersByTime(SETTLED_MS - 1);
    v.cancel();
    vi.advanceTimersByTime(10 * SETTLED_MS);
    expect(told).toHaveLength(1);
  });
});
