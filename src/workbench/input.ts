// What the workbench accepts as an article. Pure.
import { checkInput } from '../../geo/text.ts';

/**
 * The workbench refuses longer input: issue 6's limit, the size that geoparses in
 * under 2 s (the geoparser itself takes up to 20M characters).
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** A precise message when `text` cannot be mapped, null when it can. */
export function inputProblem(text: string): string | null {
  if (text.length > MAX_ARTICLE_CHARS) {
    const over = text.length - MAX_ARTICLE_CHARS;
    return `The text is too long to map: ${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}. Remove at least ${over.toLocaleString('en')} character${over === 1 ? '' : 's'} (comments, related links, other articles) or map the article in parts; nothing you entered was removed.`;
  }
  const problem = checkInput(text);
  if (!problem) return null;
  return `Cannot map this: ${problem}.`;
}

/** A dropped or chosen file we read as text: plain text or HTML (by type or name). */
export function isTextFile(file: { name: string; type: string }): boolean {
  if (/^text\/(plain|html|markdown)$/.test(file.type)) return true;
  return file.type === '' && /\.(txt|text|md|html?)$/i.test(file.name);
}
