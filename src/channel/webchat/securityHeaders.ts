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

export function contentSecurityPolicy({ styleNonce, directLineOrigins }: PagePolicyOptions): string {
  const websocketOrigins = directLineOrigins.map((origin) => origin.replace(/^https:/, 'wss:'));
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat (emotion) and the Adaptive Cards renderer write styles at run time. Web Chat puts our
    // nonce on every <style> element it creates, so no 'unsafe-inline' is needed; style *attributes*
    // the card renderer sets go through the CSSOM (element.style), which CSP does not restrict.
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${[...directLineOrigins, ...websocketOrigins].join(' ')}`.trim(),
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
