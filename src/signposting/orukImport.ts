/**
 * Open Referral UK (HSDS 3.0 profile) service records → our directory format. Keeps what maps,
 * fills what ORUK has no field for with safe defaults, and says so: every default is a warning
 * and every field left behind is listed, so a person finishes the entry before it is used.
 */
import { z } from 'zod';
import { checkServiceDirectory, formatPath } from './checkServiceDirectory';
import {
  DAYS,
  isUkPhoneNumber,
  STATUSES,
  type Contact,
  type Day,
  type LocalizedText,
  type OpeningHours,
  type Scope,
  type Service,
  type ServiceCountry,
  type ServiceDirectory,
  type Session,
} from './directorySchema';
import { inferNeeds } from './inferNeeds';

export interface ImportOptions {
  /** Date used for lastReviewed when a record has no last_modified. */
  today: Date;
  /** ORUK records do not say which country they are in. */
  country?: ServiceCountry;
  /** ORUK records do not say whether a service is national, local or in a school. */
  scope?: Scope;
}

export interface ImportResult {
  directory: ServiceDirectory;
  /** Safe defaults chosen and guesses made: check them before use. */
  warnings: string[];
  /** ORUK data our format has no place for. */
  unmapped: string[];
}

const taxonomyTerm = z.looseObject({
  name: z.string().optional(),
  term: z.string().optional(),
  description: z.string().optional(),
});
const attribute = z.looseObject({ taxonomy_term: taxonomyTerm.optional() });
const phone = z.looseObject({ number: z.string(), description: z.string().optional() });
const orukService = z.looseObject({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  description: z.string().optional(),
  url: z.string().optional(),
  email: z.string().optional(),
  status: z.string().optional(),
  fees: z.string().optional(),
  fees_description: z.string().optional(),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  alert: z.string().optional(),
  last_modified: z.string().optional(),
  schedules: z
    .array(
      z.looseObject({
        freq: z.string().optional(),
        byday: z.string().optional(),
        opens_at: z.string().optional(),
        closes_at: z.string().optional(),
        description: z.string().optional(),
      }),
    )
    .optional(),
  service_areas: z
    .array(z.looseObject({ name: z.string().optional(), service_area: z.string().optional() }))
    .optional(),
  service_at_locations: z
    .array(
      z.looseObject({
        location: z
          .looseObject({
            location_type: z.string().optional(),
            name: z.string().optional(),
            addresses: z
              .array(
                z.looseObject({
                  address_1: z.string().optional(),
                  city: z.string().optional(),
                  postal_code: z.string().optional(),
                }),
              )
              .optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  languages: z.array(z.looseObject({ code: z.string().optional(), name: z.string().optional() })).optional(),
  organization: z.looseObject({ name: z.string().optional(), website: z.string().optional() }).optional(),
  cost_options: z
    .array(
      z.looseObject({
        option: z.string().optional(),
        amount: z.number().optional(),
        amount_description: z.string().optional(),
      }),
    )
    .optional(),
  contacts: z.array(z.looseObject({ phones: z.array(phone).optional() })).optional(),
  phones: z.array(phone).optional(),
  attributes: z.array(attribute).optional(),
});
type OrukService = z.infer<typeof orukService>;

/** Top-level ORUK fields we use (fully or partly); any other field is reported as not mapped. */
const USED = new Set(Object.keys(orukService.shape));
const SCHEDULE_USED = new Set(['id', 'service_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description']);
const BYDAY: Record<string, Day> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

/** One service, an array of them, or a paginated /services body ({ contents: [...] }). */
export function orukRecords(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (typeof input === 'object' && input !== null && 'contents' in input && Array.isArray(input.contents))
    return input.contents;
  if (typeof input === 'object' && input !== null) return [input];
  throw new Error('expected an Open Referral UK service object, an array of them, or a /services page with "contents"');
}

export function importOruk(input: unknown, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const unmapped: string[] = [];
  const services: Service[] = [];
  const ids = new Set<string>();
  orukRecords(input).forEach((raw, index) => {
    const parsed = orukService.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        warnings.push(`record ${index}: not imported: ${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    const where = `record ${index} (${parsed.data.id})`;
    const service = convert(
      parsed.data,
      options,
      (m) => warnings.push(`${where}: ${m}`),
      (m) => unmapped.push(`${where}: ${m}`),
    );
    if (service === undefined) return;
    if (ids.has(service.id)) {
      const renamed = `${service.id}-${index}`;
      warnings.push(`${where}: id "${service.id}" repeats an earlier record; renamed "${renamed}"`);
      service.id = renamed;
    }
    ids.add(service.id);
    services.push(service);
  });
  if (services.length > 0) warnings.unshift(...defaultsFor(options).map((m) => `all records: ${m}`));
  return { directory: { services }, warnings, unmapped };
}

function convert(
  r: OrukService,
  options: ImportOptions,
  warn: (m: string) => void,
  notMapped: (m: string) => void,
): Service | undefined {
  for (const key of Object.keys(r)) if (!USED.has(key)) notMapped(`${key} (no matching field)`);
  const en = (text: string): LocalizedText => ({ 'en-GB': text.trim() });

  const contacts = contactsOf(r, warn);
  if (contacts.length === 0) {
    warn('not imported: no phone number, https web address or email to offer');
    return undefined;
  }

  const status = (STATUSES as readonly string[]).includes(r.status ?? '') ? (r.status as Service['status']) : undefined;
  if (status === undefined)
    warn(
      `status ${JSON.stringify(r.status)} is not an ORUK status; set to "inactive" so it is not suggested until checked`,
    );

  const description = r.description?.trim();
  if (description === undefined || description === '') warn('no description; the name is used');

  const taxonomy = (r.attributes ?? [])
    .flatMap((a) => [a.taxonomy_term?.name, a.taxonomy_term?.term, a.taxonomy_term?.description])
    .filter((t): t is string => t !== undefined);
  const needs = inferNeeds([r.name, description ?? '', ...taxonomy]);
  if (needs.length > 0) warn(`needs inferred from keywords: ${needs.join(', ')}; check them`);
  else warn('no needs recognised; needs left empty, so it is never suggested until you add them');

  let lastReviewed =
    r.last_modified !== undefined && /^\d{4}-\d{2}-\d{2}/.test(r.last_modified)
      ? r.last_modified.slice(0, 10)
      : undefined;
  if (lastReviewed === undefined) {
    lastReviewed = options.today.toISOString().slice(0, 10);
    warn(`no last_modified; lastReviewed set to today (${lastReviewed})`);
  }

  const languages = languagesOf(r, warn);
  const openingHours = openingHoursOf(r, warn, notMapped);
  const areas = (r.service_areas ?? []).map((a) => (a.name ?? a.service_area ?? '').trim()).filter((a) => a !== '');
  const locations = (r.service_at_locations ?? []).flatMap((sal) => {
    const loc = sal.location;
    if (loc === undefined || loc.location_type === 'virtual') return [];
    const address = loc.addresses?.[0];
    const line = [address?.address_1, address?.city].filter((p) => p !== undefined && p.trim() !== '').join(', ');
    const name = loc.name?.trim() || line;
    if (name === '') return [];
    return [
      {
        name,
        ...(line !== '' ? { address: line } : {}),
        ...(address?.postal_code ? { postcode: address.postal_code } : {}),
      },
    ];
  });
  if (
    (r.service_at_locations ?? []).some(
      (sal) =>
        sal.location !== undefined &&
        Object.keys(sal.location).some((k) =>
          ['accessibility', 'latitude', 'longitude', 'external_identifier'].includes(k),
        ),
    )
  )
    notMapped(
      'service_at_locations[].location accessibility, coordinates and identifiers (only name and address are kept)',
    );
  if (r.contacts?.some((c) => Object.keys(c).some((k) => k !== 'phones' && k !== 'id' && k !== 'service_id')))
    notMapped('contacts[] names and job titles (named people are not kept; their phone numbers are)');
  if ((r.attributes ?? []).length > 0) notMapped('attributes (taxonomy terms are used only to guess needs)');
  if (r.organization && Object.keys(r.organization).some((k) => k !== 'name' && k !== 'website'))
    notMapped('organization fields other than name and website');

  const ageFields = {
    ...(r.minimum_age !== undefined && Number.isInteger(r.minimum_age) && r.minimum_age >= 0 && r.minimum_age <= 120
      ? { minimumAge: r.minimum_age }
      : {}),
    ...(r.maximum_age !== undefined && Number.isInteger(r.maximum_age) && r.maximum_age >= 0 && r.maximum_age <= 120
      ? { maximumAge: r.maximum_age }
      : {}),
  };
  if (
    ageFields.minimumAge !== undefined &&
    ageFields.maximumAge !== undefined &&
    ageFields.minimumAge > ageFields.maximumAge
  ) {
    warn('minimum_age is above maximum_age; both dropped');
    delete ageFields.minimumAge;
    delete ageFields.maximumAge;
  }
  const organizationUrl =
    r.organization?.website !== undefined ? toHttps(r.organization.website, 'organization.website', warn) : undefined;
  const organizationName = r.organization?.name?.trim();
  if (!organizationName) warn('no organization name; the service name is used');

  const service: Service = {
    id: idOf(r.id, r.name, warn),
    name: en(r.name),
    organization: {
      name: organizationName || r.name.trim(),
      ...(organizationUrl !== undefined ? { url: organizationUrl } : {}),
    },
    description: en(description || r.name),
    ...(r.alert !== undefined && r.alert.trim() !== '' ? { alert: en(r.alert) } : {}),
    status: status ?? 'inactive',
    scope: options.scope ?? 'local',
    country: options.country ?? 'both',
    ...(areas.length > 0 ? { serviceAreas: areas } : {}),
    tier: 'community',
    crisis: false,
    eligibility: { ...ageFields, audience: ['young-person', 'parent-carer', 'professional'] },
    needs,
    levels: [1, 2],
    access: { referral: [] },
    contacts,
    ...(locations.length > 0 ? { locations } : {}),
    ...(openingHours !== undefined ? { openingHours } : {}),
    ...costOf(r),
    languages,
    lastReviewed,
  };
  return service;
}

/** Fields ORUK has no place for, given the same safe default in every record. */
function defaultsFor(options: ImportOptions): string[] {
  return [
    ...(options.scope === undefined ? ['scope is not in ORUK; set to "local" (use --scope to choose)'] : []),
    ...(options.country === undefined
      ? ['country is not in ORUK; set to "both" (use --country england or --country wales)']
      : []),
    'tier is not in ORUK; set to "community" (a specialist service also needs interimSupport)',
    'levels of need are not in ORUK; set to [1, 2]',
    'audience is not in ORUK; set to young people, parents and professionals',
    'referral routes are not in ORUK; left empty, shown as "ask the service how to be referred"',
    'crisis is not in ORUK; set to false',
  ];
}

function idOf(id: string, name: string, warn: (m: string) => void): string {
  const lower = id.toLowerCase();
  if (/^[a-z0-9][a-z0-9-]{0,99}$/.test(lower)) return lower;
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'service';
  warn(`id ${JSON.stringify(id)} cannot be used as it is; using "${slug}"`);
  return slug;
}

function toHttps(value: string, field: string, warn: (m: string) => void): string | undefined {
  if (!URL.canParse(value.trim())) {
    warn(`${field} ${JSON.stringify(value)} is not a URL; dropped`);
    return undefined;
  }
  const url = new URL(value.trim());
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:') {
    url.protocol = 'https:';
    warn(`${field} ${value} uses http; changed to ${url.href} (check it works)`);
    return url.href;
  }
  warn(`${field} ${JSON.stringify(value)} is not a web address; dropped`);
  return undefined;
}

function contactsOf(r: OrukService, warn: (m: string) => void): Contact[] {
  const contacts: Contact[] = [];
  const phones = [...(r.phones ?? []), ...(r.contacts ?? []).flatMap((c) => c.phones ?? [])];
  for (const p of phones) {
    if (isUkPhoneNumber(p.number))
      contacts.push({ phone: p.number.trim(), ...(p.description ? { label: { 'en-GB': p.description.trim() } } : {}) });
    else warn(`phone ${JSON.stringify(p.number)} is not a UK number; dropped`);
  }
  if (r.url !== undefined) {
    const url = toHttps(r.url, 'url', warn);
    if (url !== undefined) contacts.push({ url, kind: 'website' });
  }
  if (r.email !== undefined) {
    if (z.email().safeParse(r.email.trim()).success) contacts.push({ email: r.email.trim() });
    else warn(`email ${JSON.stringify(r.email)} is not an email address; dropped`);
  }
  if (contacts.length === 0 && r.organization?.website !== undefined) {
    const url = toHttps(r.organization.website, 'organization.website', warn);
    if (url !== undefined) {
      contacts.push({ url, kind: 'website' });
      warn('no service contact; the organisation website is offered instead');
    }
  }
  return contacts;
}

function languagesOf(r: OrukService, warn: (m: string) => void): string[] {
  const codes = new Set<string>();
  for (const l of r.languages ?? []) {
    const code = (l.code ?? '').trim().toLowerCase();
    if (/^[a-z]{2,3}$/.test(code)) codes.add(code);
    else if (/^welsh$|^cymraeg$/i.test((l.name ?? '').trim())) codes.add('cy');
    else if (/^english$/i.test((l.name ?? '').trim())) codes.add('en');
  }
  if (codes.has('cy')) {
    // We have no Welsh text to show, and a Welsh-language service must read in Welsh.
    codes.delete('cy');
    warn(
      'offered in Welsh, but the record has no Welsh text: add name.cy and description.cy, then add "cy" to languages',
    );
  }
  if (codes.size === 0) {
    warn(`${(r.languages ?? []).length > 0 ? 'languages carry no language code' : 'no languages'}; set to ["en"]`);
    codes.add('en');
  }
  return [...codes];
}

function openingHoursOf(
  r: OrukService,
  warn: (m: string) => void,
  notMapped: (m: string) => void,
): OpeningHours | undefined {
  const sessions: Session[] = [];
  const notes: string[] = [];
  (r.schedules ?? []).forEach((s, i) => {
    const extra = Object.keys(s).filter((k) => !SCHEDULE_USED.has(k));
    if (extra.length > 0) notMapped(`schedules[${i}] ${extra.join(', ')}`);
    if (s.description?.trim()) notes.push(s.description.trim());
    const days = (s.byday ?? '')
      .split(',')
      .map((d) => BYDAY[d.trim().toUpperCase().slice(-2)])
      .filter((d): d is Day => d !== undefined);
    const opens = hhmm(s.opens_at);
    const closes = hhmm(s.closes_at);
    if (s.freq !== 'WEEKLY' || days.length === 0 || opens === undefined || closes === undefined) {
      warn(`schedules[${i}] is not a weekly schedule with days and times; kept as a note only`);
      return;
    }
    const ordered = DAYS.filter((d) => days.includes(d));
    if (opens < closes) sessions.push({ days: ordered, opens, closes });
    else {
      // Overnight: split at midnight, the second part on the following day.
      sessions.push({ days: ordered, opens, closes: '24:00' });
      if (closes !== '00:00')
        sessions.push({ days: ordered.map((d) => DAYS[(DAYS.indexOf(d) + 1) % 7] as Day), opens: '00:00', closes });
    }
  });
  if (sessions.length === 0 && notes.length === 0) return undefined;
  return {
    ...(sessions.length > 0 ? { sessions } : {}),
    ...(notes.length > 0 ? { note: { 'en-GB': notes.join(' ') } } : {}),
  };
}

function hhmm(time: string | undefined): string | undefined {
  const m = /^(\d{2}):(\d{2})/.exec(time ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]}:${m[2]}`;
}

function costOf(r: OrukService): Pick<Service, 'cost'> {
  const options = r.cost_options ?? [];
  const fees = (r.fees_description ?? r.fees)?.trim();
  if (options.length === 0 && !fees) return {};
  const parts = options.map((o) =>
    [o.option, o.amount !== undefined ? `£${o.amount.toFixed(2)}` : undefined, o.amount_description]
      .filter((p) => p !== undefined && p !== '')
      .join(' '),
  );
  if (fees) parts.push(fees);
  const free = options.length > 0 ? options.every((o) => o.amount === 0) : /^free\b/i.test(fees ?? '');
  const description = parts.filter((p) => p !== '').join('; ');
  return { cost: { free, ...(description !== '' ? { description: { 'en-GB': description } } : {}) } };
}

/** The import's own output must pass the checker; anything that does not is a bug here, reported plainly. */
export function checkImported(result: ImportResult, now: Date): string[] {
  return checkServiceDirectory(result.directory, now).problems;
}
