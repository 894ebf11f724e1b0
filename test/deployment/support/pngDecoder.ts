/**
 * An independent PNG reader for the tests (8-bit greyscale/RGB/RGBA, any of the five row filters),
 * so the icons are checked by decoding them, not by trusting the encoder that wrote them.
 */
import { inflateSync } from 'node:zlib';
import { crc32 } from '../../../src/cli/teams/crc32';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** RGBA, four bytes a pixel, whatever the file's colour type. */
  rgba: Uint8Array;
  chunkTypes: string[];
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(file: Buffer): DecodedPng {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('PNG signature missing');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  let bitDepth = 0;
  const idat: Buffer[] = [];
  const chunkTypes: string[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    const crc = file.readUInt32BE(offset + 8 + length);
    if (crc !== crc32(file.subarray(offset + 4, offset + 8 + length))) throw new Error(`CRC mismatch in ${type}`);
    chunkTypes.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colourType = data[9];
      if (data[12] !== 0) throw new Error('interlaced PNGs are not supported by this reader');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const channels = CHANNELS[colourType];
  if (bitDepth !== 8 || channels === undefined) throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}`);

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== (stride + 1) * height) throw new Error(`IDAT holds ${raw.length} bytes, expected ${(stride + 1) * height}`);
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown row filter ${filter}`);
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] = channels === 1 ? [p[0], p[0], p[0], 255] : channels === 2 ? [p[0], p[0], p[0], p[1]] : channels === 3 ? [p[0], p[1], p[2], 255] : [p[0], p[1], p[2], p[3]];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, colourType, rgba, chunkTypes };
}
