/**
 * The service directory format: Open Referral UK's service record, flattened to what a person
 * needs to act on (who, for whom, how to reach them, when, how long the wait), plus the fields
 * the matcher needs (needs met, levels of need, remit, interim support, tier, crisis).
 * Documented field by field in deployment/directory/README.md; the JSON Schema there is
 * generated from this file.
 */
import { z } from 'zod';
import { NEEDS, type LevelOfNeed, type Need } from './needs';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** A field-specific message, except that a missing field is simply "is required". */
const orRequired =
  (message: string | ((input: unknown) => string)) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : typeof message === 'string' ? message : message(issue.input);

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

/** Text a person reads. English is required; Welsh is required where the service works in Welsh. */
export const localizedTextSchema = z
  .strictObject({
    'en-GB': nonEmptyText.meta({ description: 'English (UK) text.' }),
    cy: nonEmptyText
      .optional()
      .meta({ description: 'Welsh text. Required in name and description of a service offered in Welsh.' }),
  })
  .meta({
    id: 'LocalizedText',
    description: 'Text in English and, optionally, Welsh: { "en-GB": "...", "cy": "..." }.',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const httpsUrl = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:', {
    error: (iss) => `${JSON.stringify(iss.input)} is not an https:// URL`,
  });

/** A UK number as people write it: digits and spaces; a leading +44 is accepted. */
const ukPhoneNumber = z
  .string()
  .trim()
  .refine((v) => isUkPhoneNumber(v), {
    error: (iss) =>
      `${JSON.stringify(iss.input)} is not a UK phone number: write 8 to 11 digits starting with 0 (e.g. "0800 1111"), or a short number (e.g. "116 123", "111")`,
  });

const textNumber = z
  .string()
  .trim()
  .refine((v) => isUkPhoneNumber(v), {
    error: (iss) =>
      `${JSON.stringify(iss.input)} is not a number that takes texts: write a short code (e.g. "85258") or a UK mobile (e.g. "07700 900123")`,
  });

/** National digits ("08001111") from a number as written ("0800 1111", "+44 800 1111"). */
export function phoneDigits(written: string): string {
  const compact = written.replace(/\s+/g, '');
  return compact.startsWith('+44') ? `0${compact.slice(3)}` : compact;
}

export function isUkPhoneNumber(written: string): boolean {
  if (!/^\+?[0-9 ]+$/.test(written.trim())) return false;
  const digits = phoneDigits(written);
  return /^0\d{7,10}$/.test(digits) || /^[1-9]\d{2,5}$/.test(digits);
}

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time "HH:MM", e.g. "09:30"' });
const closingTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  error: 'must be a 24-hour time "HH:MM" ("24:00" for midnight), e.g. "17:00"',
});

export const sessionSchema = z
  .strictObject({
    days: z
      .array(z.enum(DAYS, { error: orRequired(`must be one of ${DAYS.join(', ')}`) }))
      .min(1, { error: 'must list at least one day' }),
    opens: clockTime,
    closes: closingTime,
  })
  .refine((s) => s.opens < s.closes, {
    error: 'opens must be before closes (split an overnight session at "24:00")',
    path: ['closes'],
  })
  .meta({
    id: 'Session',
    description:
      'A weekly session in UK time. Overnight opening is two sessions: "17:00"–"24:00" and "00:00"–"09:00" the next day.',
  });
export type Session = z.infer<typeof sessionSchema>;

