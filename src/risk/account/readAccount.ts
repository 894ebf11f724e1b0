/**
 * Reads a member of staff's own account into the triage answers it states (issue 17 item 1), with
 * the risk reading's tokenizer, spellings, Welsh mutations and negation cues. Pure: the same text
 * gives the same facts. Nothing is inferred from silence, and safety answers are never set here.
 */
import { z } from 'zod';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../../i18n/locale';
import type { CompiledLexicons } from '../compile';
import type { CompiledFrames } from '../frames';
import { findPhrases, type ResolvedToken, tokensFor } from '../matcher';
import { readChildDetails } from './childDetails';
import { readChildWords } from './childWords';
import { howLongOf, periodMonths, readPeriod } from './numbers';
import type { DeteriorationId, DurationId, EducationId, HomeContextId, InvolvedId, NeedId } from './optionIds';
import { DETERIORATION_IDS, EDUCATION_IDS, HOME_CONTEXT_IDS, INVOLVED_IDS, NEED_IDS } from './optionIds';
import { sentenceSpan, type TextSpan } from './sentences';
import { type FactMatch, SpanContext } from './spanContext';
import { type AccountFacts, accountFactsSchema, type Evidence } from './types';

/** The risk frames' frame of hypotheticals and questions. */
const HYPOTHETICAL_FRAME = 'context-hypothetical';

/** Longer accounts are cut: a member of staff's account is a few paragraphs. */
export const MAX_ACCOUNT_LENGTH = 8000;

/**
 * Any length is accepted (a pasted account must never fail the turn); only the first MAX_ACCOUNT_LENGTH characters are
 * read.
 */
const inputSchema = z.strictObject({ text: z.string(), locale: z.enum(SUPPORTED_LOCALES) });

/** Short acronyms that are ordinary words in lower case ("odd", "add", "taf"): read only in capitals. */
const CAPITALS_ONLY = new Set(['odd', 'ap', 'mash', 'taf', 'ket']);
/**
 * Facts a hypothetical does not cancel: a request is itself wished for, a suspected diagnosis is
 * still named, and talk of suicide or self-harm is worded conditionally ("nobody would notice if I
 * was gone") — a missed risk is the worst failure, so those needs stay on the card to confirm.
 */
const HYPOTHETICAL_KEEPS = new Set([
  'camhs.requested',
  'diagnosis',
  'camhs.rejected',
  'needs.suicidal-thoughts',
  'needs.self-harm',
]);
/**
 * Facts about the child only: a parent's depression is home context, a brother's ADHD or CAMHS worker is not the
 * child's.
 */
const CHILD_ONLY = (fact: string): boolean =>
  fact.startsWith('needs.') || fact === 'diagnosis' || fact.startsWith('involved.camhs');

function inList<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function overlaps(a: FactMatch, b: FactMatch): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function spanOf(tokens: readonly ResolvedToken[], match: FactMatch): TextSpan {
  return { start: tokens[match.first].start, end: tokens[match.last].end };
}

class FactSet {
  readonly evidence: Evidence[] = [];
  constructor(
    private readonly text: string,
    private readonly tokens: readonly ResolvedToken[],
  ) {}

  note(fact: string, match: FactMatch): void {
    const span = spanOf(this.tokens, match);
    this.evidence.push({ fact, text: this.text.slice(span.start, span.end), start: span.start, end: span.end });
  }
}

function statedFacts(text: string, tokens: readonly ResolvedToken[], context: SpanContext): FactMatch[] {
  return context.facts.filter((match) => {
    if (match.fact.startsWith('cue.')) return false;
    if (match.first === match.last && CAPITALS_ONLY.has(tokens[match.first].form)) {
      const raw = text.slice(tokens[match.first].start, tokens[match.first].end);
      if (raw !== raw.toUpperCase()) return false;
    }
    // A gap never reaches into another clause: "his mum kicked him out, drinking most nights" is his drinking.
    if (match.gapped && tokens[match.first].clause !== tokens[match.last].clause) return false;
    if (context.negated(match)) return false;
    if (!HYPOTHETICAL_KEEPS.has(match.fact) && context.hypothetical(match)) return false;
    if (CHILD_ONLY(match.fact) && context.aboutSomeoneElse(match)) return false;
    return true;
  });
}

/** CAMHS asked for, seen, waited for or turned down: one reading per span, the request first. */
function settleCamhs(facts: FactMatch[], tokens: readonly ResolvedToken[]): FactMatch[] {
  const requests = facts.filter((match) => match.fact === 'camhs.requested');
  const waits = facts.filter((match) => match.fact === 'involved.camhs-waiting');
  const rejectedSentences = new Set(
    facts.filter((match) => match.fact === 'camhs.rejected').map((match) => tokens[match.first].sentence),
  );
  return facts.filter((match) => {
    if (match.fact === 'involved.camhs-waiting')
      return (
        !requests.some((request) => overlaps(request, match)) && !rejectedSentences.has(tokens[match.first].sentence)
      );
    if (match.fact === 'involved.camhs')
      return (
        !requests.some((request) => overlaps(request, match)) &&
        !waits.some((wait) => overlaps(wait, match)) &&
        !rejectedSentences.has(tokens[match.first].sentence)
      );
    return true;
  });
}

