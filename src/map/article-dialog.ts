// "Read in article": the full article in a modal <dialog>, built with text nodes
// only (article text is untrusted), the event's excerpt in <mark> and the place's
// mentions emphasised, scrolled into view. Escape or Close returns focus to the opener.
// The text is the reader's (geo/text.ts readerText): markup and boilerplate
// lines ("See also …") blanked as for the geoparser, the blanks shown squeezed.
import type { EventFeature } from '../../geo/types.ts';

/**
 * `s` with each run of blanks shown as one space, or as one line break or one
 * empty line when it holds line breaks. One pass (a regular expression over
 * a megabyte of blanked script could backtrack).
 */
export function squeeze(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) {
      let j = i + 1;
      while (j < s.length && !/[ \t\n\r]/.test(s[j]!)) j++;
      out += s.slice(i, j);
      i = j;
      continue;
    }
    let breaks = 0;
    let j = i;
    for (; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 10) breaks++;
      else if (d !== 32 && d !== 9 && d !== 13) break;
    }
    out += breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : j - i > 1 ? ' ' : s.slice(i, j);
    i = j;
  }
  return out;
}

/** Appends article[from, to) to `parent`, with the parts inside `spans` in <strong>. */
function appendRange(
  parent: HTMLElement,
  text: string,
  from: number,
  to: number,
  spans: readonly [number, number][],
  display: (s: string) => string,
): void {
  let at = from;
  const inside = spans
    .map(([s, e]) => [Math.max(s, from), Math.min(e, to)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of inside) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) parent.append(document.createTextNode(display(text.slice(at, start))));
    const strong = document.createElement('strong');
    strong.className = 'article-place';
    strong.textContent = display(text.slice(start, e));
    parent.append(strong);
    at = e;
  }
  if (to > at) parent.append(document.createTextNode(display(text.slice(at, to))));
}

/**
 * Opens the dialog (once the reader's text is made: the HTML reader is loaded
 * on first use); it removes itself when closed.
 */
export function openArticle(
  article: { title: string | null; text: string },
  feature: EventFeature,
  opener: HTMLElement,
): void {
  void import('../../geo/text.ts')
    .then(
      ({ readerText }) => readerText(article.text),
      () => article.text,
    )
    .then((text) =>
      show(article.title, text, text === article.text ? (s) => s : squeeze, feature, opener),
    );
}

function show(
  title: string | null,
  text: string,
  display: (s: string) => string,
  feature: EventFeature,
  opener: HTMLElement,
): void {
  const p = feature.properties;
  const dialog = document.createElement('dialog');
  dialog.className = 'article-dialog';
  const heading = document.createElement('h2');
  heading.id = 'article-dialog-title';
  heading.textContent = title ?? 'Article';
  dialog.setAttribute('aria-labelledby', heading.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'article-dialog-close';
  close.textContent = 'Close';
  const body = document.createElement('div');
  body.className = 'article-dialog-text';
  const start = Math.min(Math.max(0, p.excerptStart), text.length);
  const end = Math.min(text.length, start + p.excerpt.length);
  appendRange(body, text, 0, start, p.spans, display);
  const mark = document.createElement('mark');
  appendRange(mark, text, start, end, p.spans, display);
  body.append(mark);
  appendRange(body, text, end, text.length, p.spans, display);
  dialog.append(heading, close, body);

  const done = () => {
    dialog.remove();
    if (opener.isConnected) opener.focus();
  };
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (e) => {
    // Handled here so the page's own Escape (clear the selection) does not fire.
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    dialog.close();
  });
  dialog.addEventListener('close', done, { once: true });
  document.body.append(dialog);
  dialog.showModal();
  mark.scrollIntoView({ block: 'center' });
}
