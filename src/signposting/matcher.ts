/**
 * The matcher: from what staff know (needs, age, level of need, area, country, risk) to an
 * ordered list of help. Pure: the clock comes in as `now`, wording goes out as i18n keys.
 *
 * The order is the review panel's learning made concrete: school help, then community help,
 * then specialist services (each with interim support and the wait); crisis lines whenever a
 * risk was raised, the ones answering now first.
 */
import type { TranslateParams } from '../i18n/translate';
import type { Contact, LocalizedText, ReferralRoute, Service, ServiceDirectory, Tier } from './directorySchema';
import type { LevelOfNeed, Need } from './needs';
import { compileHours, isOutOfHours, ukClock, type CompiledHours } from './openingHours';

/** The product's risk vocabulary (product.md), lowest to highest. */
export type RiskLevel = 'none' | 'concern' | 'urgent' | 'immediate';
export type UserCountry = 'england' | 'wales';

export interface SignpostingQuery {
  needs: readonly Need[];
  /** The child's age in whole years, when known. */
  age?: number;
  level: LevelOfNeed;
  /** The local area named by the user or their organisation, e.g. "Exampleshire". */
  area?: string;
  /** Unknown: services of both countries are offered. */
  country?: UserCountry;
  now: Date;
  /** The highest risk level raised in the conversation; absent or "none" when no risk was raised. */
  risk?: RiskLevel;
  /** A referral to specialist mental health (CAMHS/CYPMHS) is being considered. */
  camhsConsidered?: boolean;
  /** Most suggestions per tier (default 4), so one card stays readable. */
  perTier?: number;
  /** Most crisis lines (default 6); a local route open now is always kept. */
  maxCrisis?: number;
}

/**
 * Why something is said: an i18n key with values. `terms` are lists of i18n keys that the renderer
 * translates and joins before interpolating (e.g. the needs a service meets).
 */
export interface Reason {
  key: string;
  params?: TranslateParams;
  terms?: Record<string, string[]>;
}

export interface Suggestion {
  service: Service;
  tier: Tier;
  why: Reason[];
  access: { referral: ReferralRoute[]; description?: LocalizedText };
  /** Contacts for the user's country, in directory order. */
  contacts: Contact[];
  /** Whether the service answers now; undefined when its hours are not known. */
  openNow?: boolean;
  alwaysOpen: boolean;
  /**
   * For specialist services: what to offer while waiting (may be empty for imported entries; the card then gives
   * general advice).
   */
  interimSupport: LocalizedText[];
  typicalWait?: Service['typicalWait'];
}

export interface CamhsGuidance {
  /** The directory's CAMHS/CYPMHS services for this child, with their remit. */
  services: Suggestion[];
  /** Keys saying how this child's needs sit against the usual remit (e.g. behaviour alone is usually not taken). */
  fit: Reason[];
}

export interface SignpostingResult {
  outOfHours: boolean;
  /** Things to do first, most serious first (999, child protection referral, early help assessment). */
  notices: Reason[];
  /** Crisis and safeguarding lines: never empty when a risk was raised and the directory has one. */
  crisis: Suggestion[];
  /** Ordered school → community → specialist. */
  suggestions: Suggestion[];
  camhs?: CamhsGuidance;
}

export interface Matcher {
  match(query: SignpostingQuery): SignpostingResult;
  readonly size: number;
}

/** What the matcher precomputes per service, so a query only compares numbers and short strings. */
interface Entry {
  service: Service;
  order: number;
  tierRank: number;
  local: boolean;
  minAge: number;
  maxAge: number;
  levels: number;
  areas: string[];
  active: boolean;
  openAt: CompiledHours;
  alwaysOpen: boolean;
}

const TIER_RANK: Record<Tier, number> = { school: 0, community: 1, specialist: 2 };

