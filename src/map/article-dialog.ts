// "Read in article": the full article in a modal <dialog>, built with text nodes
// only (article text is untrusted), the event's excerpt in <mark> and the place's
// mentions emphasised, scrolled into view. Escape or Close returns focus to the opener.
import type { EventFeature } from '../../geo/types.ts';

/** Appends article[from, to) to `parent`, with the parts inside `spans` in <strong>. */
function appendRange(
  parent: HTMLElement,
  text: string,
  from: number,
  to: number,
  spans: readonly [number, number][],
): void {
  let at = from;
  const inside = spans
    .map(([s, e]) => [Math.max(s, from), Math.min(e, to)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of inside) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    const strong = document.createElement('strong');
    strong.className = 'article-place';
    strong.textContent = text.slice(start, e);
    parent.append(strong);
    at = e;
  }
  if (to > at) parent.append(document.createTextNode(text.slice(at, to)));
}

/** Opens the dialog; it removes itself when closed. */
export function openArticle(
  article: { title: string | null; text: string },
  feature: EventFeature,
  opener: HTMLElement,
): HTMLDialogElement {
  const { text } = article;
  const p = feature.properties;
  const dialog = document.createElement('dialog');
  dialog.className = 'article-dialog';
  const heading = document.createElement('h2');
  heading.id = 'article-dialog-title';
  heading.textContent = article.title ?? 'Article';
  dialog.setAttribute('aria-labelledby', heading.id);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'article-dialog-close';
  close.textContent = 'Close';
  const body = document.createElement('div');
  body.className = 'article-dialog-text';
  const start = Math.min(Math.max(0, p.excerptStart), text.length);
  const end = Math.min(text.length, start + p.excerpt.length);
  appendRange(body, text, 0, start, p.spans);
  const mark = document.createElement('mark');
  appendRange(mark, text, start, end, p.spans);
  body.append(mark);
  appendRange(body, text, end, text.length, p.spans);
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
  return dialog;
}
