/**
 * The one reader of process.env. Every variable is validated together, so an operator sees every
 * bad value in one message instead of fixing them one start at a time.
 */
import { z } from 'zod';
import { SUPPORTED_LOCALES } from './i18n/locale';
import { defaultAppType } from './botIdentity';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const positiveDecimal = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d+(\.\d+)?$/.test(v) && Number(v) > 0, {
      message: `${what} must be a positive number, e.g. 10 or 0.5`,
    })
    .transform(Number);

/** Levels 1 to 4 as the deploying authority's threshold document names them. */
export type ThresholdLevelNames = readonly [string, string, string, string];

const levelNames = (what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v.split('|').map((name) => name.trim())))
    .refine((names) => names === undefined || (names.length === 4 && names.every((name) => name.length > 0)), {
      message: `${what} must be four names separated by "|", levels 1 to 4, e.g. "Universal|Early help|Targeted|Specialist"`,
    })
    .transform((names) => names as ThresholdLevelNames | undefined)
    .optional();

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
      message: `${what} must be an http(s) URL`,
    });

const envSchema = z.object({
  PORT: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= 65535, {
      message: 'PORT must be a whole number from 0 to 65535',
    })
    .transform(Number)
    .default(3978),
  /** Bind address. Loopback by default so a development bot is never exposed by accident. */
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      message: 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .optional(),
  COSMOS_ENDPOINT: z
    .union([z.literal('embedded'), url('COSMOS_ENDPOINT')], {
      message: 'COSMOS_ENDPOINT must be "embedded" or an https URL of a Cosmos DB account',
    })
    .optional(),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/, { message: 'COSMOS_DATABASE may use letters, digits, - and _ only' })
    .default('early-help-navigator'),
  /** Client id of the user-assigned managed identity that may use Cosmos (no account key in settings). */
  COSMOS_MANAGED_IDENTITY_CLIENT_ID: optionalText,
  DIRECTLINE_SECRET: optionalText,
  /** A roster file, or `open` (a demonstration tenant only: anyone may go on duty). */
  DUTY_ROSTER: optionalText,
  SERVICE_DIRECTORY: optionalText,
  /** Per-organisation access codes for youth workers on web chat (a JSON file). */
  WEBCHAT_ACCESS_CODES: optionalText,
  /** Origins the web chat page is served from, for Direct Line tokens (comma-separated). */
  WEBCHAT_TRUSTED_ORIGINS: optionalText,
  /** Reverse proxies in front of the bot that append to X-Forwarded-For (App Service: 1). */
  TRUSTED_PROXY_HOPS: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) <= 10, {
      message: 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10',
    })
    .transform(Number)
    .default(0),
  /**
   * App Service sets WEBSITE_SITE_NAME itself; NODE_ENV=production marks a deployment on any other host. Either tells a
   * deployment from a rehearsal.
   */
  NODE_ENV: optionalText,
  WEBSITE_SITE_NAME: optionalText,
  OUT_OF_HOURS_CONTACT: optionalText,
  /** What the deploying authority's threshold document is called; it names the indicative level on duty cards only. */
  THRESHOLD_DOCUMENT_NAME: optionalText,
  /** The document's own names for levels 1 to 4, separated by "|" (duty cards only); _CY for Welsh. */
  THRESHOLD_LEVEL_NAMES: levelNames('THRESHOLD_LEVEL_NAMES'),
  THRESHOLD_LEVEL_NAMES_CY: levelNames('THRESHOLD_LEVEL_NAMES_CY'),
  ESCALATION_ACK_MINUTES: positiveDecimal('ESCALATION_ACK_MINUTES').default(10),
  DEFAULT_LOCALE: z
    .enum(SUPPORTED_LOCALES, { message: `DEFAULT_LOCALE must be one of ${SUPPORTED_LOCALES.join(', ')}` })
    .default('en-GB'),
  /** Where the embedded store keeps its data between runs. */
  DATA_DIR: z.string().trim().min(1).default('.data'),
  /** Per-deployment secret for the pseudonymous child key (HMAC). */
  CHILD_KEY_SECRET: optionalText,
  RETENTION_DAYS: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1, {
      message: 'RETENTION_DAYS must be a whole number of days, 1 or more',
    })
    .transform(Number)
    .default(9125),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
});

