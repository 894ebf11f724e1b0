/**
 * Headers for the page. The Content-Security-Policy allows scripts only from this origin (no
 * inline script anywhere: the page's settings travel in a non-executable JSON block).
 */
import type { ServerResponse } from 'node:http';

export interface PagePolicyOptions {
  /** Per-response nonce Web Chat puts on the <style> elements it creates at run time. */
  styleNonce: string;
  /** Origins the page's Direct Line client talks to besides this one (production: Azure's). */
  directLineOrigins: readonly string[];
  production: boolean;
}

/** CSP hash of the empty string: lets an empty <style> element exist, nothing more. */
export const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export function contentSecurityPolicy({ styleNonce, directLineOrigins }: PagePolicyOptions): string {
  const connectOrigins = [
    ...new Set(directLineOrigins.flatMap((origin) => [origin, origin.replace(/^https:/, 'wss:')])),
  ];
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat writes its CSS at run time (emotion). Instead of 'unsafe-inline': Web Chat puts our
    // nonce on the <style> elements it creates, and the hash allows exactly one more thing, an
    // *empty* <style>: Web Chat 4.18 creates react-scroll-to-bottom's style element (and a
    // :focus-visible probe) without the nonce, empty, then fills it through the CSSOM (insertRule),
    // which CSP does not police. Any <style> with content still needs the nonce. The card renderer
    // sets element.style (CSSOM), which needs nothing.
    `style-src 'self' 'nonce-${styleNonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(),
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function setPageSecurityHeaders(res: ServerResponse, options: PagePolicyOptions): void {
  res.setHeader('content-security-policy', contentSecurityPolicy(options));
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  // HSTS only where the page is served over HTTPS; a development browser would otherwise pin localhost.
  if (options.production) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
