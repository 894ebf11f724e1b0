/**
 * Material for hostile-input tests: a seeded PRNG (so a failure reproduces from its seed), text
 * meant to inject markup into cards, and the scan that proves none of it rendered as markup.
 */
import type { ConnectorActivity } from '../../../support/connectorStandIn';
import { cardsOf } from '../../../support/conversationDriver';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A key from a weight table. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }
}

/**
 * Every entry says "evil", so the scan can tell what a person typed from the bot's own links
 * (signposting cards legitimately link to real services).
 */
export const INJECTIONS: readonly string[] = [
  '[click](http://evil.example)',
  '![x](http://evil.example/x.png)',
  '<script>alert("evil")</script>',
  '<img src=x onerror=alert("evil")>',
  '<a href="http://evil.example">evil</a>',
  '**EVILBOLD** __evil__ _evil_ ~~evil~~',
  'www.evil.example',
  'http://evil.example/path?q=1',
  'https://evil.example',
  '[evil][1]\n\n[1]: http://evil.example',
  '`evil code` ```evil```',
  '# EVIL heading',
  '- evil list item',
  '1. evil numbered',
  '> evil quote',
  '| evil | table |',
  '[evil](javascript:alert(1))',
  '<https://evil.example>',
  '\\[evil\\](http://evil.example)',
  '[evil]( http://evil.example "title")',
  'evil\u0000null\u0007bell\u001bescape\u007f c1\u0085\u009b[31m',
  'ev\u200Bil\u200Czero\u200Dwidth\uFEFF\u2060',
  '\u202Eevil\u202C right-to-left override',
  '\u2066evil\u2069 isolate \u2067evil\u2069 \u061Cmark',
  'evil\r\ncrlf\n- injected list',
  '{{evil}} ${evil} %s %n $t(common:welcome.title) evil',
  '&lt;script&gt;evil&#x3C;',
  'evil 😀 emoji \u{1F4A9} \u0301combining',
  'ＥＶＩＬ fullwidth ＜script＞evil',
  '\u2028evil line separator\u2029- evil paragraph',
];

/** Words that make the bot escalate, so hostile text reaches duty workers' alert cards. */
export const DISCLOSURES: readonly string[] = [
  'she told me her stepdad hits her with a belt',
  'he said he has been thinking about killing himself',
  'a year 9 pupil disclosed that her mum locks her in her room without food',
  'she has fresh cuts on her arms',
];

/** A string a hostile person might type: one to three injections, sometimes around a disclosure. */
export function hostileText(g: Prng): string {
  const parts = Array.from({ length: g.between(1, 3) }, () => g.pick(INJECTIONS));
  if (g.chance(0.05)) parts.splice(g.int(parts.length + 1), 0, g.pick(DISCLOSURES));
  return parts.join(g.pick([' ', '\n', '', '\n\n', ' | ']));
}

export interface RenderedText {
  /** A card's TextBlock or Fact, or the activity's own (markdown) text. */
  where: 'card' | 'message';
  text: string;
}

/** Text a client renders as markdown: the activity's text and every TextBlock and Fact in its cards. */
export function renderedTexts(activity: ConnectorActivity): RenderedText[] {
  const out: RenderedText[] = [];
  if (typeof activity.text === 'string') out.push({ where: 'message', text: activity.text });
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push({ where: 'card', text: n.text });
      if (n.type === 'FactSet' && Array.isArray(n.facts))
        for (const fact of n.facts as Record<string, unknown>[])
          for (const key of ['title', 'value'])
            if (typeof fact[key] === 'string') out.push({ where: 'card', text: fact[key] as string });
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(cardsOf(activity));
  return out;
}

const UNESCAPED = String.raw`(?<!\\)`;

/** What must never appear in rendered text: each pattern is markup or a link someone typed. */
export const INJECTED_MARKUP: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'markdown link or image to evil',
    pattern: new RegExp(`${UNESCAPED}\\[[^\\]\\n]*${UNESCAPED}\\]\\(\\s*[^)]*evil`, 'i'),
  },
  {
    name: 'markdown reference link definition',
    pattern: new RegExp(`${UNESCAPED}\\[[^\\]\\n]*${UNESCAPED}\\]:\\s*\\S*evil`, 'i'),
  },
  { name: 'raw URL to evil (would autolink)', pattern: /(?:https?|javascript):\/\/?evil/i },
  { name: 'bare www address (would autolink)', pattern: /www\.evil/i },
  { name: 'HTML tag', pattern: new RegExp(`${UNESCAPED}<\\s*/?\\s*(?:script|img|a|iframe)\\b`, 'i') },
  { name: 'angle-bracket autolink', pattern: new RegExp(`${UNESCAPED}<https?:`, 'i') },
  { name: 'bold typed by a person', pattern: new RegExp(`${UNESCAPED}\\*${UNESCAPED}\\*EVILBOLD`) },
  { name: 'code span typed by a person', pattern: new RegExp(`${UNESCAPED}\`evil`) },
  { name: 'heading typed by a person', pattern: new RegExp(`(?:^|\\n)\\s*${UNESCAPED}#\\s*EVIL`) },
  { name: 'list item typed by a person', pattern: /(?:^|[\n\u2028\u2029])\s*(?:[-+*]|\d+[.)])\s+evil/ },
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  { name: 'control character', pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/ },
  { name: 'bidirectional override or isolate', pattern: /[\u061C\u202A-\u202E\u2066-\u2069]/ },
];

export interface MarkupFinding {
  name: string;
  text: string;
}

/** Every injected-markup pattern found in one rendered string. */
export function injectedMarkupIn(text: string): MarkupFinding[] {
  return INJECTED_MARKUP.filter(({ pattern }) => pattern.test(text)).map(({ name }) => ({
    name,
    text: text.slice(0, 300),
  }));
}
