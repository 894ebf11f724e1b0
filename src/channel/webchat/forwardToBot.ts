/**
 * Delivers an activity to the bot's own /api/messages over loopback HTTP, as Azure's Direct Line
 * would. Never throws: a bot that is down, slow or failing is an outcome the caller answers with 502.
 */
export type ForwardOutcome =
  { ok: true; status: number } | { ok: false; status?: number; reason: 'rejected' | 'unreachable' | 'timeout' };

export async function forwardToBot(
  url: string,
  activity: Record<string, unknown>,
  timeoutMs: number,
): Promise<ForwardOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the connection can be reused; its content (an invoke response) is not needed.
    await response.arrayBuffer().catch(() => undefined);
    return response.ok
      ? { ok: true, status: response.status }
      : { ok: false, status: response.status, reason: 'rejected' };
  } catch (err) {
    return { ok: false, reason: err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
}
