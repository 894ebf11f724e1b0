/**
 * The page's static files, all served from the bot's own origin: botframework-webchat's prebuilt
 * bundle from node_modules, and the page's own script, style sheet and icon. Each URL carries a
 * hash of its content, so browsers may cache it for a year and a new release is fetched at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { Server } from 'restify';
import { projectRoot } from '../../projectRoot';
import { sendError } from './http';

export const ASSETS_PATH = '/webchat/assets';

export interface Asset {
  /** The URL path the page links to. */
  readonly url: string;
  readonly contentType: string;
  readonly body: Buffer;
  readonly etag: string;
}

export interface PageAssets {
  webChat: Asset;
  script: Asset;
  styles: Asset;
  icon: Asset;
}

/** `dist/` is not in the package's exports map, so it is found beside the package's main file. */
export function webChatBundleFile(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function publicFile(name: string): string {
  // Read from the source tree (not dist/): tsc does not copy non-TypeScript files.
  return path.join(projectRoot(), 'src', 'channel', 'webchat', 'public', name);
}

function asset(file: string, name: string, extension: string, contentType: string): Asset {
  const body = readFileSync(file);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return { url: `${ASSETS_PATH}/${name}.${hash}.${extension}`, contentType, body, etag: `"${hash}"` };
}

export function loadPageAssets(): PageAssets {
  return {
    webChat: asset(webChatBundleFile(), 'webchat', 'js', 'text/javascript; charset=utf-8'),
    script: asset(publicFile('page.js'), 'page', 'js', 'text/javascript; charset=utf-8'),
    styles: asset(publicFile('page.css'), 'page', 'css', 'text/css; charset=utf-8'),
    icon: asset(publicFile('icon.svg'), 'icon', 'svg', 'image/svg+xml'),
  };
}

/** Content codings the assets are served in, best first: brotli is a quarter smaller than gzip for Web Chat's bundle. */
const CODINGS = ['br', 'gzip'] as const;
type Coding = (typeof CODINGS)[number];

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Quality 9, not 11: 709 KB instead of 639 KB for the bundle, but 0.5 s of CPU once instead of 6 s.
const compressors: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipAsync(body, { level: 9 }),
};

// Compressed once per coding and content hash and kept for the life of the process: the bundle is
// about 3.9 MB and compressing it takes a noticeable fraction of a second, so it is never done per
// request. Shared across server instances on purpose — the content is immutable and keyed by its hash.
const compressed = new Map<string, Promise<Buffer>>();

export function compressedOf(asset: Asset, coding: Coding): Promise<Buffer> {
  const key = `${coding} ${asset.etag}`;
  let body = compressed.get(key);
  if (body === undefined) {
    body = compressors[coding](asset.body);
    compressed.set(key, body);
    body.catch(() => compressed.delete(key));
  }
  return body;
}

/** The best coding the client accepts (and has not refused with q=0); undefined for none. */
export function preferredCoding(header: string | undefined): Coding | undefined {
  if (header === undefined) return undefined;
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    (q === undefined || Number(q.slice(2)) > 0 ? accepted : refused).add(coding.trim());
  }
  return CODINGS.find((coding) => !refused.has(coding) && (accepted.has(coding) || accepted.has('*')));
}

export function registerAssets(server: Server, assets: PageAssets): void {
  const byUrl = new Map(Object.values(assets).map((a: Asset) => [a.url, a]));
  server.get(`${ASSETS_PATH}/:file`, async (req: IncomingMessage, res: ServerResponse) => {
    const found = byUrl.get(new URL(req.url ?? '/', 'http://local').pathname);
    if (found === undefined) return sendError(res, 'NOT_FOUND');
    res.setHeader('content-type', found.contentType);
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('etag', found.etag);
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    if (req.headers['if-none-match'] === found.etag) {
      res.statusCode = 304;
      return void res.end();
    }
    let body = found.body;
    const coding = preferredCoding(req.headers['accept-encoding']);
    if (coding !== undefined) {
      body = await compressedOf(found, coding);
      res.setHeader('content-encoding', coding);
    }
    res.statusCode = 200;
    res.setHeader('content-length', String(body.length));
    res.end(body);
  });
}
