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
    .refine((v) => /^\d+(\.\d+)?$/.test(v) && Number(v) > 0, { message: `${what} must be a positive number, e.g. 10 or 0.5` })
    .transform(Number);

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: `${what} must be an http(s) URL` });

const envSchema = z.object({
  PORT: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= 65535, { message: 'PORT must be a whole number from 0 to 65535' })
    .transform(Number)
    .default(3978),
  /** Bind address. Loopback by default so a development bot is never exposed by accident. */
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI' })
    .optional(),
  COSMOS_ENDPOINT: z.union([z.literal('embedded'), url('COSMOS_ENDPOINT')], { message: 'COSMOS_ENDPOINT must be "embedded" or an https URL of a Cosmos DB account' }).optional(),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/, { message: 'COSMOS_DATABASE may use letters, digits, - and _ only' })
    .default('early-help-navigator'),
  /** Client id of the user-assigned managed identity that may use Cosmos (no account key in settings). */
  COSMOS_MANAGED_IDENTITY_CLIENT_ID: optionalText,
  DIRECTLINE_SECRET: optionalText,
  DUTY_ROSTER: optionalText,
  SERVICE_DIRECTORY: optionalText,
  /** Per-organisation access codes for youth workers on web chat (a JSON file). */
  WEBCHAT_ACCESS_CODES: optionalText,
  OUT_OF_HOURS_CONTACT: optionalText,
  ESCALATION_ACK_MINUTES: positiveDecimal('ESCALATION_ACK_MINUTES').default(10),
  DEFAULT_LOCALE: z.enum(SUPPORTED_LOCALES, { message: `DEFAULT_LOCALE must be one of ${SUPPORTED_LOCALES.join(', ')}` }).default('en-GB'),
  /** Where the embedded store keeps its data between runs. */
  DATA_DIR: z.string().trim().min(1).default('.data'),
  /** Per-deployment secret for the pseudonymous child key (HMAC). */
  CHILD_KEY_SECRET: optionalText,
  RETENTION_DAYS: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1, { message: 'RETENTION_DAYS must be a whole number of days, 1 or more' })
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
  | { mode: 'production'; appId: string; appPassword?: string; tenantId?: string; appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' };

export interface Config {
  port: number;
  host: string;
  auth: AuthConfig;
  store: StoreConfig;
  directLineSecret?: string;
  dutyRosterFile?: string;
  serviceDirectoryFile?: string;
  webchatAccessCodesFile?: string;
  outOfHoursContact?: string;
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
    super(`The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
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
  if (production) {
    // An in-memory store in production would lose referrals: demand an explicit choice.
    if (e.COSMOS_ENDPOINT === undefined) problems.push('COSMOS_ENDPOINT: must be set explicitly when MicrosoftAppId is set (production); use the Cosmos DB account URL');
    const appType = e.MicrosoftAppType ?? defaultAppType(e.MicrosoftAppPassword !== undefined);
    if (appType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined) problems.push(`MicrosoftAppPassword: required for MicrosoftAppType ${appType}`);
    if (appType !== 'MultiTenant' && e.MicrosoftAppTenantId === undefined) problems.push(`MicrosoftAppTenantId: required for MicrosoftAppType ${appType}`);
  } else {
    for (const name of ['MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const)
      if (e[name] !== undefined) problems.push(`${name}: is set but MicrosoftAppId is not; set both or neither`);
  }
  if (e.COSMOS_ENDPOINT !== undefined && e.COSMOS_ENDPOINT !== 'embedded' && e.CHILD_KEY_SECRET === undefined)
    problems.push('CHILD_KEY_SECRET: required with a Cosmos DB account, so child keys stay stable and unguessable (at least 32 characters)');
  if (e.CHILD_KEY_SECRET !== undefined && e.CHILD_KEY_SECRET.length < 32) problems.push('CHILD_KEY_SECRET: must be at least 32 characters');
  if (e.COSMOS_KEY !== undefined && (e.COSMOS_ENDPOINT === undefined || e.COSMOS_ENDPOINT === 'embedded'))
    problems.push('COSMOS_KEY: is set but COSMOS_ENDPOINT is not a Cosmos DB account URL');
  if (problems.length > 0) throw new ConfigError(problems);

  const store: StoreConfig =
    e.COSMOS_ENDPOINT === undefined || e.COSMOS_ENDPOINT === 'embedded'
      ? { kind: 'embedded', dataDir: e.DATA_DIR, database: e.COSMOS_DATABASE }
      : { kind: 'cosmos', endpoint: e.COSMOS_ENDPOINT, key: e.COSMOS_KEY, managedIdentityClientId: e.COSMOS_MANAGED_IDENTITY_CLIENT_ID, database: e.COSMOS_DATABASE };
  const auth: AuthConfig = production
    ? { mode: 'production', appId: e.MicrosoftAppId as string, appPassword: e.MicrosoftAppPassword, tenantId: e.MicrosoftAppTenantId, appType: e.MicrosoftAppType ?? defaultAppType(e.MicrosoftAppPassword !== undefined) }
    : { mode: 'development' };

  return {
    port: e.PORT,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    auth,
    store,
    directLineSecret: e.DIRECTLINE_SECRET,
    dutyRosterFile: e.DUTY_ROSTER,
    serviceDirectoryFile: e.SERVICE_DIRECTORY,
    webchatAccessCodesFile: e.WEBCHAT_ACCESS_CODES,
    outOfHoursContact: e.OUT_OF_HOURS_CONTACT,
    escalationAckMinutes: e.ESCALATION_ACK_MINUTES,
    defaultLocale: e.DEFAULT_LOCALE,
    childKeySecret: e.CHILD_KEY_SECRET,
    retentionDays: e.RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    appInsightsConnectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING,
  };
}