type Env = z.infer<typeof envSchema>;

export type StoreConfig =
  | { kind: 'embedded'; dataDir: string; database: string }
  | { kind: 'cosmos'; endpoint: string; key?: string; managedIdentityClientId?: string; database: string };

export type AuthConfig =
  | { mode: 'development' }
  | {
      mode: 'production';
      appId: string;
      appPassword?: string;
      tenantId?: string;
      appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    };

/**
 * development: no credentials. rehearsal: credentials set on a developer's machine (production
 * authentication, data in memory allowed). deployed: credentials and NODE_ENV=production or App Service.
 */
export type Deployment = 'development' | 'rehearsal' | 'deployed';

/**
 * Who may go on duty: the roster file's people, anyone (development, or `DUTY_ROSTER=open`), or nobody (a rehearsal
 * without a roster).
 */
export type DutyRosterSource =
  { kind: 'file'; file: string } | { kind: 'anyone' } | { kind: 'open' } | { kind: 'closed' };

export interface Config {
  port: number;
  deployment: Deployment;
  host: string;
  auth: AuthConfig;
  store: StoreConfig;
  directLineSecret?: string;
  dutyRoster: DutyRosterSource;
  serviceDirectoryFile?: string;
  webchatAccessCodesFile?: string;
  /** Origins a Direct Line token may be used from; never taken from the caller. */
  webchatTrustedOrigins: string[];
  /** How many X-Forwarded-For entries, counted from the right, our own proxies wrote. */
  trustedProxyHops: number;
  outOfHoursContact?: string;
  thresholdDocumentName?: string;
  /** The threshold document's names for levels 1 to 4, per language, where the operator gave them. */
  thresholdLevelNames?: Partial<Record<(typeof SUPPORTED_LOCALES)[number], ThresholdLevelNames>>;
  /** Minutes an urgent escalation may stay unclaimed; immediate ones get a fifth of it. */
  escalationAckMinutes: number;
  defaultLocale: (typeof SUPPORTED_LOCALES)[number];
  childKeySecret?: string;
  retentionDays: number;
  logLevel: Env['LOG_LEVEL'];
  appInsightsConnectionString?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment. Throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  if (!parsed.success) throw new ConfigError(problems);
  const e = parsed.data;

