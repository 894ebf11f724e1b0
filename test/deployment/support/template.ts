/**
 * Loads deployment/azure/*.json and plays a deployment "on paper": parameter files applied,
 * names and app settings evaluated, reference() answered with stubs shaped like Azure's responses.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type ArmValue, type EvaluationContext, evaluateValue } from './armExpressions';

export const AZURE_FOLDER = join(__dirname, '..', '..', '..', 'deployment', 'azure');

const armValue: z.ZodType<ArmValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(armValue), z.record(z.string(), armValue)]),
);

const parameterSchema = z.object({
  type: z.enum(['string', 'securestring', 'int', 'bool', 'object', 'secureObject', 'array']),
  defaultValue: armValue.optional(),
  allowedValues: z.array(armValue).optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  metadata: z.object({ description: z.string().min(1) }),
});
export type TemplateParameter = z.infer<typeof parameterSchema>;

const resourceSchema = z.object({
  type: z.string(),
  apiVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/),
  name: z.string(),
  condition: z.union([z.string(), z.boolean()]).optional(),
  scope: z.string().optional(),
  location: z.string().optional(),
  kind: z.string().optional(),
  sku: z.record(z.string(), armValue).optional(),
  identity: z.record(z.string(), armValue).optional(),
  tags: armValue.optional(),
  properties: z.record(z.string(), armValue).optional(),
  dependsOn: z.array(z.string()).optional(),
});
export type TemplateResource = z.infer<typeof resourceSchema>;

const templateSchema = z.object({
  $schema: z.literal('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'),
  contentVersion: z.string(),
  parameters: z.record(z.string(), parameterSchema),
  variables: z.record(z.string(), armValue),
  resources: z.array(resourceSchema),
  outputs: z.record(z.string(), z.object({ type: z.string(), value: armValue })),
});
export type Template = z.infer<typeof templateSchema>;

const keyVaultReference = z.object({
  reference: z.object({ keyVault: z.object({ id: z.string() }), secretName: z.string() }),
});
const parametersFileSchema = z.object({
  $schema: z.literal('https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#'),
  contentVersion: z.string(),
  parameters: z.record(z.string(), z.union([z.object({ value: armValue }), keyVaultReference])),
});
export type ParametersFile = z.infer<typeof parametersFileSchema>;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function loadTemplate(): Template {
  return templateSchema.parse(readJson(join(AZURE_FOLDER, 'main.json')));
}

export type ParametersFileName = 'dev' | 'prod' | 'agents-toolkit';
export const PARAMETERS_FILES: readonly ParametersFileName[] = ['dev', 'prod', 'agents-toolkit'];

/**
 * A parameters file, with `${{NAME}}` placeholders (the Agents Toolkit's) replaced from `placeholders`
 * when given; unreplaced placeholders stay as text.
 */
export function loadParametersFile(
  name: ParametersFileName,
  placeholders: Readonly<Record<string, string>> = {},
): ParametersFile {
  const text = readFileSync(join(AZURE_FOLDER, `parameters.${name}.json`), 'utf8').replace(
    /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g,
    (whole, key: string) => (placeholders[key] === undefined ? whole : JSON.stringify(placeholders[key]).slice(1, -1)),
  );
  return parametersFileSchema.parse(JSON.parse(text));
}

export const isKeyVaultReference = (
  entry: ParametersFile['parameters'][string],
): entry is z.infer<typeof keyVaultReference> => 'reference' in entry;

/** Values a real deployment would see: stable fakes, so assertions can compare them. */
export const FAKE = {
  subscriptionId: '11111111-1111-4111-8111-111111111111',
  tenantId: '22222222-2222-4222-8222-222222222222',
  identityClientId: '33333333-3333-4333-8333-333333333333',
  identityPrincipalId: '44444444-4444-4444-8444-444444444444',
  resourceGroup: { name: 'rg-early-help', location: 'uksouth' },
} as const;

