// The still image's pixels: the map drawn by MapView at the image's size, and
// around it, with the 2D canvas API in the page's font, the title, the legend,
// the source line and the attribution where src/map/export-image.ts lays them
// out; then the PNG is downloaded. Also the download of any file (the SVG).
import { kindColours, markerOutline, type Theme } from '../map/event-layers.ts';
import {
  EXPORT_SIZES,
  SCALE,
  exportFileName,
  exportLayout,
  type ExportLayout,
  type ExportSizeName,
  type ExportTexts,
  type FontSpec,
  type TextBlock,
} from '../map/export-image.ts';
import type { Padding } from '../map/fit.ts';

export interface ImageRequest extends ExportTexts {
  size: ExportSizeName;
  theme: Theme;
  /** An element inside the page's theme (its colours and font are read from it). */
  themed: Element;
  /** Draws the map at `width`×`height` CSS pixels (MapView's renderImage). */
  renderMap: (o: {
    width: number;
    height: number;
    pixelRatio: number;
    padding: Padding;
  }) => Promise<CanvasImageSource | null>;
}

export interface ImageResult {
  blob: Blob;
  name: string;
  width: number;
  height: number;
  ms: number;
}

const cssFont = (f: FontSpec, family: string) => `${f.weight} ${f.size}px ${family}`;

/** The composed image as a PNG, and its file name. */
export async function composeImage(r: ImageRequest): Promise<ImageResult> {
  const t0 = performance.now();
  const style = getComputedStyle(r.themed);
  const family = style.fontFamily || 'sans-serif';
  const colour = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  const palette = {
    bg: colour('--bg', r.theme === 'dark' ? '#161b20' : '#ffffff'),
    fg: colour('--fg', r.theme === 'dark' ? '#e8eaed' : '#1a1a1a'),
    muted: colour('--muted', '#5a6168'),
    line: colour('--line', '#e3e6e9'),
  };
  await Promise.all(
    [400, 700].map((w) => document.fonts?.load(`${w} 16px ${family}`).catch(() => [])),
  );
  const { width, height } = EXPORT_SIZES[r.size];
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
  const measure = (text: string, f: FontSpec) => {
    ctx.font = cssFont(f, family);
    return ctx.measureText(text).width;
  };
  const layout = exportLayout(r.size, r, measure);
  const map = await r.renderMap({
    width: layout.map.width,
    height: layout.map.height,
    pixelRatio: SCALE,
    padding: layout.fitPadding,
  });
  ctx.scale(SCALE, SCALE);
  draw(ctx, layout, map, r.theme, palette, family);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be made.');
  return {
    blob,
    name: exportFileName(r.title, r.size),
    width: canvas.width,
    height: canvas.height,
    ms: Math.round(performance.now() - t0),
  };
}

function draw(
  ctx: CanvasRenderingContext2D,
  l: ExportLayout,
  map: CanvasImageSource | null,
  theme: Theme,
  p: { bg: string; fg: string; muted: string; line: string },
  family: string,
): void {
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, l.width, l.height);
  const text = (b: TextBlock, fill: string) => {
    ctx.font = cssFont(b.font, family);
    ctx.fillStyle = fill;
    ctx.textBaseline = 'middle';
    b.lines.forEach((line, i) => ctx.fillText(line, b.x, b.y + (i + 0.5) * b.lineHeight));
  };
  text(l.title, p.fg);
  const m = l.map;
  if (map) ctx.drawImage(map, m.x, m.y, m.width, m.height);
  ctx.fillStyle = p.line;
  ctx.fillRect(m.x, m.y - 1, m.width, 1);
  ctx.fillRect(m.x, m.y + m.height, m.width, 1);

  // The legend: a box of the page's colour, each kind's marker as on the map.
  const b = l.legend.box;
  ctx.save();
  ctx.globalAlpha = 0.92;
  ctx.fillStyle = p.bg;
  roundRect(ctx, b.x, b.y, b.width, b.height, 6);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.15)';
  ctx.lineWidth = 1;
  roundRect(ctx, b.x + 0.5, b.y + 0.5, b.width - 1, b.height - 1, 6);
  ctx.stroke();
  const colours = kindColours(theme);
  for (const item of l.legend.items) {
    marker(ctx, item.kind, item.marker, colours[item.kind], markerOutline(theme));
    text(item.text, p.fg);
  }
  if (l.source) text(l.source, p.fg);
  text(l.attribution, p.muted);
}

/** A strike's diamond or an attack's circle, filled with its colour, outlined (src/map/icons.ts). */
function marker(
  ctx: CanvasRenderingContext2D,
  kind: 'strike' | 'attack',
  at: { x: number; y: number; size: number },
  fill: string,
  outline: string,
): void {
  const r = at.size / 2;
  ctx.beginPath();
  if (kind === 'strike') {
    ctx.moveTo(at.x, at.y - r);
    ctx.lineTo(at.x + r, at.y);
    ctx.lineTo(at.x, at.y + r);
    ctx.lineTo(at.x - r, at.y);
    ctx.closePath();
  } else {
    ctx.arc(at.x, at.y, r * 0.85, 0, Math.PI * 2);
  }
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = outline;
  ctx.stroke();
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Saves `body` as a file named `name` (a link with `download`, clicked). */
export function downloadFile(body: Blob, name: string): void {
  const url = URL.createObjectURL(body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
