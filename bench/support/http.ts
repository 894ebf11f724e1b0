/** One POST to a bot's /api/messages over a kept-alive loopback connection, timed. */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Posted {
  status: number;
  /** Milliseconds from the first byte sent to the last byte of the answer. */
  ms: number;
  /** performance.now() when the request was sent. */
  sentAt: number;
}

export function postActivity(botUrl: string, json: string, timeoutMs = 30_000): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const sentAt = performance.now();
    const req = http.request(
      `${botUrl}/api/messages`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - sentAt, sentAt }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from the bot within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(json);
  });
}

/** Frees the kept-alive sockets so the process can exit. */
export function closeConnections(): void {
  agent.destroy();
}
