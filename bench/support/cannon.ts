/**
 * autocannon against a bot's /api/messages, each request's body chosen at send time by a traffic
 * source (which conversation, which words), and the figures a load benchmark reports.
 */
import autocannon from 'autocannon';

export interface Traffic {
  /** The JSON activity to send next. */
  nextBody(): string;
}

export interface LoadFigures {
  /** Turns answered 2xx per second over the run. */
  turnsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  answered: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failed: number;
  seconds: number;
}

export const CONNECTIONS = 10;

export type RunLength = { seconds: number } | { amount: number; capSeconds: number };

export async function hammer(
  botUrl: string,
  traffic: Traffic,
  length: RunLength,
  connections = CONNECTIONS,
): Promise<LoadFigures> {
  const instance = autocannon({
    url: `${botUrl}/api/messages`,
    connections,
    timeout: 30,
    ...('seconds' in length ? { duration: length.seconds } : { amount: length.amount }),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: traffic.nextBody() }),
      },
    ],
  });
  // A fixed amount still ends in bounded time, however slow the bot is.
  const cap = 'capSeconds' in length ? setTimeout(() => instance.stop(), length.capSeconds * 1000) : undefined;
  const result = await instance;
  if (cap) clearTimeout(cap);
  const answered = result['2xx'];
  return {
    turnsPerSecond: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    answered,
    failed: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
  };
}