export const openingHoursSchema = z
  .strictObject({
    alwaysOpen: z.boolean().optional().meta({ description: 'true for a 24/7 service.' }),
    sessions: z
      .array(sessionSchema)
      .optional()
      .meta({ description: 'Weekly opening sessions (UK time). Omit when alwaysOpen.' }),
    note: localizedTextSchema
      .optional()
      .meta({ description: 'Anything the sessions cannot say, e.g. "Closed on bank holidays".' }),
  })
  .refine((h) => !(h.alwaysOpen === true && h.sessions !== undefined && h.sessions.length > 0), {
    error: 'give either alwaysOpen: true or sessions, not both',
  })
  .meta({
    id: 'OpeningHours',
    description:
      'When the service (or one contact) answers. No sessions and no alwaysOpen means the hours are not known.',
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const COUNTRIES = ['england', 'wales', 'both'] as const;
export type ServiceCountry = (typeof COUNTRIES)[number];
const contactCountry = z.enum(['england', 'wales'], { error: orRequired('must be "england" or "wales"') });
const languageCode = z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 language code, e.g. "en" or "cy"' });

/** One way to reach the service: exactly one of phone, text, url, email. */
export const contactSchema = z
  .strictObject({
    phone: ukPhoneNumber.optional().meta({ description: 'A number to call, e.g. "0800 1111".' }),
    text: textNumber.optional().meta({ description: 'A number to text, e.g. "85258".' }),
    keyword: z
      .string()
      .regex(/^[A-Za-z0-9]{1,20}$/, { error: 'must be one word of letters and digits, e.g. "SHOUT"' })
      .optional()
      .meta({ description: 'With text: the word to send, e.g. "SHOUT".' }),
    url: httpsUrl.optional().meta({ description: 'A web page: the website, web chat or online form.' }),
    kind: z
      .enum(['website', 'chat', 'form', 'whatsapp'], { error: 'must be one of website, chat, form, whatsapp' })
      .optional()
      .meta({ description: 'With url: what the page is. With text: "whatsapp" if the number also takes WhatsApp.' }),
    email: z
      .email({ error: orRequired('must be an email address') })
      .optional()
      .meta({ description: 'An email address.' }),
    label: localizedTextSchema.optional().meta({ description: 'What this contact is for, e.g. "Parents Helpline".' }),
    openingHours: openingHoursSchema
      .optional()
      .meta({ description: "This contact's hours, when they differ from the service's." }),
    languages: z
      .array(languageCode)
      .optional()
      .meta({ description: 'Languages this contact answers in, when they differ from the service.' }),
    country: contactCountry
      .optional()
      .meta({ description: 'Only for people in this country (e.g. a separate Wales number).' }),
    verify: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'A note that this value is not confirmed from a current primary source.' }),
  })
  .superRefine((c, ctx) => {
    const ways = (['phone', 'text', 'url', 'email'] as const).filter((k) => c[k] !== undefined);
    if (ways.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          ways.length === 0
            ? 'give one of phone, text, url or email'
            : `give only one of ${ways.join(', ')} per contact`,
      });
    if (c.keyword !== undefined && c.text === undefined)
      ctx.addIssue({ code: 'custom', path: ['keyword'], message: 'keyword goes with text' });
    if (c.kind !== undefined && c.url === undefined && !(c.kind === 'whatsapp' && c.text !== undefined))
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'kind goes with url (or "whatsapp" with text)' });
  })
  .meta({ id: 'Contact', description: 'One way to reach the service: exactly one of phone, text, url or email.' });
export type Contact = z.infer<typeof contactSchema>;