/** "on the ASD pathway" holds "ASD": one diagnosis, as written in full. */
function withoutContainedDiagnoses(facts: FactMatch[]): FactMatch[] {
  const diagnoses = facts.filter((match) => match.fact === 'diagnosis');
  return facts.filter(
    (match) =>
      match.fact !== 'diagnosis' ||
      !diagnoses.some(
        (other) =>
          other !== match &&
          other.first <= match.first &&
          other.last >= match.last &&
          other.last - other.first > match.last - match.first,
      ),
  );
}

/**
 * "fighting at home" is the home's, not the child's behaviour; "goes every day" in "no issues with
 * school, he goes every day" is how often the child attends, not how often the concern happens.
 */
function withoutNeedsInsideHome(facts: FactMatch[]): FactMatch[] {
  const holds = (outer: FactMatch, inner: FactMatch): boolean =>
    outer.first <= inner.first && outer.last >= inner.last && outer.last > outer.first;
  const home = facts.filter((match) => match.fact.startsWith('home.'));
  const inSchool = facts.filter((match) => match.fact === 'education.none');
  return facts.filter((match) => {
    if (match.fact.startsWith('needs.')) return !home.some((other) => holds(other, match));
    if (match.fact.startsWith('often.')) return !inSchool.some((other) => holds(other, match));
    return true;
  });
}

/** "Not in any school on Fridays"": part of the week out of school is a part-time timetable, not missing education. */
function settleEducation(facts: FactMatch[], tokens: readonly ResolvedToken[], all: readonly FactMatch[]): FactMatch[] {
  const partWeekClauses = new Set(
    all.filter((match) => match.fact === 'cue.partweek').map((match) => tokens[match.first].clause),
  );
  return facts.map((match) =>
    match.fact === 'education.missing-education' && partWeekClauses.has(tokens[match.first].clause)
      ? { ...match, fact: 'education.part-time' }
      : match,
  );
}

function hypotheticalFrame(frames: CompiledFrames | undefined): ((form: string) => boolean) | undefined {
  const label = frames?.names.indexOf(HYPOTHETICAL_FRAME) ?? -1;
  if (!frames || label < 0) return undefined;
  return (form) => frames.lookup(form)?.includes(label) ?? false;
}

function durationOf(howLong: AccountFacts['howLong'], howOften: AccountFacts['howOften']): DurationId | undefined {
  if (howLong === 'year') return 'year';
  if (howLong === 'days') return 'days';
  if (howLong === undefined) return howOften === 'once' ? 'once' : undefined;
  if (howOften === 'often') return `${howLong}-often`;
  if (howOften === 'sometimes') return `${howLong}-sometimes`;
  return undefined;
}

