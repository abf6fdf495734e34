// The popup's content, built as DOM with textContent only: article text is
// untrusted and must never be parsed as HTML.
import type { EventFeature, EventProperties } from '../../geo/types.ts';
import { excerptRuns } from './excerpt.ts';
import { KIND_LABEL, MEANS_LABEL, PRECISION_LABEL } from './view.ts';
import { APPROXIMATE_PRECISIONS } from './event-layers.ts';
import { dateLabel } from './date-label.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function row(dl: HTMLDListElement, term: string, value: string): void {
  dl.append(el('dt', '', term), el('dd', '', value));
}

/**
 * The event's popup. With `onread`, a "Read in article" button calls it (the
 * caller opens the article dialog and returns focus to the button).
 */
export function popupContent(
  feature: EventFeature,
  onread?: (opener: HTMLButtonElement) => void,
): HTMLElement {
  const p = feature.properties;
  const root = el('article', `event-popup kind-${p.kind}`);
  root.dataset.popupEventId = p.id;
  const h = el('h2', 'event-popup-title');
  h.append(
    el('span', `event-popup-kind kind-${p.kind}`, KIND_LABEL[p.kind]),
    document.createTextNode(' · '),
    el('span', '', p.place),
  );
  root.append(h);
  const dl = el('dl', 'event-popup-facts');
  const fallback = p.review?.includes('container-fallback') ?? false;
  if (p.name && p.name.trim().toLowerCase() !== p.place.trim().toLowerCase())
    row(dl, fallback ? 'Placed at' : 'Gazetteer', p.name);
  const when = dateLabel(p);
  if (when) row(dl, 'When', when);
  if (p.actor) row(dl, 'By', p.actor);
  if (p.means) row(dl, 'How', MEANS_LABEL[p.means]);
  row(dl, 'Location', PRECISION_LABEL[p.precision]);
  sourcesRow(dl, p);
  root.append(dl);
  if (APPROXIMATE_PRECISIONS.includes(p.precision)) {
    root.append(el('p', 'event-popup-approx', approximateNote(p, fallback)));
  }
  const quote = el('blockquote', 'event-popup-excerpt');
  // A long excerpt scrolls inside the popup (a small map): reachable with the keyboard.
  quote.tabIndex = 0;
  for (const run of excerptRuns(p.excerpt, p.excerptStart, p.spans)) {
    quote.append(run.mark ? el('mark', '', run.text) : document.createTextNode(run.text));
  }
  root.append(quote);
  if (onread) {
    const read = el('button', 'event-popup-read', 'Read in article');
    read.type = 'button';
    read.addEventListener('click', () => onread(read));
    root.append(read);
  }
  return root;
}

/**
 * A chooser for several events under one click: "2 events here", then a button
 * per event (kind · place) that calls `onchoose` with its id.
 */
export function chooserContent(
  features: EventFeature[],
  onchoose: (id: string) => void,
): HTMLElement {
  const root = el('div', 'event-chooser');
  root.append(el('h2', 'event-chooser-title', `${features.length} events here`));
  const list = el('ul', 'event-chooser-list');
  for (const f of features) {
    const p = f.properties;
    const b = el('button', `event-chooser-item kind-${p.kind}`);
    b.type = 'button';
    b.dataset.chooseEventId = p.id;
    b.append(
      el('span', `event-popup-kind kind-${p.kind}`, KIND_LABEL[p.kind]),
      document.createTextNode(' · '),
      el('span', '', p.place),
    );
    b.addEventListener('click', () => onchoose(p.id));
    const li = el('li', '');
    li.append(b);
    list.append(li);
  }
  root.append(list);
  return root;
}

/**
 * Links to the articles that report the event, in a collection of many: its
 * `sources` (every article, when several report it) or its `source`; only
 * those with a URL (the validator lets http and https URLs only through),
 * named by their title, else their host. Null when none has a URL.
 */
export function sourceLinks(
  p: EventProperties,
): { term: string; links: { text: string; href: string }[] } | null {
  const all = p.sources ?? (p.source ? [p.source] : []);
  const links = all.flatMap((s) =>
    s.url ? [{ text: s.title ?? new URL(s.url).hostname, href: s.url }] : [],
  );
  if (links.length === 0) return null;
  return { term: links.length === 1 ? 'Source' : 'Sources', links };
}

function sourcesRow(dl: HTMLDListElement, p: EventProperties): void {
  const articles = sourceLinks(p);
  if (!articles) return;
  const dd = el('dd', 'event-popup-sources');
  articles.links.forEach((link, i) => {
    if (i > 0) dd.append(document.createTextNode(', '));
    const a = el('a', '', link.text);
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    dd.append(a);
  });
  dl.append(el('dt', '', articles.term), dd);
}

/** What an approximate marker stands for. */
export function approximateNote(p: EventProperties, fallback: boolean): string {
  return fallback
    ? `Approximate location: ${p.place} is not in the gazetteer; the marker stands at ${p.name}, which the article names around it.`
    : 'Approximate location: the marker stands for the whole area.';
}
