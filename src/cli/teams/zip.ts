/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record),
 * deflate only, no ZIP64. Teams app packages are three or four small files at the root.
 * Every entry gets the same fixed timestamp so the same inputs always give the same bytes.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** Path inside the archive, forward slashes, no leading slash. */
  readonly name: string;
  readonly data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const FLAG_UTF8_NAMES = 0x0800;
const METHOD_DEFLATE = 8;
/** 1 January 2000, 00:00, in MS-DOS date/time fields. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

export function createZip(entries: readonly ZipEntry[]): Buffer {
  const names = new Set<string>();
  for (const { name } of entries) {
    if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))
      throw new Error(`Zip entry name must be a relative forward-slash path, got "${name}"`);
    if (names.has(name)) throw new Error(`Zip entry "${name}" appears twice`);
    names.add(name);
  }
  if (entries.length > MAX_16) throw new Error(`A zip without ZIP64 holds at most ${MAX_16} entries`);

  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    if (entry.data.length > MAX_32 || offset > MAX_32) throw new Error('Zip too large for a writer without ZIP64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8_NAMES, 6);
    local.writeUInt16LE(METHOD_DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_NEEDED, 4); // made by: MS-DOS / FAT attributes, 2.0
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(FLAG_UTF8_NAMES, 8);
    central.writeUInt16LE(METHOD_DEFLATE, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }

  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // no comment
  return Buffer.concat([...locals, centralDirectory, end]);
}
