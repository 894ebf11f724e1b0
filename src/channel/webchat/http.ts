/** Small request/response helpers shared by the web chat routes: bodies are size-limited and zod-checked. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { AppError, type ErrorCode } from '../../observability/errors';
import { NOT_JSON, readBody, utf8Json } from '../requestBody';

/** The parsed JSON body, or undefined if it is missing, not JSON, or not the expected shape. */
export async function readJson<T>(req: IncomingMessage, limit: number, schema: z.ZodType<T>): Promise<T | undefined> {
  const body = await readBody(req, limit);
  if (body.length === 0) return schema.safeParse({}).data;
  const json = utf8Json(body);
  return json === NOT_JSON ? undefined : schema.safeParse(json).data;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

/** The catalogue's code and status; the page turns the code into localized words. */
export function sendError(res: ServerResponse, code: ErrorCode, headers: Record<string, string> = {}): void {
  const error = new AppError(code);
  sendJson(res, error.status, { error: { code, message: error.message } }, headers);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
