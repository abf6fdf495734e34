// The still image of the map (issue 13, part 6): where the title, the map, the
// legend, the source line and the attribution go in a composed PNG of each
// size, the title wrapped into at most two lines, the file's name, and the
// zoom that shows the reader's view in the image's map. Pure: text is measured
// by a function the caller passes (the 2D canvas's, or a fake in the tests).

/** The two sizes, in CSS pixels of the composed image (the PNG has SCALE times as many). */
export const EXPORT_SIZES = {
  web: { width: 1200, height: 800 },
  social: { width: 1080, height: 1080 },
} as const;
export type ExportSizeName = keyof typeof EXPORT_SIZES;

/** Device pixels per CSS pixel of the PNG. */
export const SCALE = 2;

export interface FontSpec {
  /** CSS pixels. */
  size: number;
  weight: 400 | 700;
}

/** Width in CSS pixels of `text` in `font`. */
export type Measure = (text: string, font: FontSpec) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text, each `lineHeight` tall, the first one's box at `y`. */
export interface TextBlock {
  lines: string[];
  x: number;
  y: number;
  lineHeight: number;
  font: FontSpec;
}

export interface LegendItem {
  kind: 'strike' | 'attack';
  label: string;
  /** Centre of the marker, and its size (the diamond's or circle's width). */
  marker: { x: number; y: number; size: number };
  text: TextBlock;
}

export interface ExportLayout {
  width: number;
  height: number;
  title: TextBlock;
  /** The map's picture: the whole width, between the title and the footer. */
  map: Rect;
  legend: { box: Rect; items: LegendItem[] };
  source: TextBlock | null;
  attribution: TextBlock;
  /** Padding for fitting the events into `map`: clear of its edges and of the legend. */
  fitPadding: { top: number; right: number; bottom: number; left: number };
}

export interface ExportTexts {
  title: string;
  /** "Source: …" and the page's URL, when known. */
  source: string | null;
  attribution: string;
}

/** Longest text laid out: a 100,000-character title is measured no further. */
const MAX_CHARS = 400;
const ELLIPSIS = '…';

/**
 * `text` in lines no wider than `maxWidth`, at most `maxLines`, broken at
 * spaces (a word wider than a line anywhere); what does not fit ends the last
 * line with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  font: FontSpec,
  measure: Measure,
): string[] {
  const words = text.slice(0, MAX_CHARS).replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const fits = (s: string) => measure(s, font) <= maxWidth;
  const lines: string[] = [];
  /** Adds a line; false when that was the last one allowed. */
  const push = (s: string): boolean => lines.push(s) < maxLines;
  let cut = text.length > MAX_CHARS;
  let line = '';
  words: for (const w of words) {
    let word = w;
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line && !push(line)) {
      cut = true;
      break;
    }
    line = '';
    // A word wider than a line: as many characters as fit, the rest on the next.
    while (!fits(word)) {
      let n = word.length - 1;
      while (n > 1 && !fits(word.slice(0, n))) n--;
      if (!push(word.slice(0, n))) {
        cut = true;
        break words;
      }
      word = word.slice(n);
    }
    line = word;
  }
  if (!cut && line) lines.push(line);
  if (cut && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last && !fits(last + ELLIPSIS)) last = last.slice(0, -1).trimEnd();
    lines[lines.length - 1] = last + ELLIPSIS;
  }
  return lines;
}

/** Sizes of the parts, per image size: the square one is shown smaller, so its text is larger. */
function metrics(name: ExportSizeName) {
  const k = name === 'social' ? 1.3 : 1;
  return {
    pad: Math.round(28 * k),
    title: { size: Math.round(30 * k), weight: 700 as const },
    titleLine: Math.round(38 * k),
    legend: { size: Math.round(16 * k), weight: 400 as const },
    legendLine: Math.round(26 * k),
    marker: Math.round(16 * k),
    source: { size: Math.round(14 * k), weight: 400 as const },
    sourceLine: Math.round(20 * k),
    attribution: { size: Math.round(12 * k), weight: 400 as const },
    attributionLine: Math.round(17 * k),
  };
}

