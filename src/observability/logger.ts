/**
 * Structured JSON logs (pino). Free text about a child must never reach a log: code logs ids,
 * codes and counts only, and redaction catches any field that could carry what a person typed.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Fields that may hold what a person typed or a child's details, wherever they appear. */
export const REDACTED_PATHS = [
  'text',
  'value',
  'activity',
  'body',
  'card',
  'answers',
  'summary',
  'observations',
  'childWords',
  'opinions',
  'childReference',
  'phone',
  'matches',
  '*.text',
  '*.value',
  '*.activity',
  '*.body',
  '*.card',
  '*.answers',
  '*.summary',
  '*.observations',
  '*.childWords',
  '*.opinions',
  '*.childReference',
  '*.phone',
  '*.matches',
];

/**
 * `traceContext`, when telemetry is on, adds the current trace and span ids to every line, so one
 * escalation can be followed from its request through every log line it caused.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  traceContext?: () => Record<string, string>,
): Logger {
  return pino(
    {
      level,
      ...(traceContext ? { mixin: traceContext } : {}),
      base: { service: 'early-help-navigator' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Errors from SDKs can quote request bodies in their message: keep only the type and code.
      serializers: { err: safeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

interface SafeError {
  type: string;
  code?: string | number;
  statusCode?: number;
  stack?: string;
}

/** An error as it may be logged: its type, code and stack frames, never its message (which can echo input). */
export function safeError(err: unknown): SafeError {
  if (typeof err !== 'object' || err === null) return { type: typeof err };
  const e = err as {
    name?: unknown;
    code?: unknown;
    statusCode?: unknown;
    stack?: unknown;
    constructor?: { name?: string };
  };
  const type = typeof e.name === 'string' ? e.name : (e.constructor?.name ?? 'object');
  const stack = typeof e.stack === 'string' ? e.stack.split('\n').slice(1, 6).join('\n') : undefined;
  return {
    type,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(stack ? { stack } : {}),
  };
}
