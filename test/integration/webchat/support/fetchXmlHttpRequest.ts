/**
 * Node has no XMLHttpRequest, and botframework-directlinejs talks through RxJS's ajax, which needs
 * one. This is the small part of XMLHttpRequest that RxJS uses, on top of fetch, so the official
 * client library runs unmodified in a test — every request, retry and watermark is its own.
 */
type Handler = ((this: FetchXmlHttpRequest, event: { type: string }) => void) | null;

export class FetchXmlHttpRequest {
  readyState = 0;
  status = 0;
  response: unknown = null;
  responseText = '';
  responseType = '';
  timeout = 0;
  withCredentials = false;
  onreadystatechange: Handler = null;
  ontimeout: Handler = null;
  onerror: Handler = null;
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders = new Headers();
  private readonly controller = new AbortController();

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders.get(name);
  }

  getAllResponseHeaders(): string {
    return [...this.responseHeaders].map(([name, value]) => `${name}: ${value}`).join('\r\n');
  }

  abort(): void {
    this.controller.abort();
  }

  send(body?: string): void {
    const signals = [this.controller.signal, ...(this.timeout > 0 ? [AbortSignal.timeout(this.timeout)] : [])];
    fetch(this.url, {
      method: this.method,
      headers: this.headers,
      body: body ?? undefined,
      signal: AbortSignal.any(signals),
    }).then(
      async (res) => {
        this.status = res.status;
        this.responseHeaders = res.headers;
        this.responseText = await res.text();
        this.response =
          this.responseType === 'json'
            ? this.responseText === ''
              ? null
              : (JSON.parse(this.responseText) as unknown)
            : this.responseText;
        this.readyState = 4;
        this.onreadystatechange?.({ type: 'readystatechange' });
      },
      (err: unknown) => {
        if (this.controller.signal.aborted) return;
        this.readyState = 4;
        this.status = 0;
        this.response = null;
        if (err instanceof Error && err.name === 'TimeoutError' && this.ontimeout) this.ontimeout({ type: 'timeout' });
        else this.onreadystatechange?.({ type: 'readystatechange' });
      },
    );
  }
}

/**
 * Installs the shim for the duration of a test file; returns the function that removes it. Also
 * declares a global WebSocket (as undefined) where Node has none: the library reads the global
 * even when told `webSocket: false`, and only the declaration is missing, not a socket.
 */
export function installBrowserGlobals(): () => void {
  const global = globalThis as { XMLHttpRequest?: unknown; WebSocket?: unknown };
  const previous = global.XMLHttpRequest;
  const hadWebSocket = 'WebSocket' in globalThis;
  global.XMLHttpRequest = FetchXmlHttpRequest;
  if (!hadWebSocket) global.WebSocket = undefined;
  return () => {
    global.XMLHttpRequest = previous;
    if (!hadWebSocket) delete global.WebSocket;
  };
}