export const REFERRAL_ROUTES = ['self', 'parent', 'professional'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export const AUDIENCES = ['young-person', 'parent-carer', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const TIERS = ['school', 'community', 'specialist'] as const;
export type Tier = (typeof TIERS)[number];
export const SCOPES = ['national', 'local', 'school'] as const;
export type Scope = (typeof SCOPES)[number];
export const STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

const needSchema = z.enum(NEEDS, {
  error: orRequired((input) => `unknown need ${JSON.stringify(input)}: use one of ${NEEDS.join(', ')}`),
});
const levelSchema = z.literal([1, 2, 3, 4], {
  error: orRequired(
    (input) =>
      `unknown level of need ${JSON.stringify(input)}: use 1 (universal), 2 (early help), 3 (child in need) or 4 (child protection)`,
  ),
});
const age = z
  .int({ error: orRequired('must be a whole number of years') })
  .min(0, { error: 'must be 0 or more' })
  .max(120, { error: 'must be 120 or less' });
const isoDate = z.iso.date({ error: orRequired('must be a date "YYYY-MM-DD"') });

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

export const serviceSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, {
        error: 'must be lower-case letters, digits and hyphens, e.g. "school-nurse"',
      })
      .meta({ description: 'Stable identifier, unique in the directory. An imported ORUK record keeps its id.' }),
    name: localizedTextSchema,
    organization: z.strictObject({
      name: nonEmptyText.meta({ description: 'Who provides the service.' }),
      url: httpsUrl.optional(),
    }),
    description: localizedTextSchema.meta({ description: 'One or two sentences: what the service does.' }),
    alert: localizedTextSchema
      .optional()
      .meta({ description: 'A temporary notice (ORUK alert), e.g. a change of address.' }),
    status: z
      .enum(STATUSES, { error: orRequired(`must be one of ${STATUSES.join(', ')}`) })
      .meta({ description: 'ORUK status; only active services are suggested.' }),
    scope: z
      .enum(SCOPES, { error: orRequired(`must be one of ${SCOPES.join(', ')}`) })
      .meta({ description: 'national (anyone in the country), local (serviceAreas) or school (inside a school).' }),
    country: z
      .enum(COUNTRIES, { error: orRequired(`must be one of ${COUNTRIES.join(', ')}`) })
      .meta({ description: 'Where it is offered: england, wales or both.' }),
    serviceAreas: z.array(nonEmptyText).optional().meta({
      description: 'Local areas served (ORUK service_areas). Empty or absent: the whole area this directory covers.',
    }),
    tier: z.enum(TIERS, { error: orRequired(`must be one of ${TIERS.join(', ')}`) }).meta({
      description: 'school, community or specialist: the matcher offers them in that order (early help first).',
    }),
    crisis: z.boolean().meta({ description: 'A crisis or safeguarding route offered whenever a risk is raised.' }),
    specialistMentalHealth: z
      .boolean()
      .optional()
      .meta({ description: 'A CAMHS/CYPMHS service: its remit is explained when such a referral is considered.' }),
    eligibility: z
      .strictObject({
        minimumAge: age
          .optional()
          .meta({ description: 'Youngest age (years) of the child or young person it is for (ORUK minimum_age).' }),
        maximumAge: age
          .optional()
          .meta({ description: 'Oldest age (years), inclusive (ORUK maximum_age). "Under 19" is 18.' }),
        audience: z
          .array(z.enum(AUDIENCES, { error: orRequired(`must be one of ${AUDIENCES.join(', ')}`) }))
          .min(1, { error: 'must name at least one audience' })
          .meta({ description: 'Who may contact it: young-person, parent-carer, professional.' }),
        description: localizedTextSchema.optional(),
      })
      .refine((e) => e.minimumAge === undefined || e.maximumAge === undefined || e.minimumAge <= e.maximumAge, {
        error: 'minimumAge is above maximumAge',
        path: ['maximumAge'],
      }),
    needs: z
      .array(needSchema)
      .refine(unique, { error: 'lists a need twice' })
      .meta({ description: 'The needs it meets (values of NEEDS in src/signposting/needs.ts).' }),
    levels: z
      .array(levelSchema)
      .min(1, { error: 'must list at least one level of need' })
      .refine(unique, { error: 'lists a level twice' })
      .meta({ description: 'Levels of need served: 1 universal, 2 early help, 3 child in need, 4 child protection.' }),
    access: z.strictObject({
      referral: z
        .array(z.enum(REFERRAL_ROUTES, { error: orRequired(`must be one of ${REFERRAL_ROUTES.join(', ')}`) }))
        .refine(unique, { error: 'lists a route twice' })
        .meta({ description: 'Who can refer: self, parent, professional. Empty: not known.' }),
      description: localizedTextSchema.optional().meta({ description: 'How to access it, in a sentence.' }),
    }),
    contacts: z.array(contactSchema).meta({ description: 'Phone, text, web and email contacts, most useful first.' }),
    locations: z
      .array(
        z.strictObject({ name: nonEmptyText, address: nonEmptyText.optional(), postcode: nonEmptyText.optional() }),
      )
      .optional()
      .meta({ description: 'Where it is delivered in person (ORUK service_at_locations).' }),
    openingHours: openingHoursSchema.optional(),
    cost: z.strictObject({ free: z.boolean(), description: localizedTextSchema.optional() }).optional(),
    languages: z
      .array(languageCode)
      .min(1, { error: 'must list at least one language, e.g. ["en"]' })
      .meta({ description: 'Languages it is offered in.' }),
    typicalWait: z
      .strictObject({
        days: z
          .int({ error: orRequired('must be a whole number of days') })
          .min(0, { error: 'must be 0 or more' })
          .meta({ description: 'Typical days from referral to first help.' }),
        description: localizedTextSchema.optional(),
      })
      .optional(),
    remit: z
      .strictObject({
        takes: z.array(localizedTextSchema).optional().meta({ description: 'What it does take.' }),
        doesNotTake: z
          .array(localizedTextSchema)
          .min(1, { error: 'must list at least one thing' })
          .meta({ description: 'What it does not take.' }),
        instead: z
          .array(localizedTextSchema)
          .optional()
          .meta({ description: 'What to do instead for what it does not take.' }),
      })
      .optional(),
    interimSupport: z
      .array(localizedTextSchema)
      .optional()
      .meta({ description: 'Support to offer while waiting. Required for specialist services.' }),
    lastReviewed: isoDate.meta({
      description: 'When a person last checked this entry against the provider (YYYY-MM-DD).',
    }),
    verify: z
      .array(nonEmptyText)
      .optional()
      .meta({ description: 'Values not confirmed from a current primary source: check before relying on them.' }),
  })
  .superRefine((s, ctx) => {
    if (s.tier === 'specialist' && (s.interimSupport === undefined || s.interimSupport.length === 0))
      ctx.addIssue({
        code: 'custom',
        path: ['interimSupport'],
        message: 'a specialist service needs interim support to offer while waiting',
      });
    // A service that works in Welsh is offered in Welsh (the Active Offer), so its entry must read in Welsh too.
    if (s.languages.includes('cy'))
      for (const field of ['name', 'description'] as const)
        if (s[field].cy === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field, 'cy'],
            message: 'Welsh text is required for a service offered in Welsh (languages has "cy")',
          });
    if (s.contacts.length === 0 && s.scope !== 'school')
      ctx.addIssue({
        code: 'custom',
        path: ['contacts'],
        message: 'needs at least one contact (only school services may have none)',
      });
  });
export type Service = z.infer<typeof serviceSchema>;

/**
 * Duplicate ids are checked by checkServiceDirectory on the raw input, so they are reported even beside other problems.
 */
export const serviceDirectorySchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional().meta({ description: 'Who maintains this directory and for which area.' }),
    services: z.array(serviceSchema),
  })
  .meta({
    title: 'Early Help Navigator service directory',
    description: 'Services shaped on Open Referral UK, with needs, levels, remit and interim support.',
  });
export type ServiceDirectory = z.infer<typeof serviceDirectorySchema>;

// Compile-time checks that the zod enums and the shared vocabulary agree.
const _needCheck: Need[] = [] as Service['needs'];
const _levelCheck: LevelOfNeed[] = [] as Service['levels'];
void _needCheck;
void _levelCheck;