  const production = e.MicrosoftAppId !== undefined;
  const deployment: Deployment = !production
    ? 'development'
    : e.NODE_ENV === 'production' || e.WEBSITE_SITE_NAME !== undefined
      ? 'deployed'
      : 'rehearsal';
  const openRoster = e.DUTY_ROSTER?.toLowerCase() === 'open';
  if (deployment === 'deployed' && e.COSMOS_ENDPOINT === 'embedded')
    problems.push(
      'COSMOS_ENDPOINT: "embedded" keeps referrals in memory and is for development only; a deployed bot (NODE_ENV=production or App Service) needs the Cosmos DB account URL',
    );
  const cosmosUrl = e.COSMOS_ENDPOINT !== undefined && e.COSMOS_ENDPOINT !== 'embedded';
  if (production && e.DUTY_ROSTER === undefined && (deployment === 'deployed' || cosmosUrl))
    problems.push(
      'DUTY_ROSTER: required with MicrosoftAppId, or anyone in any tenant could go on duty and receive every alert; give the roster file (deployment/examples/duty-roster.example.json), or "open" for a demonstration tenant only',
    );
  const trustedOrigins = (e.WEBCHAT_TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of trustedOrigins)
    if (
      !URL.canParse(origin) ||
      !/^https?:$/.test(new URL(origin).protocol) ||
      new URL(origin).origin !== origin.replace(/\/+$/, '')
    )
      problems.push(`WEBCHAT_TRUSTED_ORIGINS: "${origin}" is not an origin such as https://help.exampleshire.gov.uk`);
  if (production) {
    // An in-memory store in production would lose referrals: demand an explicit choice.
    if (e.COSMOS_ENDPOINT === undefined)
      problems.push(
        'COSMOS_ENDPOINT: must be set explicitly when MicrosoftAppId is set (production); use the Cosmos DB account URL',
      );
    const appType = e.MicrosoftAppType ?? defaultAppType(e.MicrosoftAppPassword !== undefined);
    if (appType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined)
      problems.push(`MicrosoftAppPassword: required for MicrosoftAppType ${appType}`);
    if (appType !== 'MultiTenant' && e.MicrosoftAppTenantId === undefined)
      problems.push(`MicrosoftAppTenantId: required for MicrosoftAppType ${appType}`);
  } else {
    for (const name of ['MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const)
      if (e[name] !== undefined) problems.push(`${name}: is set but MicrosoftAppId is not; set both or neither`);
  }
  if (e.COSMOS_ENDPOINT !== undefined && e.COSMOS_ENDPOINT !== 'embedded' && e.CHILD_KEY_SECRET === undefined)
    problems.push(
      'CHILD_KEY_SECRET: required with a Cosmos DB account, so child keys stay stable and unguessable (at least 32 characters)',
    );
  if (e.CHILD_KEY_SECRET !== undefined && e.CHILD_KEY_SECRET.length < 32)
    problems.push('CHILD_KEY_SECRET: must be at least 32 characters');
  if (e.COSMOS_KEY !== undefined && (e.COSMOS_ENDPOINT === undefined || e.COSMOS_ENDPOINT === 'embedded'))
    problems.push('COSMOS_KEY: is set but COSMOS_ENDPOINT is not a Cosmos DB account URL');
  if (problems.length > 0) throw new ConfigError(problems);

  const store: StoreConfig =
    e.COSMOS_ENDPOINT === undefined || e.COSMOS_ENDPOINT === 'embedded'
      ? { kind: 'embedded', dataDir: e.DATA_DIR, database: e.COSMOS_DATABASE }
      : {
          kind: 'cosmos',
          endpoint: e.COSMOS_ENDPOINT,
          key: e.COSMOS_KEY,
          managedIdentityClientId: e.COSMOS_MANAGED_IDENTITY_CLIENT_ID,
          database: e.COSMOS_DATABASE,
        };
  const auth: AuthConfig = production
    ? {
        mode: 'production',
        appId: e.MicrosoftAppId as string,
        appPassword: e.MicrosoftAppPassword,
        tenantId: e.MicrosoftAppTenantId,
        appType: e.MicrosoftAppType ?? defaultAppType(e.MicrosoftAppPassword !== undefined),
      }
    : { mode: 'development' };

  const dutyRoster: DutyRosterSource =
    e.DUTY_ROSTER === undefined
      ? { kind: production ? 'closed' : 'anyone' }
      : openRoster
        ? { kind: 'open' }
        : { kind: 'file', file: e.DUTY_ROSTER };

  return {
    port: e.PORT,
    deployment,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    auth,
    store,
    directLineSecret: e.DIRECTLINE_SECRET,
    dutyRoster,
    serviceDirectoryFile: e.SERVICE_DIRECTORY,
    webchatAccessCodesFile: e.WEBCHAT_ACCESS_CODES,
    webchatTrustedOrigins: trustedOrigins.map((o) => new URL(o).origin),
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    outOfHoursContact: e.OUT_OF_HOURS_CONTACT,
    thresholdDocumentName: e.THRESHOLD_DOCUMENT_NAME,
    thresholdLevelNames: {
      ...(e.THRESHOLD_LEVEL_NAMES ? { 'en-GB': e.THRESHOLD_LEVEL_NAMES } : {}),
      ...((e.THRESHOLD_LEVEL_NAMES_CY ?? e.THRESHOLD_LEVEL_NAMES)
        ? { cy: e.THRESHOLD_LEVEL_NAMES_CY ?? e.THRESHOLD_LEVEL_NAMES }
        : {}),
    },
    escalationAckMinutes: e.ESCALATION_ACK_MINUTES,
    defaultLocale: e.DEFAULT_LOCALE,
    childKeySecret: e.CHILD_KEY_SECRET,
    retentionDays: e.RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
}
