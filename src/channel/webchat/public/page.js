// @ts-check
/*
 * The web chat page's script, served as is from the bot's origin (no build step, no inline
 * script). It reads the settings the server wrote into #webchat-settings, gets a Direct Line
 * token — from the local Direct Line in development, or in exchange for the organisation's access
 * code in production — and renders Web Chat in the page's language.
 *
 * It runs before Web Chat's bundle (both are deferred, this one first), so the token is asked for,
 * or the access code form shown, while the bundle — about 4 MB of script, seconds on a phone — is
 * still loading and running. The chat is rendered once the bundle has run.
 *
 * The session (token and conversation) is kept in sessionStorage, so switching language reloads
 * the page without losing the conversation; it never outlives the browser tab.
 */
'use strict';

(() => {
  const SESSION_KEY = 'early-help-navigator.webchat.session';
  /** A stored token with less life than this left is not reused. */
  const MIN_TOKEN_LIFE_MS = 5 * 60 * 1000;

  /**
   * @typedef {{ token: string, conversationId: string, userId: string, expiresAt: number, domain: string, organisationName?: string }} Session
   * @typedef {{ status: number, json: Record<string, unknown> | undefined }} JsonReply
   * @typedef {{ connectionStatus$: { subscribe(next: (status: number) => void): unknown } }} DirectLine
   */

  /** botframework-directlinejs ConnectionStatus.FailedToConnect */
  const FAILED_TO_CONNECT = 4;

  // Deferred scripts run in page order before DOMContentLoaded, so when it fires Web Chat's bundle
  // (the next script) has run — or failed to load, which renderChat reports. Listened for now,
  // while this script runs, because the event can fire before the token comes back.
  const webChatBundleRan = new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(undefined), { once: true }));

  const settingsElement = document.getElementById('webchat-settings');
  const settings = JSON.parse((settingsElement && settingsElement.textContent) || '{}');
  const strings = settings.strings;

  const status = /** @type {HTMLElement} */ (document.getElementById('webchat-status'));
  const chat = /** @type {HTMLElement} */ (document.getElementById('webchat'));
  const organisationLine = /** @type {HTMLElement} */ (document.getElementById('organisation'));

  /** @param {string} text */
  function showStatus(text) {
    status.textContent = text;
    status.hidden = text === '';
  }

  /** @returns {Session | undefined} */
  function readSession() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (!stored || typeof stored.token !== 'string' || typeof stored.conversationId !== 'string' || typeof stored.userId !== 'string') return undefined;
      if (typeof stored.expiresAt !== 'number' || stored.expiresAt - Date.now() < MIN_TOKEN_LIFE_MS) return undefined;
      if (stored.domain !== settings.directLine.domain) return undefined;
      return stored;
    } catch {
      return undefined;
    }
  }

  /** @param {Session} session */
  function saveSession(session) {
    try {
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // Private browsing can refuse storage; the chat still works, a reload starts afresh.
    }
  }

  function forgetSession() {
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Nothing stored, nothing to forget.
    }
  }

  /**
   * @param {string} url
   * @param {unknown} [body]
   * @param {string} [token]
   * @returns {Promise<JsonReply>}
   */
  async function postJson(url, body, token) {
    /** @type {Record<string, string>} */
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    let json;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  /**
   * @param {Record<string, unknown>} reply
   * @param {string} userId
   * @param {number} expiresInSeconds
   * @returns {Session}
   */
  function sessionFrom(reply, userId, expiresInSeconds) {
    if (typeof reply.token !== 'string' || typeof reply.conversationId !== 'string') throw new Error('The token reply is incomplete');
    return { token: reply.token, conversationId: reply.conversationId, userId, expiresAt: Date.now() + expiresInSeconds * 1000, domain: settings.directLine.domain };
  }

  /** Development: the local Direct Line hands out a token for a `dl_default_…` user. */
  async function developmentSession() {
    const { status: code, json } = await postJson(settings.tokenUrl, {});
    if (code !== 200 || !json || typeof json.userId !== 'string') throw new Error(`The local Direct Line answered ${code}`);
    return sessionFrom(json, json.userId, Number(json.expires_in));
  }

  /**
   * Production: the youth worker enters their organisation's access code; the server exchanges it
   * for a Direct Line token (the Direct Line secret stays on the server).
   * @returns {Promise<Session>}
   */
  function productionSession() {
    const section = /** @type {HTMLElement} */ (document.getElementById('access'));
    const form = /** @type {HTMLFormElement} */ (document.getElementById('access-form'));
    const input = /** @type {HTMLInputElement} */ (document.getElementById('access-code'));
    const error = /** @type {HTMLElement} */ (document.getElementById('access-error'));
    const button = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
    section.hidden = false;
    showStatus('');

    /** @param {string} text */
    const showError = (text) => {
      error.textContent = text;
      error.hidden = text === '';
      input.setAttribute('aria-invalid', text === '' ? 'false' : 'true');
    };

    return new Promise((resolve) => {
      let busy = false;
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (busy) return;
        const code = input.value.trim();
        if (code === '') {
          showError(strings.invalid);
          input.focus();
          return;
        }
        busy = true;
        button.disabled = true;
        showError('');
        showStatus(strings.checking);
        try {
          const { status: reply, json } = await postJson(settings.tokenUrl, { accessCode: code });
          if (reply === 200 && json && typeof json.userId === 'string') {
            const organisation = /** @type {{ name?: unknown }} */ (json.organisation || {});
            const session = sessionFrom(json, json.userId, Number(json.expiresIn));
            if (typeof organisation.name === 'string') session.organisationName = organisation.name;
            input.value = '';
            section.hidden = true;
            resolve(session);
            return;
          }
          showError(reply === 401 ? strings.invalid : reply === 429 ? strings.rateLimited : strings.unavailable);
          input.focus();
        } catch {
          showError(strings.unavailable);
        } finally {
          busy = false;
          button.disabled = false;
          if (!section.hidden) showStatus('');
        }
      });
    });
  }

  /**
   * Keeps the stored token alive for reloads (Direct Line tokens last about an hour); the live
   * connection refreshes its own copy the same way.
   * @param {Session} session
   */
  function scheduleRefresh(session) {
    const left = session.expiresAt - Date.now();
    if (left <= 0) return forgetSession();
    setTimeout(async () => {
      try {
        const { status: code, json } = await postJson(`${settings.directLine.domain}/tokens/refresh`, undefined, session.token);
        if (code === 200 && json && typeof json.token === 'string') {
          session.token = json.token;
          session.expiresAt = Date.now() + Number(json.expires_in) * 1000;
          saveSession(session);
        }
      } catch {
        // Try again at the next half-life; the live connection does not depend on this copy.
      }
      scheduleRefresh(session);
    }, Math.max(30_000, left / 2));
  }

  /**
   * @param {Session} session
   * @param {boolean} resuming
   */
  function renderChat(session, resuming) {
    const WebChat = /** @type {{ WebChat: { createDirectLine(options: object): DirectLine, renderWebChat(props: object, element: HTMLElement): void } }} */ (
      /** @type {unknown} */ (window)
    ).WebChat;
    const directLine = WebChat.createDirectLine({
      domain: settings.directLine.domain,
      token: session.token,
      webSocket: settings.directLine.webSocket,
      pollingInterval: settings.directLine.pollingInterval,
      // Resuming (after a language switch) reconnects to the same conversation and replays it.
      conversationId: resuming ? session.conversationId : undefined,
      conversationStartProperties: { locale: settings.locale },
    });
    if (resuming) {
      // The stored conversation may be gone (a restarted development server, an expired
      // conversation): start a new one rather than leave a chat that cannot connect.
      directLine.connectionStatus$.subscribe((status) => {
        if (status !== FAILED_TO_CONNECT) return;
        forgetSession();
        location.reload();
      });
    }
    WebChat.renderWebChat(
      {
        directLine,
        userID: session.userId,
        // Every activity the page sends carries this locale, so the bot answers in the page's language.
        locale: settings.locale,
        role: 'region',
        nonce: settings.styleNonce,
        styleOptions: settings.styleOptions,
        adaptiveCardsHostConfig: settings.adaptiveCardsHostConfig,
        overrideLocalizedStrings: strings.webchatUi,
      },
      chat,
    );
    if (session.organisationName) {
      organisationLine.textContent = strings.organisation.replace('{{name}}', session.organisationName);
      organisationLine.hidden = false;
    }
    showStatus('');
  }

  async function start() {
    try {
      const stored = readSession();
      const session = stored || (settings.mode === 'production' ? await productionSession() : await developmentSession());
      saveSession(session);
      await webChatBundleRan;
      renderChat(session, stored !== undefined);
      scheduleRefresh(session);
    } catch {
      forgetSession();
      showStatus(strings.failed);
    }
  }

  void start();
})();
