/**
 * Reads a zip by its central directory, as Teams does, and checks each entry's local header,
 * sizes and CRC. Independent of the writer in src/cli/teams/zip.ts apart from the CRC table.
 */
import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/cli/teams/crc32';

export interface ZipEntryRead {
  name: string;
  method: number;
  data: Buffer;
}

export function readZip(file: Buffer): ZipEntryRead[] {
  let end = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 22 - 0xffff); i--)
    if (file.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('no end of central directory record');
  const count = file.readUInt16LE(end + 10);
  const directorySize = file.readUInt32LE(end + 12);
  let offset = file.readUInt32LE(end + 16);
  if (offset + directorySize !== end) throw new Error('central directory does not end where the end record begins');

  const entries: ZipEntryRead[] = [];
  for (let n = 0; n < count; n++) {
    if (file.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory header ${n}`);
    const method = file.readUInt16LE(offset + 10);
    const crc = file.readUInt32LE(offset + 16);
    const compressedSize = file.readUInt32LE(offset + 20);
    const size = file.readUInt32LE(offset + 24);
    const nameLength = file.readUInt16LE(offset + 28);
    const extraLength = file.readUInt16LE(offset + 30);
    const commentLength = file.readUInt16LE(offset + 32);
    const localOffset = file.readUInt32LE(offset + 42);
    const name = file.toString('utf8', offset + 46, offset + 46 + nameLength);

    if (file.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const localName = file.toString('utf8', localOffset + 30, localOffset + 30 + file.readUInt16LE(localOffset + 26));
    if (localName !== name) throw new Error(`local header names ${localName}, central directory ${name}`);
    const dataStart = localOffset + 30 + file.readUInt16LE(localOffset + 26) + file.readUInt16LE(localOffset + 28);
    const stored = file.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(stored) : method === 0 ? Buffer.from(stored) : null;
    if (data === null) throw new Error(`${name}: unsupported method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, header says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, method, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
