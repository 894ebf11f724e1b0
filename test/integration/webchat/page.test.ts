/**
 * The page and its files over real HTTP (no browser): language, security headers, same-origin
 * assets, caching and gzip of Web Chat's bundle.
 */
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { webChatBundleFile } from '../../support/webChatBundle';
import { startWebChatServer, testConfig, type WebChatServer } from './support/webChatServer';

const en = JSON.parse(readFileSync('locales/en-GB/webchat.json', 'utf8')) as {
  page: { title: string; heading: string };
};
const cy = JSON.parse(readFileSync('locales/cy/webchat.json', 'utf8')) as { page: { title: string; heading: string } };
const devBanner = (JSON.parse(readFileSync('locales/en-GB/common.json', 'utf8')) as { devBanner: string }).devBanner;

async function page(server: WebChatServer, query = '', headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/${query}`, { headers });
  return { response, html: await response.text() };
}

const escaped = (text: string) => text.replace(/'/g, '&#39;');

/** A GET that keeps the bytes as sent (fetch would decompress them). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the web chat page', () => {
  let server: WebChatServer;
  beforeAll(async () => {
    server = await startWebChatServer();
  });
  afterAll(() => server.close());

  it('speaks Welsh when asked with ?lang=cy, with lang, title and heading to match', async () => {
    const { response, html } = await page(server, '?lang=cy');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(`<title>${escaped(cy.page.title)}</title>`);
    expect(html).toContain(`<h1>${escaped(cy.page.heading)}</h1>`);
    expect(response.headers.get('content-language')).toBe('cy');
    expect(html).toMatch(
      /<a class="language-switch" href="\/\?lang=en" hreflang="en-GB" lang="en-GB"[^>]*>English<\/a>/,
    );
  });

  it("follows the browser's Accept-Language when no language is asked for", async () => {
    expect((await page(server, '', { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' })).html).toContain(
      '<html lang="cy">',
    );
    expect((await page(server, '', { 'accept-language': 'fr-FR, en-US;q=0.8, cy;q=0.3' })).html).toContain(
      '<html lang="en-GB">',
    );
    const english = await page(server, '?lang=en', { 'accept-language': 'cy' });
    expect(english.html).toContain('<html lang="en-GB">');
    expect(english.html).toContain(`<title>${escaped(en.page.title)}</title>`);
    expect(english.html).toMatch(/href="\/\?lang=cy" hreflang="cy" lang="cy"[^>]*>Cymraeg<\/a>/);
  });

  it('falls back to the deployment default language', async () => {
    const welshByDefault = await startWebChatServer({ config: testConfig({ defaultLocale: 'cy' }) });
    try {
      expect((await page(welshByDefault)).html).toContain('<html lang="cy">');
    } finally {
      await welshByDefault.close();
    }
  });

  it('shows the local-development banner in development', async () => {
    expect((await page(server)).html).toContain(`<p class="dev-banner">${escaped(devBanner)}</p>`);
  });

  it('sets a CSP with no inline script, a fresh style nonce per response, and no framing', async () => {
    const first = (await page(server)).response;
    const second = (await page(server)).response;
    const csp = first.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const nonce = (value: string | null) => /'nonce-([^']+)'/.exec(value ?? '')?.[1];
    expect(nonce(csp)).toBeDefined();
    expect(nonce(csp)).not.toBe(nonce(second.headers.get('content-security-policy')));
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('has no inline script and links only to files on its own origin', async () => {
    const { html } = await page(server);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const [, attributes = '', body = ''] of scripts) {
      // The only script element with content is the non-executable JSON settings block.
      if (body.trim() !== '') expect(attributes).toContain('type="application/json"');
    }
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url).toMatch(/^(\/(?!\/)|#)/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('the first screen, before Web Chat has loaded', () => {
  let server: WebChatServer;
  beforeAll(async () => {
    server = await startWebChatServer();
  });
  afterAll(() => server.close());

  const common = (locale: string) =>
    JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')) as { welcome: Record<string, string> };
  const shown = (text: string) => escaped(text).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

  it.each([
    ['en-GB', ''],
    ['cy', '?lang=cy'],
  ])("has the bot's welcome in the HTML, in the page's language (%s)", async (locale, query) => {
    const { html } = await page(server, query);
    const welcome = /<li class="early-message early-message--bot" lang="([^"]+)">([\s\S]*?)<\/li>/.exec(html);
    expect(welcome?.[1]).toBe(locale);
    for (const key of ['purpose', 'asks', 'data', 'danger', 'start', 'welsh'])
      expect(welcome?.[2]).toContain(`<p>${shown(common(locale).welcome[key] ?? '')}</p>`);
  });

  it("has a box to type into, and loads Web Chat's bundle from the page script rather than a script element", async () => {
    const { html } = await page(server);
    expect(html).toMatch(
      /<form id="early-form"[^>]*>[\s\S]*<input id="early-input"[\s\S]*<button type="submit">Send<\/button>/,
    );
    const scriptSources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptSources).toHaveLength(1);
    expect(scriptSources[0]).toMatch(/^\/webchat\/assets\/page\.[^/]+\.js$/);
    expect(html).toMatch(/"webChatUrl":"\/webchat\/assets\/webchat\.[^"]+\.js"/);
  });

  it("carries its own styles inline under the CSP's style nonce, so no style sheet request holds the first paint", async () => {
    const { response, html } = await page(server);
    const styles = [...html.matchAll(/<style nonce="([^"]+)">([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    const [, nonce = '', css = ''] = styles[0] ?? [];
    expect(response.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
    expect(css).toContain('.early-sendbox');
    expect(html).not.toContain('rel="stylesheet"');
  });
});

describe("the page's files", () => {
  let server: WebChatServer;
  let html: string;
  beforeAll(async () => {
    server = await startWebChatServer();
    html = await (await fetch(`${server.url}/`)).text();
  });
  afterAll(() => server.close());

  const linked = (pattern: RegExp) => {
    const url = pattern.exec(html)?.[1];
    if (url === undefined) throw new Error(`The page links no file matching ${pattern}`);
    return url;
  };

  it("serves Web Chat's own prebuilt bundle brotli-compressed, with a year of immutable caching", async () => {
    const url = linked(/"webChatUrl":"(\/webchat\/assets\/webchat\.[^"]+\.js)"/);
    const response = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toBe('accept-encoding');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const original = readFileSync(webChatBundleFile());
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).equals(original)).toBe(true);

    // A client without brotli (a browser over plain http) gets gzip, which is bigger.
    const gzipped = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'gzip, deflate' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(original.length / 3);
    expect(response.body.length).toBeLessThan(gzipped.body.length * 0.8);
  });

  it('sends the bundle uncompressed to a client that accepts no compression, and 304 to one that has it', async () => {
    const url = linked(/"webChatUrl":"(\/webchat\/assets\/webchat\.[^"]+\.js)"/);
    const plain = await fetch(`${server.url}${url}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(readFileSync(webChatBundleFile()).length);
    const etag = plain.headers.get('etag') ?? '';
    await plain.arrayBuffer();
    const again = await fetch(`${server.url}${url}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the page script and icon with their types, and 404 for anything else', async () => {
    for (const [pattern, type] of [
      [/src="(\/webchat\/assets\/page\.[^"]+\.js)"/, 'text/javascript; charset=utf-8'],
      [/href="(\/webchat\/assets\/icon\.[^"]+\.svg)"/, 'image/svg+xml'],
    ] as const) {
      const response = await fetch(`${server.url}${linked(pattern)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      await response.arrayBuffer();
    }
    expect((await fetch(`${server.url}/webchat/assets/webchat.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/webchat/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});
