/**
 * Draws the add-in's PNG icons into assets/ (no image tool needed): "icon-*.png" (the add-in and its
 * task pane: rising bars on a green tile) and "dashboard-*.png" (the ribbon's dashboard button: bars
 * on a white sheet with a header line). Usage: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

/** CRC-32 of PNG chunks. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA image as PNG bytes. */
export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN: Rgba = [16, 124, 65, 255]; // Excel green
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const GREY: Rgba = [96, 96, 96, 255];

/** Bars rising left to right, in unit coordinates of the inner box [x0, x1] × [y0, y1]. */
function inBars(u: number, v: number): boolean {
  const heights = [0.35, 0.55, 0.75, 1];
  const slot = Math.floor(u * 4);
  if (slot < 0 || slot > 3) return false;
  const within = u * 4 - slot;
  return within > 0.18 && within < 0.82 && 1 - v <= heights[slot];
}

/** The add-in's icon: a green tile with white bars. */
function addinIcon(size: number): Buffer {
  const r = size * 0.18;
  return encodePng(size, (x, y) => {
    const cx = Math.min(Math.max(x + 0.5, r), size - r);
    const cy = Math.min(Math.max(y + 0.5, r), size - r);
    if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r) return CLEAR;
    const m = size * 0.2;
    const u = (x + 0.5 - m) / (size - 2 * m);
    const v = (y + 0.5 - m) / (size - 2 * m);
    return u >= 0 && u <= 1 && v >= 0 && v <= 1 && inBars(u, v) ? WHITE : GREEN;
  });
}

/** The dashboard button: a white sheet, a grey header line, green bars. */
function dashboardIcon(size: number): Buffer {
  const m = Math.max(1, Math.round(size * 0.08));
  const border = Math.max(1, Math.round(size / 16));
  return encodePng(size, (x, y) => {
    if (x < m || y < m || x >= size - m || y >= size - m) return CLEAR;
    if (x < m + border || y < m + border || x >= size - m - border || y >= size - m - border) return GREY;
    const header = m + border + Math.max(1, Math.round(size * 0.12));
    if (y < header) return GREY;
    const inner = size - 2 * (m + border);
    const u = (x - m - border + 0.5) / inner;
    const v = (y - header + 0.5) / (size - m - border - header);
    return inBars(u, 0.15 + v * 0.85) ? GREEN : WHITE;
  });
}

/** Sizes the manifest references. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const s of ICON_SIZES) {
    writeFileSync(join(dir, `icon-${s}.png`), addinIcon(s));
    writeFileSync(join(dir, `dashboard-${s}.png`), dashboardIcon(s));
  }
  console.log(
    `icons written to ${dir}: icon-{${ICON_SIZES.join(",")}}.png, dashboard-{${ICON_SIZES.join(",")}}.png`,
  );
}