export function exportLayout(
  name: ExportSizeName,
  texts: ExportTexts,
  measure: Measure,
): ExportLayout {
  const { width, height } = EXPORT_SIZES[name];
  const m = metrics(name);
  const inner = width - 2 * m.pad;
  const titleLines = wrapText(texts.title || 'Strikes and attacks', inner, 2, m.title, measure);
  const title: TextBlock = {
    lines: titleLines,
    x: m.pad,
    y: m.pad,
    lineHeight: m.titleLine,
    font: m.title,
  };
  const mapTop = m.pad + titleLines.length * m.titleLine + Math.round(m.pad / 2);

  // The footer, from the bottom up: the attribution (two lines at most), the source line.
  const attributionLines = wrapText(texts.attribution, inner, 2, m.attribution, measure);
  const attributionY = height - m.pad + 6 - attributionLines.length * m.attributionLine;
  const attribution: TextBlock = {
    lines: attributionLines,
    x: m.pad,
    y: attributionY,
    lineHeight: m.attributionLine,
    font: m.attribution,
  };
  const sourceLines = texts.source ? wrapText(texts.source, inner, 2, m.source, measure) : [];
  const sourceY = attributionY - (sourceLines.length ? sourceLines.length * m.sourceLine + 2 : 0);
  const source: TextBlock | null = sourceLines.length
    ? { lines: sourceLines, x: m.pad, y: sourceY, lineHeight: m.sourceLine, font: m.source }
    : null;
  const mapBottom = sourceY - Math.round(m.pad / 2);
  const map: Rect = { x: 0, y: mapTop, width, height: mapBottom - mapTop };

  // The legend over the map's bottom left corner.
  const labels = [
    ['strike', 'Strike'],
    ['attack', 'Attack'],
  ] as const;
  const boxPad = Math.round(m.pad / 2.5);
  const textX = boxPad + m.marker + Math.round(m.marker / 2);
  const textWidth = Math.max(...labels.map(([, l]) => measure(l, m.legend)));
  const box: Rect = {
    x: map.x + boxPad + 4,
    y: 0,
    width: Math.ceil(textX + textWidth + boxPad),
    height: labels.length * m.legendLine + 2 * boxPad,
  };
  box.y = map.y + map.height - box.height - boxPad - 4;
  const items: LegendItem[] = labels.map(([kind, label], i) => {
    const top = box.y + boxPad + i * m.legendLine;
    return {
      kind,
      label,
      marker: { x: box.x + boxPad + m.marker / 2, y: top + m.legendLine / 2, size: m.marker },
      text: { lines: [label], x: box.x + textX, y: top, lineHeight: m.legendLine, font: m.legend },
    };
  });
  const margin = Math.round(m.pad * 1.5);
  return {
    width,
    height,
    title,
    map,
    legend: { box, items },
    source,
    attribution,
    fitPadding: {
      top: margin,
      right: margin,
      left: margin,
      bottom: Math.min(map.height / 2, map.y + map.height - box.y + margin / 2),
    },
  };
}

/** A file name: the title's slug and the size, e.g. `strikes-in-iraq-1200x800.png`. */
export function exportFileName(title: string | null, name: ExportSizeName, ext = 'png'): string {
  const { width, height } = EXPORT_SIZES[name];
  return `${slug(title)}-${width}x${height}.${ext}`;
}

/** Lower-case ASCII letters and digits joined by hyphens, at most 60 characters; `map` if none. */
export function slug(title: string | null): string {
  const s = (title ?? '')
    .slice(0, MAX_CHARS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!s) return 'map';
  if (s.length <= 60) return s;
  const cut = s.slice(0, 61);
  const at = cut.lastIndexOf('-');
  return at > 20 ? cut.slice(0, at) : s.slice(0, 60);
}

/**
 * The zoom at which a map of `to` CSS pixels shows at least what a map of
 * `from` shows at `zoom` (around the same centre): the whole of the reader's
 * view, and more on the sides the image's shape adds.
 */
export function zoomToShow(
  zoom: number,
  from: { width: number; height: number },
  to: { width: number; height: number },
): number {
  if (from.width <= 0 || from.height <= 0) return zoom;
  return zoom + Math.log2(Math.min(to.width / from.width, to.height / from.height));
}