/** A secret of the right shape for each Key Vault secret the template declares. */
export const SECRET_SHAPES: Readonly<Record<string, () => string>> = {
  'child-key-secret': () => randomBytes(36).toString('base64'), // 48 characters, as the README suggests
  'directline-secret': () => `${randomBytes(8).toString('base64url')}.${randomBytes(32).toString('base64url')}`,
};

/** Secure parameters the operator passes on the command line when a parameters file leaves them out. */
const COMMAND_LINE_SECRETS: Readonly<Record<string, string>> = { childKeySecret: 'child-key-secret' };

export interface Deployment {
  readonly template: Template;
  readonly parameters: Readonly<Record<string, ArmValue>>;
  readonly context: EvaluationContext;
  /** Resources with their type and evaluated name (condition evaluated too). */
  readonly resources: ReadonlyArray<{
    readonly type: string;
    readonly name: string;
    readonly deployed: boolean;
    readonly source: TemplateResource;
  }>;
}

/**
 * Resolves the parameters a deployment would get: file values, then defaults; Key Vault references become `secretFor`.
 */
export function resolveParameters(
  template: Template,
  file: ParametersFile,
  overrides: Readonly<Record<string, ArmValue>>,
  secretFor: (name: string) => string,
  baseContext: Omit<EvaluationContext, 'parameters' | 'variables'>,
): Record<string, ArmValue> {
  for (const name of Object.keys(file.parameters))
    if (!(name in template.parameters))
      throw new Error(`parameters file sets "${name}", which main.json does not declare`);
  const resolved: Record<string, ArmValue> = {};
  const context: EvaluationContext = { ...baseContext, parameters: resolved, variables: template.variables };
  for (const [name, declared] of Object.entries(template.parameters)) {
    const entry = file.parameters[name];
    if (name in overrides) resolved[name] = overrides[name];
    else if (entry !== undefined)
      resolved[name] = isKeyVaultReference(entry) ? secretFor(entry.reference.secretName) : entry.value;
    else if (declared.defaultValue !== undefined) resolved[name] = evaluateValue(declared.defaultValue, context);
    else throw new Error(`parameter "${name}" has no value and no default`);
  }
  return resolved;
}

function parseResourceId(id: string): { type: string; name: string } {
  const match = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/(.+)$/.exec(id);
  if (!match) throw new Error(`Not a resource group resource id: ${id}`);
  const [namespace, ...rest] = match[1].split('/');
  const types = rest.filter((_, i) => i % 2 === 0);
  const names = rest.filter((_, i) => i % 2 === 1);
  return { type: [namespace, ...types].join('/'), name: names.join('/') };
}

/** What reference() returns in Azure for the types this template reads (only the properties it reads). */
function stubReference(type: string, name: string): ArmValue {
  switch (type) {
    case 'Microsoft.ManagedIdentity/userAssignedIdentities':
      return { clientId: FAKE.identityClientId, principalId: FAKE.identityPrincipalId, tenantId: FAKE.tenantId };
    case 'Microsoft.DocumentDB/databaseAccounts':
      return { documentEndpoint: `https://${name}.documents.azure.com:443/` };
    case 'Microsoft.KeyVault/vaults/secrets': {
      const [vault, secret] = name.split('/');
      return {
        secretUri: `https://${vault}.vault.azure.net/secrets/${secret}`,
        secretUriWithVersion: `https://${vault}.vault.azure.net/secrets/${secret}/0123456789abcdef0123456789abcdef`,
      };
    }
    case 'Microsoft.Insights/components':
      return {
        ConnectionString: `InstrumentationKey=55555555-5555-4555-8555-555555555555;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/;ApplicationId=66666666-6666-4666-8666-666666666666`,
      };
    default:
      throw new Error(`The test has no reference() stub for ${type}`);
  }
}

