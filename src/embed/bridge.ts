// The frame's side of the postMessage API (see messages.ts): posts `ready`,
// `select`, `height` and `range` to the parent window and obeys the host's commands.
import {
  acceptCommand,
  height as heightMessage,
  parseHostCommand,
  rangeMessage,
  ready as readyMessage,
  selected,
  targetOrigin,
  type FrameMessage,
  type HostCommand,
  type SelectFrom,
} from './messages.ts';

/** The latest a queued command waits when no animation frame comes. */
const FLUSH_TIMEOUT_MS = 100;

export interface BridgeOptions {
  origins: readonly string[] | null;
  onselect: (id: string | null) => void;
  onfitall: () => void;
  /** The host set the timeline's range (both null: every day). */
  onrange: (from: string | null, to: string | null) => void;
  /** The preferred height of the frame's content, in CSS pixels. */
  measure: () => number;
}

export interface Bridge {
  ready: (events: number) => void;
  selected: (id: string | null, from: SelectFrom) => void;
  /** The reader changed the timeline's range (both null: every day). */
  ranged: (from: string | null, to: string | null) => void;
  /** Re-measures and posts the height if it changed (coalesced to one per frame). */
  resized: () => void;
  observe: (el: Element) => void;
  stop: () => void;
}

/** The parent's origin when the browser tells it (ancestorOrigins, else the referrer). */
function parentOrigin(): string | null {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors.item(0);
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function startBridge(options: BridgeOptions): Bridge {
  const framed = window.parent !== window;
  const target = framed ? targetOrigin(options.origins, parentOrigin()) : null;
  let lastHeight = 0;
  let pending = 0;

  function post(message: FrameMessage): void {
    if (target !== null) window.parent.postMessage(message, target);
  }

  function postHeight(force: boolean): void {
    const h = Math.round(options.measure());
    if (!(h > 0) || (!force && Math.abs(h - lastHeight) < 1)) return;
    lastHeight = h;
    post(heightMessage(h));
  }

  function onmessage(e: MessageEvent): void {
    const parsed = parseHostCommand(e.data);
    if (!parsed) return;
    if (!acceptCommand(e, window.parent, options.origins)) {
      console.warn(`conflict-map: ignored a command from ${e.origin} (not an allowed parent)`);
      return;
    }
    if (!parsed.ok) {
      console.warn(`conflict-map: ignored a malformed command: ${parsed.reason}`);
      return;
    }
    enqueue(parsed.value);
  }

  // Commands are applied in batches, once per animation frame: a burst (10,000
  // `select`s in one go) costs one popup and one camera move, not 10,000. Of
  // each type only the last in a batch counts (the last `select` wins), in the
  // order of those last ones. An offscreen cross-origin frame gets no animation
  // frames in Chromium, so a timer flushes the batch too, whichever comes first.
  // Insertion order is the order of the last command of each type.
  const queue = new Map<HostCommand['type'], HostCommand>();
  let flushFrame = 0;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  function enqueue(c: HostCommand): void {
    const scheduled = queue.size > 0;
    queue.delete(c.type);
    queue.set(c.type, c);
    if (scheduled) return;
    flushFrame = requestAnimationFrame(flush);
    flushTimer = setTimeout(flush, FLUSH_TIMEOUT_MS);
  }

  function flush(): void {
    cancelAnimationFrame(flushFrame);
    clearTimeout(flushTimer);
    const batch = [...queue.values()];
    queue.clear();
    for (const c of batch) {
      if (c.type === 'select') options.onselect(c.id);
      else if (c.type === 'fitAll') options.onfitall();
      else if (c.type === 'range') options.onrange(c.from, c.to);
      else postHeight(true);
    }
  }

  const resized = () => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      postHeight(false);
    });
  };
  const observer = new ResizeObserver(resized);
  if (framed) window.addEventListener('message', onmessage);

  return {
    ready: (events) => {
      post(readyMessage(events));
      // Once the page has rendered the events.
      requestAnimationFrame(() => postHeight(true));
    },
    selected: (id, from) => post(selected(id, from)),
    ranged: (from, to) => post(rangeMessage(from, to)),
    resized,
    observe: (el) => observer.observe(el),
    stop: () => {
      observer.disconnect();
      if (pending) cancelAnimationFrame(pending);
      cancelAnimationFrame(flushFrame);
      clearTimeout(flushTimer);
      queue.clear();
      window.removeEventListener('message', onmessage);
    },
  };
}
