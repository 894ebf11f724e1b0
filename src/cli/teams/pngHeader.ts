/** Reads a PNG's header, so the Teams package can refuse icons Teams would reject; the icons are committed files. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE))
    throw new Error('not a PNG file (the signature is missing)');
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG file (IHDR is not the first chunk)');
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24],
    colourType: buffer[25],
  };
}