function trimmedPeriodText(text: string, tokens: readonly ResolvedToken[], match: FactMatch): string {
  // "for nine months" → "nine months"; "ers naw mis" → "naw mis"; "since September" stays whole.
  const lead = new Set(['for', 'am', 'over', 'dros', 'about', 'around']);
  const counted =
    tokens[match.first].form === 'ers' && readPeriod(tokens, match.first, match.last)?.count !== undefined;
  const first =
    (lead.has(tokens[match.first].form) || counted) && match.first < match.last ? match.first + 1 : match.first;
  const last =
    (tokens[match.last].form === 'now' || tokens[match.last].form === 'nawr') && match.last > first
      ? match.last - 1
      : match.last;
  return text.slice(tokens[first].start, tokens[last].end);
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads an account with a compiled account reading (see compileAccount.ts) and, when given, the risk
 * frames table: a word of its hypothetical frame before a span in its clause makes the span unsaid.
 */
export function readAccountWith(
  compiled: CompiledLexicons,
  rawText: string,
  locale: SupportedLocale,
  frames?: CompiledFrames,
): AccountFacts {
  const input = inputSchema.parse({ text: rawText, locale });
  const text = input.text.slice(0, MAX_ACCOUNT_LENGTH);
  const tokens = tokensFor(compiled, text);
  const context = new SpanContext(tokens, findPhrases(compiled, tokens), hypotheticalFrame(frames));
  const facts = withoutNeedsInsideHome(
    settleEducation(
      withoutContainedDiagnoses(settleCamhs(statedFacts(text, tokens, context), tokens)),
      tokens,
      context.facts,
    ),
  );
  const set = new FactSet(text, tokens);

  const needs = new Set<NeedId>();
  const education = new Set<EducationId>();
  const home = new Set<HomeContextId>();
  const involved = new Set<InvolvedId>();
  const diagnosis: string[] = [];
  // "excluded for a week": the length of the exclusion, not of the concern.
  const exclusionClauses = new Set(
    facts.filter((match) => match.fact === 'education.exclusion').map((match) => tokens[match.first].clause),
  );
  const waitSentences = new Set(
    facts.filter((match) => match.fact === 'involved.camhs-waiting').map((match) => tokens[match.first].sentence),
  );
  let deterioration: { id: DeteriorationId; at: number } | undefined;
  let camhsRequested = false;
  let camhsWait: AccountFacts['camhsWait'];
  let howLong: AccountFacts['howLong'];
  const often = new Set<string>();

  for (const match of facts) {
    const [kind, id = ''] = match.fact.split(/\.(.*)/s);
    let kept = true;
    if (kind === 'needs' && inList(NEED_IDS, id)) needs.add(id);
    else if (kind === 'education' && inList(EDUCATION_IDS, id)) education.add(id);
    else if (kind === 'home' && inList(HOME_CONTEXT_IDS, id)) home.add(id);
    else if (kind === 'involved' && inList(INVOLVED_IDS, id)) involved.add(id);
    else if (kind === 'deterioration' && inList(DETERIORATION_IDS, id)) {
      // The latest said wins: "better after half term, but worse again this week".
      if (!deterioration || match.first >= deterioration.at) deterioration = { id, at: match.first };
    } else if (kind === 'often') often.add(id);
    else if (match.fact === 'camhs.requested') camhsRequested = true;
    else if (match.fact === 'diagnosis') diagnosis.push(text.slice(tokens[match.first].start, tokens[match.last].end));
    else if (match.fact === 'period' || match.fact === 'period.bare') {
      const period = readPeriod(tokens, match.first, match.last);
      // A bare "6 wks" is read only as the length of a CAMHS wait; elsewhere it is too often a count ("2 days out of
      // 10").
      if (match.fact === 'period.bare' && !waitSentences.has(tokens[match.first].sentence)) kept = false;
      else if (waitSentences.has(tokens[match.first].sentence)) {
        if (!camhsWait) {
          const months = period ? periodMonths(period) : undefined;
          camhsWait = { text: trimmedPeriodText(text, tokens, match), ...(months !== undefined ? { months } : {}) };
        }
      } else if (period && howLong === undefined && !exclusionClauses.has(tokens[match.first].clause))
        howLong = howLongOf(period);
      else kept = false;
    } else kept = false;
    if (kept) set.note(match.fact, match);
  }

  // What one answer implies for another question of the same flow.
  if (education.has('persistent-absence')) needs.add('attendance-ebsa');
  if (home.has('caring')) needs.add('young-carer');
  if (home.has('bereavement')) needs.add('bereavement');
  if (diagnosis.length > 0) needs.add('neurodevelopmental');
  if (needs.has('young-carer')) home.add('caring');
  if ([...education].some((id) => id !== 'none')) education.delete('none');

  const howOften = often.has('often')
    ? 'often'
    : often.has('sometimes')
      ? 'sometimes'
      : often.has('once')
        ? 'once'
        : undefined;
  const duration = durationOf(howLong, howOften);

  const childWords = unique(
    readChildWords(
      text,
      tokens,
      context.facts.filter((match) => match.fact === 'cue.quote' && !context.negated(match)),
    ).map((span) => text.slice(span.start, span.end).trim()),
  );
  const opinionSpans = context.facts
    .filter((match) => match.fact === 'cue.opinion')
    .map((match) => sentenceSpan(text, tokens, match.first));
  const opinions = unique(opinionSpans.map((span) => text.slice(span.start, span.end).trim()));
  const details = readChildDetails(text, tokens);

  const ordered = <T extends string>(all: readonly T[], found: ReadonlySet<T>): T[] =>
    all.filter((id) => found.has(id));
  return accountFactsSchema.parse({
    ...(needs.size > 0 ? { needs: ordered(NEED_IDS, needs) } : {}),
    ...(duration ? { duration } : {}),
    ...(howLong ? { howLong } : {}),
    ...(howOften ? { howOften } : {}),
    ...(deterioration ? { deterioration: deterioration.id } : {}),
    ...(education.size > 0 ? { education: ordered(EDUCATION_IDS, education) } : {}),
    ...(home.size > 0 ? { homeContext: ordered(HOME_CONTEXT_IDS, home) } : {}),
    ...(involved.size > 0 ? { involved: ordered(INVOLVED_IDS, involved) } : {}),
    ...(camhsWait ? { camhsWait } : {}),
    ...(camhsRequested ? { camhsRequested: true } : {}),
    ...(diagnosis.length > 0 ? { diagnosis: unique(diagnosis) } : {}),
    ...(childWords.length > 0 ? { childWords } : {}),
    ...(opinions.length > 0 ? { opinions } : {}),
    ...details,
    evidence: set.evidence,
  });
}
