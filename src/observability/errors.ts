/**
 * One error type with stable codes, so logs, alerts and tests can name a failure without quoting
 * anything a person said. Client faults are logged at info, server faults at error.
 */
export const ERROR_CODES = {
  BAD_ACTIVITY: { status: 400, fault: 'client', message: 'The activity is not valid' },
  BODY_TOO_LARGE: { status: 413, fault: 'client', message: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, fault: 'client', message: 'The request body must be application/json' },
  UNAUTHENTICATED: { status: 401, fault: 'client', message: 'A valid Bot Framework token is required' },
  AUTH_UNAVAILABLE: { status: 503, fault: 'server', message: 'The Bot Framework signing keys could not be fetched' },
  STORE_UNAVAILABLE: { status: 503, fault: 'server', message: 'The store is not reachable' },
  STATE_CONFLICT: { status: 500, fault: 'server', message: 'Conversation state changed under this turn' },
  TURN_FAILED: { status: 500, fault: 'server', message: 'The turn failed' },
  DELIVERY_FAILED: { status: 502, fault: 'server', message: 'A message could not be delivered' },
  RATE_LIMITED: { status: 429, fault: 'client', message: 'Too many requests' },
  FORBIDDEN: { status: 403, fault: 'client', message: 'Not allowed' },
  NOT_FOUND: { status: 404, fault: 'client', message: 'Not found' },
  DIRECTLINE_BOT_FAILED: { status: 502, fault: 'server', message: 'The bot did not accept the activity' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly status: number;
  readonly fault: 'client' | 'server';
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(options?.detail ? `${ERROR_CODES[code].message}: ${options.detail}` : ERROR_CODES[code].message, {
      cause: options?.cause,
    });
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.fault = ERROR_CODES[code].fault;
  }
}
