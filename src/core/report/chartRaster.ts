/**
 * The report's chart (share of indicators met, by group) drawn into an RGB pixel buffer, with
 * no library: bars, grid lines, the axis percentages, "4/6" over each bar and the group's
 * numbering under it («I», «A», «2.1»; see barLabel), in a small built-in bitmap font (digits,
 * capital letters, %, /, ., -). The group names
 * go in the caption under the image, in the document's own font, so no Vietnamese text is drawn
 * here. The CLI encodes the buffer as PNG (src/cli/png.ts); Apps Script uses the Charts service.
 */
import { foldDiacritics } from '../text';
import type { ChartBar } from './model';

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Row-major RGB, 3 bytes per pixel. */
  readonly pixels: Uint8Array;
}

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const GRID: Rgb = [210, 210, 210];
const AXIS: Rgb = [60, 60, 60];
const TEXT: Rgb = [20, 20, 20];
const BAR: Rgb = [46, 84, 150];
const BAR_TRACK: Rgb = [226, 232, 243];

/** 5×7 glyphs, one string of 7 rows each. */
const GLYPHS: Readonly<Record<string, string>> = {
  '0': '01110100011001110101110011000101110',
  '1': '00100011000010000100001000010001110',
  '2': '01110100010000100010001000100011111',
  '3': '11110000010000101110000010000111110',
  '4': '00010001100101010010111110001000010',
  '5': '11111100001111000001000011000101110',
  '6': '00110010001000011110100011000101110',
  '7': '11111000010001000100010000100001000',
  '8': '01110100011000101110100011000101110',
  '9': '01110100011000101111000010001001100',
  '%': '11001110100001000100010000101110011',
  '/': '00001000100001000100010000100010000',
  I: '01110001000010000100001000010001110',
  V: '10001100011000110001100010101000100',
  X: '10001100010101000100010101000110001',
  L: '10000100001000010000100001000011111',
  C: '01110100011000010000100001000101110',
  A: '01110100011000111111100011000110001',
  B: '11110100011000111110100011000111110',
  D: '11100100101000110001100011001011100',
  E: '11111100001000011110100001000011111',
  F: '11111100001000011110100001000010000',
  G: '01110100011000010111100011000101111',
  H: '10001100011000111111100011000110001',
  J: '00111000100001000010000101001001100',
  K: '10001100101010011000101001001010001',
  M: '10001110111010110101100011000110001',
  N: '10001100011100110101100111000110001',
  O: '01110100011000110001100011000101110',
  P: '11110100011000111110100001000010000',
  Q: '01110100011000110001101011001001101',
  R: '11110100011000111110101001001010001',
  S: '01111100001000001110000010000111110',
  T: '11111001000010000100001000010000100',
  U: '10001100011000110001100011000101110',
  W: '10001100011000110101101011010101010',
  Y: '10001100010101000100001000010000100',
  Z: '11111000010001000100010001000011111',
  '.': '00000000000000000000000000110001100',
  '-': '00000000000000011111000000000000000',
  ' ': '00000000000000000000000000000000000',
};

export function glyphWidth(scale: number): number {
  return 6 * scale;
}

function fill(r: Raster, x0: number, y0: number, w: number, h: number, c: Rgb): void {
  const x1 = Math.min(r.width, Math.max(0, Math.round(x0 + w)));
  const y1 = Math.min(r.height, Math.max(0, Math.round(y0 + h)));
  for (let y = Math.max(0, Math.round(y0)); y < y1; y++) {
    for (let x = Math.max(0, Math.round(x0)); x < x1; x++) {
      const i = (y * r.width + x) * 3;
      r.pixels[i] = c[0];
      r.pixels[i + 1] = c[1];
      r.pixels[i + 2] = c[2];
    }
  }
}

/** Draws `text` with its top-left at (x, y); characters without a glyph are skipped as spaces. */
function text(r: Raster, s: string, x: number, y: number, scale: number, c: Rgb): void {
  let cx = x;
  for (const ch of s) {
    const g = GLYPHS[ch] ?? GLYPHS[' ']!;
    for (let row = 0; row < 7; row++) {
      for (let col = 0; col < 5; col++) if (g[row * 5 + col] === '1') fill(r, cx + col * scale, y + row * scale, scale, scale, c);
    }
    cx += glyphWidth(scale);
  }
}

function textWidth(s: string, scale: number): number {
  return [...s].length * glyphWidth(scale) - scale;
}

/**
 * What is written under a bar: the group's numbering as the plan types it («I», «A», «2.1»), its
 * last word when a word leads it («Phần III» → «III»), without diacritics (the bitmap font has
 * none); «-» for records in no group (the caption names them «Chưa phân nhóm»).
 */
export function barLabel(bar: ChartBar): string {
  const last = bar.numeral.trim().split(/\s+/).pop() ?? '';
  const plain = foldDiacritics(last).toUpperCase().replace(/[^A-Z0-9.]/g, '');
  return plain === '' ? '-' : plain;
}

/** Share of a group's indicators met, 0..1 (0 for an empty group). */
export function barShare(bar: ChartBar): number {
  return bar.total > 0 ? Math.max(0, Math.min(1, bar.met / bar.total)) : 0;
}

/** The chart, `width` × `height` pixels. */
export function renderBarChart(bars: readonly ChartBar[], width = 1200, height = 500): Raster {
  const r: Raster = { width, height, pixels: new Uint8Array(width * height * 3) };
  fill(r, 0, 0, width, height, WHITE);
  const scale = Math.max(2, Math.round(height / 125));
  const glyphH = 7 * scale;
  const left = textWidth('100%', scale) + 4 * scale;
  const top = glyphH + 6 * scale;
  const bottom = height - glyphH - 6 * scale;
  const right = width - 4 * scale;
  const plotH = bottom - top;
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const y = bottom - share * plotH;
    fill(r, left, y, right - left, Math.max(1, scale / 2), share === 0 ? AXIS : GRID);
    const label = `${share * 100}%`;
    text(r, label, left - 2 * scale - textWidth(label, scale), y - glyphH / 2, scale, TEXT);
  }
  fill(r, left, top, Math.max(1, scale / 2), plotH, AXIS);
  const slot = (right - left) / Math.max(1, bars.length);
  const barW = Math.min(slot * 0.55, 60 * scale);
  bars.forEach((bar, i) => {
    const cx = left + slot * (i + 0.5);
    const share = barShare(bar);
    fill(r, cx - barW / 2, top, barW, plotH, BAR_TRACK);
    fill(r, cx - barW / 2, bottom - share * plotH, barW, share * plotH, BAR);
    const value = `${bar.met}/${bar.total}`;
    const valueY = share > 0.85 ? bottom - share * plotH + 2 * scale : bottom - share * plotH - glyphH - 2 * scale;
    text(r, value, cx - textWidth(value, scale) / 2, valueY, scale, share > 0.85 ? WHITE : TEXT);
    const label = barLabel(bar);
    text(r, label, cx - textWidth(label, scale) / 2, bottom + 3 * scale, scale, TEXT);
  });
  return r;
}
