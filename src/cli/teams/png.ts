/**
 * A minimal PNG encoder: 8-bit RGBA, no interlacing, filter 0 on every row. Enough for the two
 * Teams icons, which are drawn in code so the package has no binary files nobody can regenerate.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32';

/** Pixels in row-major order, four bytes (R, G, B, A) per pixel. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGBA = 6;

function chunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(typeBytes)), 0);
  return Buffer.concat([length, typeBytes, data, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new RangeError(`PNG size must be whole positive numbers, got ${width}×${height}`);
  if (pixels.length !== width * height * 4)
    throw new RangeError(`PNG pixels must hold ${width * height * 4} bytes (RGBA), got ${pixels.length}`);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE_RGBA;
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace

  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type "None" for this row
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }

  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 6 = RGBA, 4 = grey + alpha, 2 = RGB, 3 = palette, 0 = grey. */
  readonly colourType: number;
}

/** Reads the IHDR of a PNG, so a replaced icon of the wrong size fails here and not in Teams. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (the signature is missing)');
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG file (IHDR is not the first chunk)');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), bitDepth: buffer[24], colourType: buffer[25] };
}