export function simulateDeployment(
  source: 'dev' | 'prod' | ParametersFile,
  overrides: Readonly<Record<string, ArmValue>> = {},
): Deployment {
  const template = loadTemplate();
  const file = typeof source === 'string' ? loadParametersFile(source) : source;
  const base = {
    subscriptionId: FAKE.subscriptionId,
    tenantId: FAKE.tenantId,
    resourceGroup: FAKE.resourceGroup,
    reference: (): ArmValue => {
      throw new Error('reference() used while resolving parameters');
    },
  };
  const firstDeploymentSecret = (secretName: string) => {
    const shape = SECRET_SHAPES[secretName];
    if (!shape) throw new Error(`No secret shape for ${secretName}`);
    return shape();
  };
  // As the README's first deployment does: `--parameters childKeySecret="$(openssl rand -base64 48)"`.
  const commandLine: Record<string, ArmValue> = {};
  for (const [name, secretName] of Object.entries(COMMAND_LINE_SECRETS))
    if (!(name in file.parameters)) commandLine[name] = firstDeploymentSecret(secretName);
  const parameters = resolveParameters(template, file, { ...commandLine, ...overrides }, firstDeploymentSecret, base);

  const nameContext: EvaluationContext = { ...base, parameters, variables: template.variables };
  const resources = template.resources.map((source) => ({
    type: source.type,
    name: String(evaluateValue(source.name, nameContext)),
    deployed: source.condition === undefined ? true : evaluateValue(source.condition, nameContext) === true,
    source,
  }));

  const context: EvaluationContext = {
    ...nameContext,
    reference: (resourceId) => {
      const { type, name } = parseResourceId(resourceId);
      if (!resources.some((r) => r.type === type && r.name === name && r.deployed))
        throw new Error(`reference() to ${type} "${name}", which the template does not deploy`);
      return stubReference(type, name);
    },
  };
  return { template, parameters, context, resources };
}

export function webAppResource(template: Template): TemplateResource {
  const sites = template.resources.filter((r) => r.type === 'Microsoft.Web/sites');
  if (sites.length !== 1) throw new Error(`Expected one Microsoft.Web/sites, found ${sites.length}`);
  return sites[0];
}

const appSettingsSchema = z.array(z.object({ name: z.string(), value: z.string() }));
const siteConfigSchema = z.looseObject({ siteConfig: z.looseObject({ appSettings: appSettingsSchema }) });

/** The Web App's app settings as written in the template (expressions unevaluated). */
export function rawAppSettings(template: Template): Array<{ name: string; value: string }> {
  return siteConfigSchema.parse(webAppResource(template).properties).siteConfig.appSettings;
}

/** The app settings a deployment would give the Web App, with Key Vault references still in place. */
export function deployedAppSettings(deployment: Deployment): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { name, value } of rawAppSettings(deployment.template)) {
    const evaluated = evaluateValue(value, deployment.context);
    if (typeof evaluated !== 'string')
      throw new Error(`App setting ${name} evaluates to ${JSON.stringify(evaluated)}, not a string`);
    settings[name] = evaluated;
  }
  return settings;
}

export const KEY_VAULT_REFERENCE =
  /^@Microsoft\.KeyVault\(SecretUri=(https:\/\/([a-z0-9-]+)\.vault\.azure\.net\/secrets\/([A-Za-z0-9-]+)\/?)\)$/;

/** What App Service hands the process: each Key Vault reference replaced by a secret of the right shape. */
export function resolveKeyVaultReferences(settings: Readonly<Record<string, string>>): {
  env: Record<string, string>;
  secrets: Record<string, string>;
} {
  const env: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings)) {
    const match = KEY_VAULT_REFERENCE.exec(value);
    if (!match) {
      env[name] = value;
      continue;
    }
    const shape = SECRET_SHAPES[match[3]];
    if (!shape) throw new Error(`${name} references secret "${match[3]}", which has no known shape`);
    env[name] = secrets[name] = shape();
  }
  return { env, secrets };
}
