/**
 * botframework-connector writes to console.error on every refused token: the whole published key
 * set when a token's key is unknown, and the whole error when a token has expired. Anyone can send
 * such tokens, so this floods the log. These two messages are routed through our logger instead,
 * once a minute at most with a count of the rest; anything else on console.error passes through.
 */
import type { Logger } from '../observability/logger';

export interface ConnectorConsoleOptions {
  intervalMs?: number;
  now?: () => number;
}

type ConsoleError = (...args: unknown[]) => void;

/** What the connector is saying, or undefined for anything that is not one of its two messages. */
function connectorEvent(args: readonly unknown[]): 'auth.signing_key_unknown' | 'auth.token_expired' | undefined {
  const first = args[0];
  if (typeof first === 'string' && first.startsWith('Error finding key for token')) return 'auth.signing_key_unknown';
  if (first instanceof Error && first.name === 'TokenExpiredError') return 'auth.token_expired';
  return undefined;
}

/** Installs the routing; the returned function removes it. */
export function routeConnectorConsole(logger: Logger, options: ConnectorConsoleOptions = {}): () => void {
  const intervalMs = options.intervalMs ?? 60_000;
  const now = options.now ?? Date.now;
  const previous: ConsoleError = console.error.bind(console);
  const last = new Map<string, { at: number; suppressed: number }>();
  let active = true;
  const routed: ConsoleError = (...args) => {
    const event = active ? connectorEvent(args) : undefined;
    if (event === undefined) return previous(...args);
    const seen = last.get(event);
    const at = now();
    if (seen && at - seen.at < intervalMs) {
      seen.suppressed += 1;
      return;
    }
    // Never the keys or the token: only what happened and how often.
    logger.warn({ event, suppressedSinceLast: seen?.suppressed ?? 0 });
    last.set(event, { at, suppressed: 0 });
  };
  console.error = routed;
  return () => {
    active = false;
    if (console.error === routed) console.error = previous;
  };
}
