/**
 * The page's static files, all served from the bot's own origin: botframework-webchat's prebuilt
 * bundle and the page's own script, style sheet and icon. `npm run build` copies them into
 * dist/webchat/ with brotli and gzip copies beside them (scripts/build-webchat.cjs), so nothing is
 * compressed at run time and production carries no botframework-webchat package. Each URL carries
 * a hash of its content, so browsers may cache it for a year and a new release is fetched at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Server } from 'restify';
import { projectRoot } from '../../projectRoot';
import { sendError } from './http';

export const ASSETS_PATH = '/webchat/assets';

/** Content codings the assets are served in, best first: brotli is a third smaller than gzip for Web Chat's bundle. */
const CODINGS = ['br', 'gzip'] as const;
type Coding = (typeof CODINGS)[number];
const EXTENSION: Record<Coding, string> = { br: '.br', gzip: '.gz' };

export interface Asset {
  /** The URL path the page links to. */
  readonly url: string;
  readonly contentType: string;
  readonly body: Buffer;
  /** The same body, precompressed at build. */
  readonly encoded: Readonly<Record<Coding, Buffer>>;
  readonly etag: string;
}

export interface PageAssets {
  webChat: Asset;
  script: Asset;
  styles: Asset;
  icon: Asset;
}

/** Where the build put the page's files (dist/webchat). */
export function builtAssetsFolder(): string {
  return path.join(projectRoot(), 'dist', 'webchat');
}

function asset(folder: string, file: string, name: string, extension: string, contentType: string): Asset {
  const source = path.join(folder, file);
  if (!existsSync(source))
    throw new Error(`${source} is missing: run \`npm run build\` (it copies and compresses the web chat page's files)`);
  const body = readFileSync(source);
  const encoded = { br: readFileSync(source + EXTENSION.br), gzip: readFileSync(source + EXTENSION.gzip) };
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return { url: `${ASSETS_PATH}/${name}.${hash}.${extension}`, contentType, body, encoded, etag: `"${hash}"` };
}

export function loadPageAssets(folder: string = builtAssetsFolder()): PageAssets {
  return {
    webChat: asset(folder, 'webchat.js', 'webchat', 'js', 'text/javascript; charset=utf-8'),
    script: asset(folder, 'page.js', 'page', 'js', 'text/javascript; charset=utf-8'),
    styles: asset(folder, 'page.css', 'page', 'css', 'text/css; charset=utf-8'),
    icon: asset(folder, 'icon.svg', 'icon', 'svg', 'image/svg+xml'),
  };
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
  // restify wants an async handler or a (req, res, next) one.
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
      body = found.encoded[coding];
      res.setHeader('content-encoding', coding);
    }
    res.statusCode = 200;
    res.setHeader('content-length', String(body.length));
    res.end(body);
  });
}
