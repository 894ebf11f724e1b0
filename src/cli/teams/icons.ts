/**
 * The two Teams icons, drawn as shapes in a unit square so they stay sharp at any size:
 * a speech bubble holding a heart ("someone to talk to about a child's wellbeing").
 * Teams wants a full-colour 192×192 icon and a 32×32 outline that is white on transparent.
 */
import type { RgbaImage } from './png';

/** The manifest's accentColor: the colour icon's background, so Teams' tile and icon agree. */
export const ACCENT_COLOUR = '#0F6E73';

type Shape = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];
/** Samples per pixel side: 4×4 samples give smooth edges without an anti-aliasing library. */
const SUPERSAMPLE = 4;

function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Colour must look like #RRGGBB, got ${hex}`);
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

/** The classic heart curve (u²+v²−1)³ − u²v³ ≤ 0, which spans about 2.3 × 2.25 units. */
function heart(centreX: number, centreY: number, size: number): Shape {
  const scale = size / 2.3;
  return (x, y) => {
    const u = (x - centreX) / scale;
    const v = (centreY - y) / scale + 0.1; // lift so the curve's visual centre sits on centreY
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0;
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
const minus = (outer: Shape, inner: Shape): Shape => (x, y) => outer(x, y) && !inner(x, y);

function blankCanvas(size: number): RgbaImage {
  return { width: size, height: size, pixels: new Uint8Array(size * size * 4) };
}

/** Paints `shape` over the canvas in `colour`, source-over, with supersampled coverage as alpha. */
function paint(canvas: RgbaImage, shape: Shape, colour: Rgb): void {
  const { width, height, pixels } = canvas;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++)
          if (shape((px + (sx + 0.5) / SUPERSAMPLE) / width, (py + (sy + 0.5) / SUPERSAMPLE) / height)) hits++;
      if (hits === 0) continue;
      const a = hits / (SUPERSAMPLE * SUPERSAMPLE);
      const i = (py * width + px) * 4;
      const dstA = pixels[i + 3] / 255;
      const outA = a + dstA * (1 - a);
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((colour[c] * a + pixels[i + c] * dstA * (1 - a)) / outA);
      pixels[i + 3] = Math.round(outA * 255);
    }
  }
}

/** Body plus a tail at the lower left, in the colour icon's unit square. */
const bubble: Shape = union(roundedRect(0.2, 0.22, 0.8, 0.68, 0.12), triangle(0.3, 0.6, 0.27, 0.82, 0.48, 0.6));

/** 192×192: white bubble and accent-coloured heart on a solid accent background. */
export function drawColourIcon(size = 192): RgbaImage {
  const canvas = blankCanvas(size);
  const accent = hexToRgb(ACCENT_COLOUR);
  paint(canvas, () => true, accent);
  paint(canvas, bubble, WHITE);
  paint(canvas, heart(0.5, 0.45, 0.27), accent);
  return canvas;
}

/** Maps a shape drawn for the 192px layout onto a smaller, tighter frame (the outline has no padding to spare). */
function fitted(shape: Shape, from: readonly [number, number, number, number], to: readonly [number, number, number, number]): Shape {
  const [fl, ft, fr, fb] = from;
  const [tl, tt, tr, tb] = to;
  return (x, y) => shape(fl + ((x - tl) * (fr - fl)) / (tr - tl), ft + ((y - tt) * (fb - ft)) / (tb - tt));
}

/** 32×32: the bubble's white outline with a white heart inside, everything else transparent. */
export function drawOutlineIcon(size = 32): RgbaImage {
  const canvas = blankCanvas(size);
  const layout = [0.2, 0.22, 0.8, 0.82] as const; // the bubble's extent in the colour icon, tail included
  const frame = [0.03, 0.06, 0.97, 0.96] as const;
  const strokeInLayout = ((2 / size) * (layout[2] - layout[0])) / (frame[2] - frame[0]);
  const hollow = roundedRect(0.2 + strokeInLayout, 0.22 + strokeInLayout, 0.8 - strokeInLayout, 0.68 - strokeInLayout, 0.12 - strokeInLayout);
  paint(canvas, fitted(minus(bubble, hollow), layout, frame), WHITE);
  paint(canvas, heart(0.5, 0.41, 0.4), WHITE);
  return canvas;
}
