/** What code needs from i18n: a key (and values) in, localized text out. Keeps modules free of i18next types. */
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;