/** Builds the index by need once; `match` then touches only services that meet a requested need. */
export function createMatcher(directory: ServiceDirectory): Matcher {
  const byNeed = new Map<Need, Entry[]>();
  const crisis: Entry[] = [];
  const specialistMentalHealth: Entry[] = [];
  const entries = directory.services.map((service, order): Entry => {
    const entry: Entry = {
      service,
      order,
      tierRank: TIER_RANK[service.tier],
      local: service.scope !== 'national',
      minAge: service.eligibility.minimumAge ?? 0,
      maxAge: service.eligibility.maximumAge ?? Number.POSITIVE_INFINITY,
      levels: service.levels.reduce((mask, level) => mask | (1 << level), 0),
      areas: (service.serviceAreas ?? []).map(normaliseArea),
      active: service.status === 'active',
      openAt: compileHours(service.openingHours),
      alwaysOpen: service.openingHours?.alwaysOpen === true,
    };
    for (const need of service.needs) {
      const list = byNeed.get(need);
      if (list) list.push(entry);
      else byNeed.set(need, [entry]);
    }
    if (service.crisis) crisis.push(entry);
    if (service.specialistMentalHealth === true) specialistMentalHealth.push(entry);
    return entry;
  });

  function match(query: SignpostingQuery): SignpostingResult {
    const clock = ukClock(query.now);
    const outOfHours = isOutOfHours(clock);
    const area = query.area === undefined || query.area.trim() === '' ? undefined : normaliseArea(query.area);
    const riskRaised = query.risk !== undefined && query.risk !== 'none';
    const perTier = query.perTier ?? 4;
    const fits = (e: Entry): boolean =>
      e.active &&
      countryFits(e.service, query.country) &&
      (query.age === undefined || (query.age >= e.minAge && query.age <= e.maxAge)) &&
      (!e.local || area === undefined || e.areas.length === 0 || e.areas.includes(area));
    const openNow = (e: Entry): boolean | undefined => e.openAt(clock);

    // Crisis lines first, so the same service is not listed twice.
    // The cap keeps the card short, but never drops a local safeguarding route that answers now (the front door, the
    // EDT).
    const maxCrisis = query.maxCrisis ?? 6;
    const crisisEntries = riskRaised
      ? rankCrisis(crisis.filter(fits), query, outOfHours, openNow).filter(
          (e, i) => i < maxCrisis || (e.local && openNow(e) === true),
        )
      : [];
    // When CAMHS/CYPMHS is considered, its services are explained in full in their own section.
    const camhsEntries =
      query.camhsConsidered === true ? specialistMentalHealth.filter((e) => fits(e) && !crisisEntries.includes(e)) : [];
    const listedElsewhere = new Set([...crisisEntries, ...camhsEntries]);

    const wanted = new Set(query.needs);
    const candidates = new Map<Entry, Need[]>();
    const rejected = new Set<Entry>();
    const levelBit = 1 << query.level;
    for (const need of wanted) {
      for (const e of byNeed.get(need) ?? []) {
        if ((e.levels & levelBit) === 0 || listedElsewhere.has(e) || rejected.has(e)) continue;
        const matched = candidates.get(e);
        if (matched) matched.push(need);
        else if (fits(e)) candidates.set(e, [need]);
        else rejected.add(e);
      }
    }
    // More of the requested needs first; then services focused on them (Beat before a general helpline for eating),
    // local, Welsh.
    const score = (e: Entry, matched: Need[]): number =>
      matched.length * 100 +
      Math.round((20 * matched.length) / e.service.needs.length) +
      (e.local ? 10 : 0) +
      (query.country === 'wales' && e.service.country === 'wales' ? 5 : 0);
    const ranked = [...candidates]
      .map(([e, matched]) => ({ e, matched, score: score(e, matched) }))
      .sort((a, b) => a.e.tierRank - b.e.tierRank || b.score - a.score || a.e.order - b.e.order);
    const perTierCount = [0, 0, 0];
    const suggestions: Suggestion[] = [];
    for (const { e, matched } of ranked) {
      if (perTierCount[e.tierRank]++ >= perTier) continue;
      suggestions.push(suggestion(e, query, openNow(e), needReasons(matched, query)));
    }

    return {
      outOfHours,
      notices: notices(query, outOfHours),
      crisis: crisisEntries.map((e) => suggestion(e, query, openNow(e), crisisReasons(e, openNow(e)))),
      suggestions,
      camhs: query.camhsConsidered === true ? camhsGuidance(camhsEntries, query, openNow) : undefined,
    };
  }

  return { match, size: entries.length };
}

/** One-off matching; build a Matcher once when matching many times. */
export function matchServices(directory: ServiceDirectory, query: SignpostingQuery): SignpostingResult {
  return createMatcher(directory).match(query);
}

