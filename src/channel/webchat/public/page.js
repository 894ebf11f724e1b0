// @ts-check
/*
 * The web chat page's script, served as is from the bot's origin (no build step, no inline
 * script). It reads the settings the server wrote into #webchat-settings, gets a Direct Line
 * token — from the local Direct Line in development, or in exchange for the organisation's access
 * code in production — and renders Web Chat in the page's language.
 *
 * The first screen does not wait for Web Chat: the server's HTML already shows the bot's welcome
 * and a box to type into. This script loads Web Chat's bundle (about 4 MB of script, seconds on a
 * phone) after that screen has been painted, and meanwhile asks for the token or shows the access
 * code form. What a person sends before Web Chat is live is shown at once, kept (in sessionStorage,
 * so a language switch keeps it too) and sent through Web Chat, one message at a time and in order,
 * as soon as it has connected: each is taken off the queue as it is handed to Web Chat, so it is
 * sent once.
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
  const EARLY_KEY = 'early-help-navigator.webchat.early';
  /**
   * The returning-reporter key (README: "Returning reporters"): random, names nobody, kept 30 days from when it was
   * made.
   */
  const RETURNING_KEY = 'early-help-navigator.webchat.returning';
  const RETURNING_KEY_LIFE_MS = 30 * 24 * 60 * 60 * 1000;

  const settingsElement = document.getElementById('webchat-settings');
  const settings = JSON.parse((settingsElement && settingsElement.textContent) || '{}');
  const strings = settings.strings;

  const status = /** @type {HTMLElement} */ (document.getElementById('webchat-status'));
  const chat = /** @type {HTMLElement} */ (document.getElementById('webchat'));
  const organisationLine = /** @type {HTMLElement} */ (document.getElementById('organisation'));
  const earlyChat = /** @type {HTMLElement} */ (document.getElementById('early-chat'));
  const earlyTranscript = /** @type {HTMLElement} */ (document.getElementById('early-transcript'));
  const earlyForm = /** @type {HTMLFormElement} */ (document.getElementById('early-form'));
  const earlyInput = /** @type {HTMLInputElement} */ (document.getElementById('early-input'));

  /**
   * Web Chat's bundle, fetched once the first screen has been painted (a frame, then a task), so
   * neither its download nor its seconds of parsing hold that screen back.
   * @type {Promise<void>}
   */
  const webChatBundleRan = new Promise((resolve, reject) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const script = document.createElement('script');
        script.src = settings.webChatUrl;
        script.async = true;
        script.onload = () => resolve(undefined);
        script.onerror = () => reject(new Error('Web Chat could not be loaded'));
        document.head.appendChild(script);
      }, 0),
    );
  });

  /** @returns {string[]} messages typed before Web Chat was live, not yet handed to it */
  function readEarly() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(EARLY_KEY) || '[]');
      return Array.isArray(stored) ? stored.filter((m) => typeof m === 'string') : [];
    } catch {
      return earlyMemory;
    }
  }

  /** Where the queue lives when sessionStorage refuses (private browsing). @type {string[]} */
  let earlyMemory = [];

  /** @param {string[]} messages */
  function writeEarly(messages) {
    earlyMemory = messages;
    try {
      if (messages.length === 0) sessionStorage.removeItem(EARLY_KEY);
      else sessionStorage.setItem(EARLY_KEY, JSON.stringify(messages));
    } catch {
      // Kept in memory instead: only a reload can lose it then.
    }
  }

  /** @param {string} text */
  function showEarly(text) {
    const item = document.createElement('li');
    item.className = 'early-message early-message--user';
    const words = document.createElement('p');
    words.textContent = text;
    const note = document.createElement('small');
    note.textContent = strings.queued;
    item.append(words, note);
    earlyTranscript.appendChild(item);
    item.scrollIntoView({ block: 'end' });
  }

  /** The first screen's box: what is sent there waits for Web Chat, shown meanwhile. */
  function openEarlyComposer() {
    for (const text of readEarly()) showEarly(text);
    earlyForm.hidden = false;
    earlyForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = earlyInput.value.trim();
      if (text === '') return;
      writeEarly([...readEarly(), text]);
      showEarly(text);
      earlyInput.value = '';
    });
  }

  /**
   * Web Chat store middleware that sends the early messages once Direct Line has connected, one at
   * a time: the next is handed over when Web Chat has finished posting the one before.
   * @returns {(store: { dispatch(action: object): unknown }) => (next: (action: { type?: string }) => unknown) => (action: { type?: string }) => unknown}
   */
  function sendEarlyMessages() {
    /** @type {string | undefined} Web Chat's id of the early message being posted */
    let inFlight;
    let awaitingPost = false;
    /** @param {(action: object) => unknown} dispatch */
    const sendNext = (dispatch) => {
      const [text, ...rest] = readEarly();
      if (text === undefined) return;
      writeEarly(rest);
      awaitingPost = true;
      dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text, method: 'keyboard' } });
    };
    return ({ dispatch }) =>
      (next) =>
      (action) => {
        const result = next(action);
        const id = action && action.meta ? action.meta.clientActivityID : undefined;
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') sendNext(dispatch);
        else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING' && awaitingPost) {
          awaitingPost = false;
          inFlight = id;
        } else if (
          (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED' ||
            action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') &&
          inFlight !== undefined &&
          id === inFlight
        ) {
          inFlight = undefined;
          sendNext(dispatch);
        }
        return result;
      };
  }

  /** @param {string} text */
  function showStatus(text) {
    status.textContent = text;
    status.hidden = text === '';
  }

  /** @returns {Session | undefined} */
  function readSession() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (
        !stored ||
        typeof stored.token !== 'string' ||
        typeof stored.conversationId !== 'string' ||
        typeof stored.userId !== 'string'
      )
        return undefined;
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
   * This browser's returning-reporter key, made on first use and replaced after 30 days (never
   * renewed by use, so a shared computer does not keep recognising someone for ever). With it the
   * server gives this browser the same web chat user id each time, so an outcome that could not
   * reach an ended conversation is told in the next one. Undefined where storage is refused.
   * @returns {string | undefined}
   */
  function returningKey() {
    try {
      const stored = JSON.parse(localStorage.getItem(RETURNING_KEY) || 'null');
      if (
        stored &&
        typeof stored.key === 'string' &&
        /^[A-Za-z0-9_-]{43}$/.test(stored.key) &&
        typeof stored.expiresAt === 'number' &&
        stored.expiresAt > Date.now()
      )
        return stored.key;
      const bytes = window.crypto.getRandomValues(new Uint8Array(32));
      const key = window
        .btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      localStorage.setItem(RETURNING_KEY, JSON.stringify({ key, expiresAt: Date.now() + RETURNING_KEY_LIFE_MS }));
      return key;
    } catch {
      // Private browsing can refuse storage: the chat works, this browser is just not recognised next time.
      return undefined;
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
    if (typeof reply.token !== 'string' || typeof reply.conversationId !== 'string')
      throw new Error('The token reply is incomplete');
    return {
      token: reply.token,
      conversationId: reply.conversationId,
      userId,
      expiresAt: Date.now() + expiresInSeconds * 1000,
      domain: settings.directLine.domain,
    };
  }

  /**
   * Development: the local Direct Line hands out a token for a `dl_default_…` user (the same one for a returning
   * browser).
   */
  async function developmentSession() {
    const { status: code, json } = await postJson(settings.tokenUrl, { returningKey: returningKey() });
    if (code !== 200 || !json || typeof json.userId !== 'string')
      throw new Error(`The local Direct Line answered ${code}`);
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
          const { status: reply, json } = await postJson(settings.tokenUrl, {
            accessCode: code,
            returningKey: returningKey(),
          });
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
    setTimeout(
      async () => {
        try {
          const { status: code, json } = await postJson(
            `${settings.directLine.domain}/tokens/refresh`,
            undefined,
            session.token,
          );
          if (code === 200 && json && typeof json.token === 'string') {
            session.token = json.token;
            session.expiresAt = Date.now() + Number(json.expires_in) * 1000;
            saveSession(session);
          }
        } catch {
          // Try again at the next half-life; the live connection does not depend on this copy.
        }
        scheduleRefresh(session);
      },
      Math.max(30_000, left / 2),
    );
  }

  /**
   * @param {Session} session
   * @param {boolean} resuming
   */
  function renderChat(session, resuming) {
    const WebChat =
      /** @type {{ WebChat: { createDirectLine(options: object): DirectLine, createStore(initial: object, middleware: unknown): { dispatch(action: object): unknown }, renderWebChat(props: object, element: HTMLElement): void } }} */ (
        /** @type {unknown} */ (window)
      ).WebChat;
    const store = WebChat.createStore({}, sendEarlyMessages());
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
        store,
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
    // Web Chat takes over: its transcript shows the welcome again (from the bot) and the early
    // messages as they are sent; a half-typed message moves into its send box.
    const typing = earlyInput.value;
    const hadFocus = document.activeElement === earlyInput;
    earlyChat.hidden = true;
    chat.hidden = false;
    if (typing.trim() !== '') store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: typing } });
    if (hadFocus) {
      const sendBox = /** @type {HTMLElement | null} */ (chat.querySelector('[data-id="webchat-sendbox-input"]'));
      if (sendBox) sendBox.focus();
    }
    if (session.organisationName) {
      organisationLine.textContent = strings.organisation.replace('{{name}}', session.organisationName);
      organisationLine.hidden = false;
    }
    showStatus('');
  }

  async function start() {
    openEarlyComposer();
    try {
      const stored = readSession();
      const session =
        stored || (settings.mode === 'production' ? await productionSession() : await developmentSession());
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
