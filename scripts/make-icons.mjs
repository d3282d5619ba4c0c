#!/usr/bin/env node
// Draws the Samskab logo (two overlapping circles: two parties creating something together)
// and writes the Teams app icons as real PNG files:
//   appPackage/color.png   192×192, full-bleed teal background, white and amber circles
//   appPackage/outline.png  32×32, white rings on a transparent background
// Usage: node scripts/make-icons.mjs [outDir]   (default: appPackage/)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACCENT = '#0F6C74';
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (Uint8Array, row-major) as a PNG (8-bit, colour type 6). */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Straight-alpha "over" compositing of one colour [r,g,b,a in 0..1] onto an accumulator. */
function over(dst, [r, g, b, a]) {
  const outA = a + dst[3] * (1 - a);
  if (outA === 0) return [0, 0, 0, 0];
  const mix = (s, d) => (s * a + d * dst[3] * (1 - a)) / outA;
  return [mix(r, dst[0]), mix(g, dst[1]), mix(b, dst[2]), outA];
}

/** Renders `size`×`size` pixels; `paint(x, y)` returns the layer colours at a point in 0..1 units. */
function render(size, paint) {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          let c = [0, 0, 0, 0];
          for (const layer of paint((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size))
            c = over(c, layer);
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const n = SAMPLES * SAMPLES;
      const a = acc[3] / n;
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) px[o + i] = a === 0 ? 0 : Math.round((acc[i] / acc[3]) * 255);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

const hex = (h, a = 1) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).concat(a);
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const LEFT = { cx: 0.4, cy: 0.5, r: 0.24 };
const RIGHT = { cx: 0.6, cy: 0.5, r: 0.24 };

export function colorIcon(size = 192) {
  return render(size, (x, y) => {
    const layers = [hex(ACCENT)];
    if (inCircle(x, y, LEFT.cx, LEFT.cy, LEFT.r)) layers.push(hex('#FFFFFF', 0.95));
    if (inCircle(x, y, RIGHT.cx, RIGHT.cy, RIGHT.r)) layers.push(hex('#F2B544', 0.85));
    return layers;
  });
}

export function outlineIcon(size = 32) {
  const stroke = 2.2 / size; // about two pixels wide
  const ring = (x, y, c) => Math.abs(Math.hypot(x - c.cx, y - c.cy) - (c.r + 0.04)) <= stroke / 2;
  return render(size, (x, y) => (ring(x, y, LEFT) || ring(x, y, RIGHT) ? [hex('#FFFFFF')] : []));
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = resolve(process.argv[2] ?? join(here, '..', 'appPackage'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'color.png'), encodePng(192, 192, colorIcon(192)));
  writeFileSync(join(outDir, 'outline.png'), encodePng(32, 32, outlineIcon(32)));
  console.log(`icons written to ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
