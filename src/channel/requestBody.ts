/** Request bodies: read with a size limit, then parsed as strict UTF-8 JSON. */
import type { IncomingMessage } from 'node:http';
import { AppError } from '../observability/errors';

/** The whole body, or BODY_TOO_LARGE as soon as it (or its declared length) passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return reject(new AppError('BODY_TOO_LARGE'));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new AppError('BODY_TOO_LARGE'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => reject(new AppError('BAD_ACTIVITY')));
  });
}

/** What `utf8Json` returns for a body that is not valid UTF-8 or not JSON. */
export const NOT_JSON = Symbol('notJson');

// Stateless for whole-buffer decodes, so one serves every request.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body's JSON value; NOT_JSON if it is not valid UTF-8 (no silent replacement characters) or not JSON. */
export function utf8Json(body: Uint8Array): unknown {
  try {
    return JSON.parse(strictUtf8.decode(body)) as unknown;
  } catch {
    return NOT_JSON;
  }
}