export function normaliseArea(area: string): string {
  return area.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function countryFits(service: Service, country: UserCountry | undefined): boolean {
  return country === undefined || service.country === 'both' || service.country === country;
}

/**
 * Out of hours, 24/7 lines first; in office hours, what answers now, local first (the front door for a safeguarding
 * concern).
 */
function rankCrisis(
  list: Entry[],
  query: SignpostingQuery,
  outOfHours: boolean,
  openNow: (e: Entry) => boolean | undefined,
): Entry[] {
  const wanted = new Set(query.needs);
  const rank = (e: Entry): number => {
    const open = openNow(e);
    if (outOfHours) return e.alwaysOpen ? 0 : open === true ? 1 : open === undefined ? 2 : 3;
    if (open === true) return e.local ? 0 : 1;
    return open === undefined ? 2 : 3;
  };
  // In Wales, a Welsh line answering now comes before an English one answering now.
  const welsh = (e: Entry): number => (query.country === 'wales' && e.service.languages.includes('cy') ? 0 : 1);
  const meets = (e: Entry): number => (e.service.needs.some((n) => wanted.has(n)) ? 0 : 1);
  return list
    .map((e) => ({ e, rank: rank(e), welsh: welsh(e), meets: meets(e) }))
    .sort((a, b) => a.rank - b.rank || a.welsh - b.welsh || a.meets - b.meets || a.e.order - b.e.order)
    .map(({ e }) => e);
}

function suggestion(e: Entry, query: SignpostingQuery, openNow: boolean | undefined, why: Reason[]): Suggestion {
  const s = e.service;
  const reasons = [...why];
  if (query.age !== undefined && (s.eligibility.minimumAge !== undefined || s.eligibility.maximumAge !== undefined))
    reasons.push(ageReason(s));
  if (e.local && query.area !== undefined && s.serviceAreas !== undefined && s.serviceAreas.length > 0) {
    const wanted = normaliseArea(query.area);
    const named = s.serviceAreas.find((a) => normaliseArea(a) === wanted);
    if (named !== undefined) reasons.push({ key: 'why.localArea', params: { area: named } });
  }
  if (s.scope === 'school') reasons.push({ key: 'why.inSchool' });
  if (query.country === 'wales' && s.languages.includes('cy')) reasons.push({ key: 'why.welshLanguage' });
  if (s.cost?.free === true) reasons.push({ key: 'why.free' });
  return {
    service: s,
    tier: s.tier,
    why: reasons,
    access: { referral: [...s.access.referral], description: s.access.description },
    contacts: s.contacts.filter(
      (c) => c.country === undefined || query.country === undefined || c.country === query.country,
    ),
    openNow,
    alwaysOpen: e.alwaysOpen,
    interimSupport: s.tier === 'specialist' ? [...(s.interimSupport ?? [])] : [],
    typicalWait: s.typicalWait,
  };
}

function needReasons(matched: Need[], query: SignpostingQuery): Reason[] {
  // Keep the order the user gave the needs in, so the first reason is about their main worry.
  const order = new Map(query.needs.map((n, i) => [n, i]));
  const sorted = [...matched].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return [{ key: 'why.meetsNeeds', terms: { needs: sorted.map((n) => `needs.${n}`) } }];
}

function crisisReasons(e: Entry, openNow: boolean | undefined): Reason[] {
  if (e.alwaysOpen) return [{ key: 'why.crisisAlwaysOpen' }];
  if (openNow === true) return [{ key: 'why.crisisOpenNow' }];
  if (openNow === false) return [{ key: 'why.crisisClosedNow' }];
  return [{ key: 'why.crisis' }];
}

function ageReason(s: Service): Reason {
  const { minimumAge: min, maximumAge: max } = s.eligibility;
  if (min !== undefined && max !== undefined) return { key: 'why.ageRange', params: { min, max } };
  if (min !== undefined) return { key: 'why.ageFrom', params: { min } };
  return { key: 'why.ageUpTo', params: { max: max ?? 0 } };
}

function notices(query: SignpostingQuery, outOfHours: boolean): Reason[] {
  const out: Reason[] = [];
  if (query.risk === 'immediate') out.push({ key: 'notices.emergency' });
  else if (query.risk === 'urgent') out.push({ key: 'notices.urgent' });
  else if (query.risk === 'concern') out.push({ key: 'notices.concern' });
  if (query.level === 4) out.push({ key: 'notices.childProtection' });
  if (outOfHours && (query.risk === 'immediate' || query.risk === 'urgent' || query.level === 4))
    out.push({ key: 'notices.outOfHours' });
  // Several needs call for a joined-up plan, not parallel referrals (the panel's "no holistic assessment").
  if (new Set(query.needs).size > 1 && query.level >= 2 && query.level <= 3)
    out.push({ key: 'notices.earlyHelpAssessment' });
  return out;
}

/** How the needs in hand sit against the usual CAMHS/CYPMHS remit (early-help brief §6). */
const USUALLY_NOT: Partial<Record<Need, string>> = {
  behaviour: 'camhs.fit.behaviour',
  bereavement: 'camhs.fit.grief',
  'family-support': 'camhs.fit.parenting',
  'substance-use': 'camhs.fit.substance',
  neurodevelopmental: 'camhs.fit.learning',
};
const OFTEN_IN_REMIT: readonly Need[] = ['anxiety-low-mood', 'self-harm', 'suicidal-thoughts', 'eating', 'trauma'];

function camhsGuidance(
  list: Entry[],
  query: SignpostingQuery,
  openNow: (e: Entry) => boolean | undefined,
): CamhsGuidance {
  const fit: Reason[] = [];
  const inRemit = query.needs.filter((n) => OFTEN_IN_REMIT.includes(n));
  if (inRemit.length > 0)
    fit.push({ key: 'camhs.fit.mayBeInRemit', terms: { needs: inRemit.map((n) => `needs.${n}`) } });
  for (const need of query.needs) {
    const key = USUALLY_NOT[need];
    if (key !== undefined) fit.push({ key });
  }
  if (query.level === 1) fit.push({ key: 'camhs.fit.mild' });
  fit.push({ key: 'camhs.neverSubstitute' });
  const wanted = new Set(query.needs);
  return {
    services: list.map((e) => {
      const matched = e.service.needs.filter((n) => wanted.has(n));
      return suggestion(e, query, openNow(e), [
        { key: 'why.specialistMentalHealth' },
        ...(matched.length > 0 ? needReasons(matched, query) : []),
      ]);
    }),
    fit,
  };
}
