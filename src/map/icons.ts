// Marker icons drawn on a canvas at runtime (no image files to fetch):
// strikes are vermillion diamonds, attacks blue circles, each with an outline
// so they stand out on land, water and each other.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ICONS, kindColours, markerOutline, type Theme } from './event-layers.ts';

const PIXEL_RATIO = 2;
const SIZE = 22; // CSS pixels

function draw(shape: 'diamond' | 'circle', fill: string, outline: string): ImageData {
  const px = SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  const c = px / 2;
  const lw = 2 * PIXEL_RATIO;
  ctx.beginPath();
  if (shape === 'diamond') {
    const r = c - lw;
    ctx.moveTo(c, c - r);
    ctx.lineTo(c + r, c);
    ctx.lineTo(c, c + r);
    ctx.lineTo(c - r, c);
    ctx.closePath();
  } else {
    ctx.arc(c, c, c * 0.8 - lw, 0, Math.PI * 2);
  }
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = lw;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = outline;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/** The theme each map's icons were last drawn for. */
const drawnFor = new WeakMap<MapLibreMap, Theme>();

/**
 * Adds the marker icons for `theme`, or replaces them when they were drawn for
 * another. Icons already drawn for `theme` are left alone: replacing an image
 * makes the map draw another frame.
 */
export function addEventIcons(map: MapLibreMap, theme: Theme): void {
  const names = Object.values(ICONS);
  if (drawnFor.get(map) === theme && names.every((n) => map.hasImage(n))) return;
  drawnFor.set(map, theme);
  const outline = markerOutline(theme);
  const c = kindColours(theme);
  const images: [string, ImageData][] = [
    [ICONS.strike, draw('diamond', c.strike, outline)],
    [ICONS.attack, draw('circle', c.attack, outline)],
  ];
  for (const [name, data] of images) {
    if (map.hasImage(name)) map.updateImage(name, data);
    else map.addImage(name, data, { pixelRatio: PIXEL_RATIO });
  }
}

export function isEventIcon(name: string): boolean {
  return (Object.values(ICONS) as string[]).includes(name);
}
