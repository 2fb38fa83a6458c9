/** Pictures and map tiles generated in code, so the demo works offline. */
import { deflateSync } from 'node:zlib';
import { hashString } from './random.js';

export type Rgb = [number, number, number];

const PALETTE: Rgb[] = [
  [46, 125, 50],
  [21, 101, 192],
  [173, 20, 87],
  [239, 108, 0],
  [94, 53, 177],
  [0, 131, 143],
  [198, 40, 40],
  [85, 139, 47],
];

export function colorForKey(key: string): Rgb {
  return PALETTE[hashString(key) % PALETTE.length]!;
}

const hex = (c: Rgb): string => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');

const BASE83 =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~';

function encode83(value: number, length: number): string {
  let out = '';
  for (let i = 1; i <= length; i++) out += BASE83[Math.floor(value / 83 ** (length - i)) % 83];
  return out;
}

/** A valid 1x1-component BlurHash for a solid colour. */
export function blurhashForColor(color: Rgb): string {
  const dc = (color[0] << 16) + (color[1] << 8) + color[2];
  return encode83(0, 1) + encode83(0, 1) + encode83(dc, 4);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Event picture or avatar, chosen by file name: `/media/<name>.svg`. */
export function svgFor(name: string): string {
  const base = name.replace(/\.svg$/, '');
  const color = colorForKey(base + '.svg');
  const accent = colorForKey(base + 'x');
  const h = hashString(base);
  if (base.startsWith('avatar-')) {
    const letter = escapeXml((base.slice(7, 8) || '?').toUpperCase());
    return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><rect width="256" height="256" fill="${hex(color)}"/><circle cx="128" cy="128" r="84" fill="${hex(accent)}" opacity="0.6"/><text x="128" y="152" font-family="sans-serif" font-size="96" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
  }
  const shapes = Array.from({ length: 6 }, (_, i) => {
    const x = (h >> (i * 3)) % 1200;
    const y = (h >> (i * 2 + 1)) % 675;
    const r = 40 + ((h >> i) % 160);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" opacity="${(0.08 + i * 0.03).toFixed(2)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hex(color)}"/><stop offset="1" stop-color="${hex(accent)}"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/>${shapes}</svg>`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG of `width` × `height` RGB pixels, each given by `pixel(x, y)`. */
function png(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // no filter
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * stride + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 256x256 map tile: light background, grid lines, slightly tinted by position. */
export function tilePng(z: number, x: number, y: number): Buffer {
  const tint = (x * 7 + y * 13 + z * 3) % 12;
  const bg: Rgb = [236 - tint, 240, 228 + (tint % 6)];
  const line: Rgb = [200, 206, 196];
  return png(256, 256, (col, row) =>
    row === 0 || col === 0 || row % 64 === 0 || col % 64 === 0 ? line : bg,
  );
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];
const WHITE: Rgb = [255, 255, 255];
const pictures = new Map<string, Buffer>();

/**
 * The raster twin of svgFor(): what Mobilizon serves for uploads (JPEG, PNG, WebP, GIF; never
 * SVG). A diagonal gradient with light circles for a picture, a disc for an avatar; kept once
 * made.
 */
export function pngFor(name: string): Buffer {
  const base = name.replace(/\.png$/, '');
  const cached = pictures.get(base);
  if (cached) return cached;
  const color = colorForKey(base + '.svg');
  const accent = colorForKey(base + 'x');
  const h = hashString(base);
  let image: Buffer;
  if (base.startsWith('avatar-')) {
    const disc = mix(color, accent, 0.6);
    image = png(256, 256, (x, y) => ((x - 128) ** 2 + (y - 128) ** 2 <= 84 ** 2 ? disc : color));
  } else {
    const [width, height] = [1200, 675];
    const circles = Array.from({ length: 6 }, (_, i) => ({
      x: (h >> (i * 3)) % width,
      y: (h >> (i * 2 + 1)) % height,
      r: 40 + ((h >> i) % 160),
      opacity: 0.08 + i * 0.03,
    }));
    image = png(width, height, (x, y) => {
      let c = mix(color, accent, (x / width + y / height) / 2);
      for (const circle of circles) {
        if ((x - circle.x) ** 2 + (y - circle.y) ** 2 <= circle.r ** 2) {
          c = mix(c, WHITE, circle.opacity);
        }
      }
      return c;
    });
  }
  if (pictures.size > 500) pictures.clear();
  pictures.set(base, image);
  return image;
}
