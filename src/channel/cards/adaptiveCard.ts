/**
 * The subset of Adaptive Cards 1.5 the bot uses, typed so builders cannot emit an element the
 * schema rejects. Tests validate every built card against the official 1.5 JSON Schema.
 */
import type { CardAction } from './actions';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'default' | 'lighter' | 'bolder';
  size?: 'default' | 'small' | 'medium' | 'large' | 'extraLarge';
  color?: 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
  separator?: boolean;
  style?: 'default' | 'heading';
  id?: string;
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
  spacing?: TextBlock['spacing'];
  separator?: boolean;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** Opens a card inside the card: what is one tap away (e.g. more services) without a round trip to the bot. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[] };
}

export type AnyAction = CardAction | OpenUrlAction | ShowCardAction;

export interface ActionSet {
  type: 'ActionSet';
  actions: AnyAction[];
  spacing?: TextBlock['spacing'];
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  choices: Choice[];
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded' | 'filtered';
  label?: string;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  wrap?: boolean;
}

export interface TextInput {
  type: 'Input.Text';
  id: string;
  label?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  style?: 'text' | 'tel' | 'url' | 'email';
}

export interface NumberInput {
  type: 'Input.Number';
  id: string;
  label?: string;
  placeholder?: string;
  min?: number;
  max?: number;
  value?: number;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface Column {
  type: 'Column';
  width?: 'auto' | 'stretch' | string;
  items: CardElement[];
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: TextBlock['spacing'];
  separator?: boolean;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: TextBlock['spacing'];
  separator?: boolean;
  bleed?: boolean;
}

export type CardElement =
  TextBlock | FactSet | ActionSet | ChoiceSetInput | TextInput | NumberInput | ColumnSet | Container;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: AnyAction[];
  /** Teams: re-fetch the card for these users through Action.Execute (per-user views, e.g. the Claim button). */
  refresh?: { action: CardAction; userIds?: string[] };
  fallbackText?: string;
  speak?: string;
  lang?: string;
}

export function adaptiveCard(
  body: CardElement[],
  extra: Partial<Omit<AdaptiveCard, 'type' | '$schema' | 'version' | 'body'>> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...extra,
  };
}

/**
 * Adaptive Cards render TextBlock text as markdown. Anything a person typed must show as text,
 * never as a link or formatting they did not write: control and invisible characters go, the
 * characters that start emphasis, links, code or HTML are escaped, and so are list markers at
 * the start of a line, and typed web addresses cannot become links. Ordinary punctuation inside words (J.B., 01632-960)
 * is left alone.
 */
export function plainText(value: string): string {
  return (
    withoutInvisible(value)
      .replace(/([\\`*_{}[\]<>|~#])/g, '\\$1')
      .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3')
      // A zero-width space stops clients turning typed addresses into links; it reads the same.
      .replace(/(\w)(:\/\/)/g, '$1\u200B$2')
      .replace(/\b(www)\./gi, '$1\u200B.')
  );
}

/**
 * C0/C1 controls (but line breaks) and invisible format characters: zero-width and bidirectional
 * controls, the soft hyphen, the Mongolian vowel separator and tag characters, which could hide or
 * reorder what a duty worker reads.
 */
// Control, format and invisible characters are exactly what this removes; the combining ones are listed on purpose.
/* eslint-disable no-control-regex, no-misleading-character-class */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uDB40[\uDC00-\uDDEF]/g;
/* eslint-enable no-control-regex, no-misleading-character-class */

export function withoutInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * A field that is one line (a name, a role, a phone number, an answer): every kind of line break
 * (CR, LF, NEL, U+2028/2029, vertical tab, form feed) becomes a space, so what a person typed
 * cannot add a line such as "Status: already handled by police" to someone else's card.
 */
export function singleLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks here
  return withoutInvisible(value.replace(/[\r\n\u000B\u000C\u0085\u2028\u2029]+/g, ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A one-line field shown as text: singleLine, then plainText. */
export function plainLine(value: string): string {
  return plainText(singleLine(value));
}
