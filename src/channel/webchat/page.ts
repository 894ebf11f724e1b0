/**
 * GET / — the web chat page. Server-rendered in the visitor's language (`?lang=cy`, else
 * Accept-Language, else the deployment default), with the page's settings in a JSON block that the
 * page script reads: no inline script runs, so the CSP needs no 'unsafe-inline' for scripts.
 *
 * On a phone Web Chat's bundle takes seconds to arrive and run, so the first screen does not wait
 * for it: the bot's welcome and a box to type into are in this HTML, and the page script loads the
 * bundle after the first paint. What is typed meanwhile is sent, in order, once Web Chat is live.
 * The page's own styles (6 KB) are inline, under the same CSP nonce as Web Chat's: a style sheet
 * request would hold the first paint back by a round trip, 150 ms or more on a phone.
 */
import { z } from 'zod';
import { otherLocale, toSupportedLocale, type SupportedLocale } from '../../i18n/locale';
import type { Localizer } from '../../i18n/i18n';
import type { PageAssets } from './assets';
import { adaptiveCardsHostConfig, styleOptions } from './theme';

export interface PageSettings {
  mode: 'development' | 'production';
  locale: SupportedLocale;
  directLine: { domain: string; webSocket: boolean; pollingInterval: number };
  /** Where the page gets its Direct Line token: the local Direct Line, or the access-code exchange. */
  tokenUrl: string;
  /** Web Chat's bundle, loaded by the page script after the first screen is shown. */
  webChatUrl: string;
  styleNonce: string;
  styleOptions: typeof styleOptions;
  adaptiveCardsHostConfig: typeof adaptiveCardsHostConfig;
  strings: {
    connecting: string;
    failed: string;
    checking: string;
    invalid: string;
    rateLimited: string;
    unavailable: string;
    organisation: string;
    /** Under a message typed before Web Chat has loaded. */
    queued: string;
    webchatUi: Record<string, string>;
  };
}

/** The language to show: an explicit ?lang= wins, then the browser's preferences in q order. */
export function negotiateLocale(
  requested: string | null | undefined,
  acceptLanguage: string | undefined,
  fallback: SupportedLocale,
): SupportedLocale {
  const explicit = toSupportedLocale(requested);
  if (explicit !== undefined) return explicit;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q === undefined ? 1 : Number(q.slice(2)), index };
    })
    .filter((entry) => entry.tag !== '' && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = toSupportedLocale(entry.tag);
    if (locale !== undefined) return locale;
  }
  return fallback;
}

const webchatUiStrings = z.record(z.string(), z.string());

export function pageStrings(localizer: Localizer, locale: SupportedLocale): PageSettings['strings'] {
  const t = localizer.t(locale);
  return {
    connecting: t('webchat:status.connecting'),
    failed: t('webchat:status.failed'),
    checking: t('webchat:access.checking'),
    invalid: t('webchat:access.invalid'),
    rateLimited: t('webchat:access.rateLimited'),
    unavailable: t('webchat:access.unavailable'),
    // Kept with its {{name}} placeholder: the page fills it in once it knows the organisation.
    organisation: z.string().parse(localizer.instance.getResource(locale, 'webchat', 'access.organisation')),
    queued: t('webchat:early.queued'),
    webchatUi: webchatUiStrings.parse(localizer.instance.getResource(locale, 'webchat', 'webchatUi')),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bot's welcome as its first message shows it (src/channel/render.ts): one paragraph per line, **bold** kept. */
const WELCOME_LINES = [
  'common:welcome.purpose',
  'common:welcome.asks',
  'common:welcome.data',
  'common:welcome.danger',
  'common:welcome.start',
  'common:welcome.welsh',
] as const;

function welcomeHtml(t: (key: string) => string): string {
  const paragraph = (line: string) => `<p>${escapeHtml(line).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')}</p>`;
  return [`**${t('common:welcome.title')}**`, ...WELCOME_LINES.map((key) => t(key))].map(paragraph).join('');
}

/** JSON that cannot end the <script> block it sits in. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface RenderPageInput {
  settings: PageSettings;
  localizer: Localizer;
  assets: PageAssets;
}

export function renderPage({ settings, localizer, assets }: RenderPageInput): string {
  const { locale, mode } = settings;
  const t = localizer.t(locale);
  const text = (key: string) => escapeHtml(t(key));
  const other = otherLocale(locale);
  const otherLang = other === 'cy' ? 'cy' : 'en';
  const accessForm =
    mode === 'production'
      ? `
      <section id="access" class="access" aria-labelledby="access-heading" hidden>
        <h2 id="access-heading">${text('webchat:access.heading')}</h2>
        <p>${text('webchat:access.intro')}</p>
        <form id="access-form" novalidate>
          <label for="access-code">${text('webchat:access.label')}</label>
          <div class="access-row">
            <input id="access-code" name="accessCode" type="text" inputmode="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="100" required aria-describedby="access-error">
            <button type="submit">${text('webchat:access.submit')}</button>
          </div>
          <p id="access-error" class="error" role="alert" hidden></p>
        </form>
      </section>`
      : '';
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${text('webchat:page.title')}</title>
    <link rel="icon" href="${assets.icon.url}" type="image/svg+xml">
    <style nonce="${settings.styleNonce}">${assets.styles.body.toString('utf8')}</style>
    <script type="application/json" id="webchat-settings">${safeJson(settings)}</script>
    <script src="${assets.script.url}" defer></script>
  </head>
  <body class="mode-${mode}">
    <a class="skip-link" href="#chat">${text('webchat:page.skipToChat')}</a>
    <header class="page-header">
      ${mode === 'development' ? `<p class="dev-banner">${text('common:devBanner')}</p>` : ''}
      <div class="title-row">
        <h1>${text('webchat:page.heading')}</h1>
        <nav aria-label="${text('webchat:language.navLabel')}">
          <a class="language-switch" href="/?lang=${otherLang}" hreflang="${other}" lang="${other}" title="${text('webchat:language.switchToHint')}">${text('webchat:language.switchTo')}</a>
        </nav>
      </div>
      <p class="purpose">${text('webchat:page.purpose')}</p>
      <p class="privacy">${text('webchat:page.privacy')}</p>
      <p class="danger"><strong>${text('common:welcome.danger')}</strong></p>
    </header>
    <main>${accessForm}
      <p id="organisation" class="organisation" hidden></p>
      <section id="chat" class="chat" aria-label="${text('webchat:page.chatLabel')}" tabindex="-1">
        <p id="webchat-status" class="status" role="status">${text('webchat:status.connecting')}</p>
        <noscript><p class="error">${text('webchat:page.noscript')}</p></noscript>
        <div id="early-chat" class="early-chat">
          <ol id="early-transcript" class="early-transcript" tabindex="0" aria-label="${text('webchat:page.chatLabel')}">
            <li class="early-message early-message--bot" lang="${locale}">${welcomeHtml(t)}</li>
          </ol>
          <form id="early-form" class="early-sendbox" action="#" hidden>
            <label class="visually-hidden" for="early-input">${text('webchat:early.label')}</label>
            <input id="early-input" name="message" type="text" autocomplete="off" maxlength="4000" placeholder="${text('webchat:early.placeholder')}">
            <button type="submit">${text('webchat:early.send')}</button>
          </form>
        </div>
        <div id="webchat" class="webchat" hidden></div>
      </section>
    </main>
  </body>
</html>
`;
}
