/**
 * The page's static files, all served from the bot's own origin: botframework-webchat's prebuilt
 * bundle from node_modules, and the page's own script, style sheet and icon. Each URL carries a
 * hash of its content, so browsers may cache it for a year and a new release is fetched at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzip } from 'node:zlib';
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

// Compressed once per content hash and kept for the life of the process: the bundle is about
// 3.9 MB and gzipping it takes a noticeable fraction of a second, so it is never done per request.
// Shared across server instances on purpose — the content is immutable and keyed by its hash.
const gzipped = new Map<string, Promise<Buffer>>();

export function gzipOf(asset: Asset): Promise<Buffer> {
  let compressed = gzipped.get(asset.etag);
  if (compressed === undefined) {
    compressed = new Promise<Buffer>((resolve, reject) => gzip(asset.body, { level: 9 }, (err, out) => (err ? reject(err) : resolve(out))));
    gzipped.set(asset.etag, compressed);
    compressed.catch(() => gzipped.delete(asset.etag));
  }
  return compressed;
}

/** True if the client accepts gzip (and has not refused it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
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
    if (acceptsGzip(req.headers['accept-encoding'])) {
      body = await gzipOf(found);
      res.setHeader('content-encoding', 'gzip');
    }
    res.statusCode = 200;
    res.setHeader('content-length', String(body.length));
    res.end(body);
  });
}
