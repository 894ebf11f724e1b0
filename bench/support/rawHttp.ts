/**
 * Fires requests that are truly concurrent and whose sending order is unambiguous: every request
 * gets its own fresh connection, all opened beforehand, and all are written in one synchronous loop.
 * Fresh, not warmed: on keep-alive connections that have just carried a request, Node's HTTP server
 * itself was seen to emit the burst's last request first (measured at the server's 'request' event,
 * before any bot code), which would blame the bot for the transport's order.
 */
import net from 'node:net';

interface Conn {
  socket: net.Socket;
  buffer: Buffer;
  waiting?: (status: number) => void;
  failed?: (error: Error) => void;
}

/** Reads one HTTP/1.1 response off a connection; resolves with its status when it is complete. */
function onData(conn: Conn, chunk: Buffer): void {
  conn.buffer = Buffer.concat([conn.buffer, chunk]);
  const headerEnd = conn.buffer.indexOf('\r\n\r\n');
  if (headerEnd < 0) return;
  const head = conn.buffer.subarray(0, headerEnd).toString('latin1');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(head);
  let end: number;
  if (length?.[1]) end = headerEnd + 4 + Number(length[1]);
  else if (chunked) {
    const last = conn.buffer.indexOf('\r\n0\r\n\r\n', headerEnd);
    const empty = conn.buffer.indexOf('0\r\n\r\n', headerEnd + 4) === headerEnd + 4 ? headerEnd + 4 + 5 : -1;
    end = last >= 0 ? last + 7 : empty;
  } else end = headerEnd + 4;
  if (end < 0 || conn.buffer.length < end) return;
  conn.buffer = conn.buffer.subarray(end);
  const waiting = conn.waiting;
  conn.waiting = undefined;
  conn.failed = undefined;
  waiting?.(status);
}

function request(conn: Conn, raw: string): Promise<number> {
  return new Promise((resolve, reject) => {
    conn.waiting = resolve;
    conn.failed = reject;
    conn.socket.write(raw);
  });
}

function rawPost(host: string, path: string, body: string): string {
  const head = [
    `POST ${path} HTTP/1.1`,
    `Host: ${host}`,
    'Connection: keep-alive',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

/** POSTs every body to `${botUrl}/api/messages` at once, in array order; resolves with the statuses. */
export async function postAllAtOnce(botUrl: string, bodies: readonly string[]): Promise<number[]> {
  const url = new URL(botUrl);
  const conns: Conn[] = await Promise.all(
    bodies.map(
      () =>
        new Promise<Conn>((resolve, reject) => {
          const socket = net.connect(Number(url.port), url.hostname, () => resolve(conn));
          const conn: Conn = { socket, buffer: Buffer.alloc(0), failed: reject };
          socket.setNoDelay(true);
          socket.on('data', (chunk: Buffer) => onData(conn, chunk));
          // Connecting or waiting for an answer, an error fails that step; otherwise it is ignored.
          socket.on('error', (error) => conn.failed?.(error));
          socket.on('close', () => conn.failed?.(new Error('the connection closed before the answer')));
        }),
    ),
  );
  for (const conn of conns) conn.failed = undefined;
  try {
    const answers = conns.map((conn, i) => request(conn, rawPost(url.host, '/api/messages', bodies[i] ?? '')));
    return await Promise.all(answers);
  } finally {
    for (const conn of conns) conn.socket.destroy();
  }
}
