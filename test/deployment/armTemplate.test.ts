import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ConfigError } from '../../src/config';
import { ALL_CONTAINERS } from '../../src/store/containers';
import {
  type ArmValue,
  evaluateValue,
  functionsCalled,
  isExpression,
  parametersRead,
  parseExpression,
} from './support/armExpressions';
import { configVariableNames } from './support/configSource';
import {
  type Deployment,
  FAKE,
  KEY_VAULT_REFERENCE,
  deployedAppSettings,
  PARAMETERS_FILES,
  loadParametersFile,
  loadTemplate,
  isKeyVaultReference,
  rawAppSettings,
  resolveKeyVaultReferences,
  simulateDeployment,
  webAppResource,
} from './support/template';

const ENVIRONMENTS = ['dev', 'prod'] as const;
const COSMOS_DATA_CONTRIBUTOR = '00000000-0000-0000-0000-000000000002';
const KEY_VAULT_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';

/** Settings that are not ours but that Azure's own software reads. */
const PLATFORM_SETTINGS = new Set(['AZURE_CLIENT_ID', 'SCM_DO_BUILD_DURING_DEPLOYMENT']);

const isRecord = (v: ArmValue | undefined): v is { [key: string]: ArmValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function record(value: ArmValue | undefined, what: string): { [key: string]: ArmValue } {
  if (!isRecord(value)) throw new Error(`${what} is not an object: ${JSON.stringify(value)}`);
  return value;
}

function deployed(deployment: Deployment, type: string) {
  return deployment.resources.filter((r) => r.type === type && r.deployed);
}

function onlyOne(deployment: Deployment, type: string) {
  const found = deployed(deployment, type);
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return {
    ...found[0],
    properties: record(evaluateValue(found[0].source.properties ?? {}, deployment.context), `${type} properties`),
  };
}

function identityId(deployment: Deployment): string {
  const identity = onlyOne(deployment, 'Microsoft.ManagedIdentity/userAssignedIdentities');
  return `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identity.name}`;
}

/** The full resource id a resource will have, including extension resources with a `scope`. */
function resourceIdOf(deployment: Deployment, resource: Deployment['resources'][number]): string {
  const rg = `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}`;
  const [namespace, ...types] = resource.type.split('/');
  const names = resource.name.split('/');
  const own = `${namespace}/${types.map((t, i) => `${t}/${names[i]}`).join('/')}`;
  if (resource.source.scope === undefined) return `${rg}/providers/${own}`;
  const scope = String(evaluateValue(resource.source.scope, deployment.context));
  return `${rg}/providers/${scope}/providers/${own}`;
}

/** Every string anywhere inside a value, with where it was found. */
function* stringsIn(value: ArmValue | undefined, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, `${path}[${i}]`);
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) yield* stringsIn(v, `${path}.${k}`);
}

describe('the Azure Resource Manager template (deployment/azure/main.json)', () => {
  const template = loadTemplate();
  const prod = simulateDeployment('prod');

  it('parses as a deployment template whose every parameter is described', () => {
    expect(Object.keys(template.parameters).length).toBeGreaterThan(0);
    expect(template.resources.length).toBeGreaterThan(0);
    for (const [, value] of stringsIn(template as unknown as ArmValue, 'template'))
      if (isExpression(value)) expect(() => parseExpression(value.slice(1, -1))).not.toThrow();
  });

  it.each(ALL_CONTAINERS.map((c) => [c.id, c] as const))(
    'declares the Cosmos container %s with the partition key and default TTL the code uses',
    (_, container) => {
      const matches = deployed(prod, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers').filter(
        (r) => r.name.split('/')[2] === container.id,
      );
      expect(matches).toHaveLength(1);
      const resource = record(
        record(evaluateValue(matches[0].source.properties ?? {}, prod.context), 'properties').resource,
        'resource',
      );
      expect(resource.id).toBe(container.id);
      expect(resource.partitionKey).toEqual({ paths: [container.partitionKeyPath], kind: 'Hash', version: 2 });
      expect(resource.defaultTtl).toBe(container.defaultTtl);
    },
  );

  it('declares no Cosmos container the code does not use, all in the database the code expects', () => {
    const names = deployed(prod, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers').map((r) =>
      r.name.split('/'),
    );
    expect(names.map((n) => n[2]).sort()).toEqual(ALL_CONTAINERS.map((c) => c.id).sort());
    const defaultDatabase = loadConfig({}).store.database;
    expect(template.parameters.cosmosDatabaseName.defaultValue).toBe(defaultDatabase);
    for (const n of names) expect(n[1]).toBe(prod.parameters.cosmosDatabaseName);
  });

  it('makes Cosmos DB refuse account keys and keep continuous point-in-time backups', () => {
    const account = onlyOne(prod, 'Microsoft.DocumentDB/databaseAccounts');
    expect(account.properties.disableLocalAuth).toBe(true);
    expect(account.properties.disableKeyBasedMetadataWriteAccess).toBe(true);
    expect(account.properties.minimalTlsVersion).toBe('Tls12');
    expect(record(account.properties.backupPolicy, 'backupPolicy').type).toBe('Continuous');
    expect(
      record(
        record(account.properties.backupPolicy, 'backupPolicy').continuousModeProperties,
        'continuousModeProperties',
      ).tier,
    ).toBe(prod.parameters.cosmosBackupTier);
  });

  it('makes Cosmos DB serverless, or gives the database autoscale throughput, as the parameter says', () => {
    const serverless = simulateDeployment('prod', { cosmosCapacityMode: 'Serverless' });
    expect(onlyOne(serverless, 'Microsoft.DocumentDB/databaseAccounts').properties.capabilities).toEqual([
      { name: 'EnableServerless' },
    ]);
    expect(onlyOne(serverless, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases').properties.options).toEqual({});

    const autoscale = simulateDeployment('prod', {
      cosmosCapacityMode: 'Autoscale',
      cosmosAutoscaleMaxThroughput: 4000,
    });
    expect(onlyOne(autoscale, 'Microsoft.DocumentDB/databaseAccounts').properties.capabilities).toEqual([]);
    expect(onlyOne(autoscale, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases').properties.options).toEqual({
      autoscaleSettings: { maxThroughput: 4000 },
    });
    for (const container of deployed(autoscale, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers'))
      expect(record(evaluateValue(container.source.properties ?? {}, autoscale.context), 'properties').options).toEqual(
        {},
      );
  });

  it('grants the managed identity the Cosmos DB Built-in Data Contributor role on the account', () => {
    const account = onlyOne(prod, 'Microsoft.DocumentDB/databaseAccounts');
    const assignments = deployed(prod, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments').map((r) =>
      record(evaluateValue(r.source.properties ?? {}, prod.context), 'properties'),
    );
    expect(assignments).toHaveLength(1); // the operator's is optional and off by default
    const [assignment] = assignments;
    expect(assignment.principalId).toBe(FAKE.identityPrincipalId);
    expect(assignment.roleDefinitionId).toBe(
      `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.DocumentDB/databaseAccounts/${account.name}/sqlRoleDefinitions/${COSMOS_DATA_CONTRIBUTOR}`,
    );
    expect(assignment.scope).toBe(
      `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.DocumentDB/databaseAccounts/${account.name}`,
    );
  });

  it('gives an operator group the same data role only when its object id is supplied', () => {
    const withOperator = simulateDeployment('prod', { operatorPrincipalId: '77777777-7777-4777-8777-777777777777' });
    const principals = deployed(withOperator, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments').map(
      (r) => record(evaluateValue(r.source.properties ?? {}, withOperator.context), 'p').principalId,
    );
    expect(principals.sort()).toEqual([FAKE.identityPrincipalId, '77777777-7777-4777-8777-777777777777'].sort());
  });

  it('keeps secrets in a Key Vault with RBAC authorisation, readable by the managed identity', () => {
    const vault = onlyOne(prod, 'Microsoft.KeyVault/vaults');
    expect(vault.properties.enableRbacAuthorization).toBe(true);
    expect(vault.properties.enableSoftDelete).toBe(true);
    const assignments = deployed(prod, 'Microsoft.Authorization/roleAssignments').map((r) => ({
      scope: String(evaluateValue(r.source.scope ?? '', prod.context)),
      properties: record(evaluateValue(r.source.properties ?? {}, prod.context), 'properties'),
    }));
    expect(assignments).toContainEqual({
      scope: `Microsoft.KeyVault/vaults/${vault.name}`,
      properties: expect.objectContaining({
        principalId: FAKE.identityPrincipalId,
        principalType: 'ServicePrincipal',
        roleDefinitionId: `/subscriptions/${FAKE.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${KEY_VAULT_SECRETS_USER}`,
      }),
    });
    const secrets = deployed(prod, 'Microsoft.KeyVault/vaults/secrets').map((r) => r.name);
    expect(secrets.sort()).toEqual([`${vault.name}/child-key-secret`, `${vault.name}/directline-secret`].sort());
  });

  it('registers the bot as the user-assigned managed identity, on Teams and Direct Line, pointing at the Web App', () => {
    const bot = onlyOne(prod, 'Microsoft.BotService/botServices');
    const site = onlyOne(prod, 'Microsoft.Web/sites');
    expect(bot.properties).toMatchObject({
      msaAppType: 'UserAssignedMSI',
      msaAppId: FAKE.identityClientId,
      msaAppTenantId: FAKE.tenantId,
      msaAppMSIResourceId: identityId(prod),
      endpoint: `https://${site.name}.azurewebsites.net/api/messages`,
    });
    const channels = deployed(prod, 'Microsoft.BotService/botServices/channels').map((r) =>
      record(evaluateValue(r.source.properties ?? {}, prod.context), 'p'),
    );
    expect(channels.map((c) => c.channelName).sort()).toEqual(['DirectLineChannel', 'MsTeamsChannel']);
    for (const c of channels)
      expect(record(c.properties, 'channel properties').sites ?? record(c.properties, 'p').isEnabled).toBeTruthy();
    expect(String(evaluateValue(template.outputs.BOT_DOMAIN.value, prod.context))).toBe(
      `${site.name}.azurewebsites.net`,
    );
    expect(evaluateValue(template.outputs.BOT_ID.value, prod.context)).toBe(FAKE.identityClientId);
  });

  it('hosts the bot on App Service for Linux with Node 20, health checks on /readyz, always on, HTTPS only and TLS 1.2', () => {
    const plan = onlyOne(prod, 'Microsoft.Web/serverfarms');
    expect(plan.properties.reserved).toBe(true);
    expect(evaluateValue(plan.source.sku ?? {}, prod.context)).toMatchObject({
      capacity: prod.parameters.instanceCount,
    });
    const site = onlyOne(prod, 'Microsoft.Web/sites');
    expect(site.properties.httpsOnly).toBe(true);
    expect(record(site.properties.siteConfig, 'siteConfig')).toMatchObject({
      linuxFxVersion: 'NODE|20-lts',
      healthCheckPath: '/readyz',
      alwaysOn: true,
      minTlsVersion: '1.2',
      ftpsState: 'Disabled',
    });
    const policies = deployed(prod, 'Microsoft.Web/sites/basicPublishingCredentialsPolicies').map((r) => [
      r.name.split('/')[1],
      evaluateValue(r.source.properties ?? {}, prod.context),
    ]);
    expect(policies).toEqual(
      expect.arrayContaining([
        ['scm', { allow: false }],
        ['ftp', { allow: false }],
      ]),
    );
  });

  it('starts the bot with the command of npm run start:production, heap limits included', () => {
    const site = onlyOne(prod, 'Microsoft.Web/sites');
    const start = (
      JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts['start:production'];
    expect(start).toMatch(/^node (--max-[a-z-]+-size=\d+ )+dist\/src\/index\.js$/);
    expect(record(site.properties.siteConfig, 'siteConfig').appCommandLine).toBe(start);
  });

  it('resolves Key Vault references with the managed identity, which the Web App carries', () => {
    const site = webAppResource(template);
    const properties = record(evaluateValue(site.properties ?? {}, prod.context), 'properties');
    expect(properties.keyVaultReferenceIdentity).toBe(identityId(prod));
    expect(evaluateValue(site.identity ?? {}, prod.context)).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [identityId(prod)]: {} },
    });
  });

  it('makes every dependsOn name a resource the template deploys, and declares no resource twice', () => {
    const ids = prod.resources.map((r) => resourceIdOf(prod, r));
    expect(new Set(ids).size).toBe(ids.length);
    for (const resource of prod.resources)
      for (const dependency of resource.source.dependsOn ?? [])
        expect(ids).toContain(String(evaluateValue(dependency, prod.context)));
  });

  it.each(ENVIRONMENTS)('gives resources names within Azure limits (%s)', (environment) => {
    const deployment = simulateDeployment(environment, { baseName: 'abcdefghij' }); // the longest base name allowed
    const limits: Record<string, RegExp> = {
      'Microsoft.KeyVault/vaults': /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/,
      'Microsoft.DocumentDB/databaseAccounts': /^[a-z0-9][a-z0-9-]{1,42}[a-z0-9]$/,
      'Microsoft.Web/sites': /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/,
      'Microsoft.BotService/botServices': /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$/,
    };
    for (const [type, pattern] of Object.entries(limits)) expect(onlyOne(deployment, type).name).toMatch(pattern);
  });
});

describe('the app settings the template gives the Web App', () => {
  const template = loadTemplate();

  it.each(ENVIRONMENTS)(
    'are a production configuration src/config.ts accepts: managed identity for the bot and Cosmos DB, no key (%s)',
    (environment) => {
      const deployment = simulateDeployment(environment);
      const { env, secrets } = resolveKeyVaultReferences(deployedAppSettings(deployment));
      // App Service adds WEBSITE_SITE_NAME to every app's environment itself; the template sets no NODE_ENV.
      expect(env.NODE_ENV).toBeUndefined();
      const config = loadConfig({ ...env, WEBSITE_SITE_NAME: 'ehn-app' });

      expect(config.auth).toEqual({
        mode: 'production',
        appId: FAKE.identityClientId,
        appPassword: undefined,
        tenantId: FAKE.tenantId,
        appType: 'UserAssignedMSI',
      });
      const account = onlyOne(deployment, 'Microsoft.DocumentDB/databaseAccounts');
      expect(config.store).toEqual({
        kind: 'cosmos',
        endpoint: `https://${account.name}.documents.azure.com:443/`,
        key: undefined,
        managedIdentityClientId: FAKE.identityClientId,
        database: deployment.parameters.cosmosDatabaseName,
      });
      expect(env.AZURE_CLIENT_ID).toBe(FAKE.identityClientId);
      expect(config.childKeySecret).toBe(secrets.CHILD_KEY_SECRET);
      expect(config.directLineSecret).toBe(secrets.DIRECTLINE_SECRET);
      expect(config.appInsightsConnectionString).toMatch(/^InstrumentationKey=/);
      expect(config.host).toBe('0.0.0.0');
      expect(config.retentionDays).toBe(deployment.parameters.retentionDays);
      expect(config.escalationAckMinutes).toBe(Number(deployment.parameters.escalationAckMinutes));
      expect(config.defaultLocale).toBe(deployment.parameters.defaultLocale);
      // Issue 19: a deployment, one proxy hop (App Service's front end), the page's own origin, and a roster (open only
      // in dev).
      const site = onlyOne(deployment, 'Microsoft.Web/sites');
      expect(config.deployment).toBe('deployed');
      expect(config.trustedProxyHops).toBe(1);
      expect(config.webchatTrustedOrigins).toEqual([`https://${site.name}.azurewebsites.net`]);
      expect(config.dutyRoster).toEqual(
        environment === 'dev' ? { kind: 'open' } : { kind: 'file', file: '/home/site/config/duty-roster.json' },
      );
    },
  );

  it('are the same production configuration when the Agents Toolkit fills its parameters file', () => {
    const secret = 'x'.repeat(20) + 'toolkit-secret-value-0123456789';
    const file = loadParametersFile('agents-toolkit', { TEAMSFX_ENV: 'prod', SECRET_CHILD_KEY_SECRET: secret });
    const { env } = resolveKeyVaultReferences(deployedAppSettings(simulateDeployment(file)));
    const config = loadConfig(env);
    expect(config.auth).toMatchObject({ mode: 'production', appType: 'UserAssignedMSI', appId: FAKE.identityClientId });
    expect(config.store).toMatchObject({
      kind: 'cosmos',
      key: undefined,
      managedIdentityClientId: FAKE.identityClientId,
    });
    expect(config.dutyRoster).toEqual({ kind: 'file', file: '/home/site/config/duty-roster.json' });
    expect(simulateDeployment(file).parameters.childKeySecret).toBe(secret);
  });

  it('would be refused by src/config.ts without each setting the production rules demand', () => {
    const { env } = resolveKeyVaultReferences(deployedAppSettings(simulateDeployment('prod')));
    for (const name of ['COSMOS_ENDPOINT', 'MicrosoftAppTenantId', 'CHILD_KEY_SECRET']) {
      const without = { ...env };
      delete without[name];
      expect(() => loadConfig(without)).toThrow(ConfigError);
      expect(() => loadConfig(without)).toThrow(name);
    }
  });

  it("take CHILD_KEY_SECRET and DIRECTLINE_SECRET from the template's own Key Vault by reference", () => {
    const deployment = simulateDeployment('prod');
    const settings = deployedAppSettings(deployment);
    const vault = onlyOne(deployment, 'Microsoft.KeyVault/vaults').name;
    const secretNames = deployed(deployment, 'Microsoft.KeyVault/vaults/secrets').map((r) => r.name.split('/')[1]);
    for (const name of ['CHILD_KEY_SECRET', 'DIRECTLINE_SECRET']) {
      const match = KEY_VAULT_REFERENCE.exec(settings[name]);
      expect(match).not.toBeNull();
      expect(match?.[2]).toBe(vault);
      expect(secretNames).toContain(match?.[3]);
    }
    const references = Object.values(settings).filter((v) => v.startsWith('@Microsoft.KeyVault('));
    expect(references).toHaveLength(2);
  });

  it('contain no account key, password or plain secret', () => {
    const settings = deployedAppSettings(simulateDeployment('prod'));
    expect(Object.keys(settings)).not.toEqual(expect.arrayContaining(['COSMOS_KEY']));
    expect(Object.keys(settings)).not.toContain('MicrosoftAppPassword');
    const secureParameters = Object.entries(template.parameters)
      .filter(([, p]) => p.type === 'securestring')
      .map(([name]) => name);
    for (const { name, value } of rawAppSettings(template)) {
      if (isExpression(value)) {
        const expression = parseExpression(value.slice(1, -1));
        expect({ name, reads: parametersRead(expression).filter((p) => secureParameters.includes(p)) }).toEqual({
          name,
          reads: [],
        });
        expect({ name, calls: functionsCalled(expression).filter((f) => /^list/i.test(f)) }).toEqual({
          name,
          calls: [],
        });
      }
    }
    for (const [name, value] of Object.entries(settings)) {
      if (KEY_VAULT_REFERENCE.test(value) || name === 'APPLICATIONINSIGHTS_CONNECTION_STRING') continue;
      expect({ name, value }).not.toEqual({
        name,
        value: expect.stringMatching(/AccountKey=|password|secret|[A-Za-z0-9+/=_-]{40,}/i),
      });
    }
  });

  it("name only variables src/config.ts reads, or that Azure's own software reads", () => {
    const known = new Set(configVariableNames());
    const unknown = rawAppSettings(template)
      .map((s) => s.name)
      .filter((name) => !known.has(name) && !PLATFORM_SETTINGS.has(name));
    expect(unknown).toEqual([]);
  });
});

describe('secrets in the deployment', () => {
  const template = loadTemplate();
  const secureParameters = Object.entries(template.parameters).filter(
    ([, p]) => p.type === 'securestring' || p.type === 'secureObject',
  );

  it('include CHILD_KEY_SECRET as a secure parameter with no default and a 32-character minimum', () => {
    expect(secureParameters.map(([name]) => name)).toContain('childKeySecret');
    for (const [, parameter] of secureParameters) expect(parameter.defaultValue).toBeUndefined();
    expect(template.parameters.childKeySecret.minLength).toBeGreaterThanOrEqual(32);
  });

  it.each(PARAMETERS_FILES)(
    "never sit in a parameters file as values: Key Vault references, the command line or the toolkit's SECRET_ variables (%s)",
    (name) => {
      const file = loadParametersFile(name);
      for (const [parameter] of secureParameters) {
        const entry = file.parameters[parameter];
        if (entry === undefined || isKeyVaultReference(entry)) continue;
        expect({ parameter, value: entry.value }).toEqual({
          parameter,
          value: expect.stringMatching(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/),
        });
      }
    },
  );

  it('are read with list*() functions or secure parameters only by Key Vault secrets, and never output', () => {
    const secureNames = secureParameters.map(([name]) => name);
    for (const resource of template.resources) {
      if (resource.type === 'Microsoft.KeyVault/vaults/secrets') continue;
      for (const [path, value] of stringsIn(resource as unknown as ArmValue, resource.type)) {
        if (!isExpression(value)) continue;
        const expression = parseExpression(value.slice(1, -1));
        expect({
          path,
          list: functionsCalled(expression).filter((f) => /^list/i.test(f)),
          secure: parametersRead(expression).filter((p) => secureNames.includes(p)),
        }).toEqual({ path, list: [], secure: [] });
      }
    }
    for (const [path, value] of stringsIn(template.outputs as unknown as ArmValue, 'outputs'))
      if (isExpression(value))
        expect({
          path,
          list: functionsCalled(parseExpression(value.slice(1, -1))).filter((f) => /^list/i.test(f)),
        }).toEqual({ path, list: [] });
    for (const output of Object.values(template.outputs)) expect(output.type.toLowerCase()).not.toMatch(/^secure/);
  });

  it("copy the Direct Line key into Key Vault from the bot's own channel, so nobody handles it", () => {
    const secret = template.resources.find(
      (r) => r.type === 'Microsoft.KeyVault/vaults/secrets' && r.name.includes('directLineSecretName'),
    );
    const value = String(secret?.properties?.value ?? '');
    expect(functionsCalled(parseExpression(value.slice(1, -1)))).toContain('listChannelWithKeys');
    expect(value).toContain("variables('directLineChannelId')");
  });
});

describe('the parameters files', () => {
  const template = loadTemplate();

  it.each(ENVIRONMENTS)('set only declared parameters, within their allowed values and limits (%s)', (environment) => {
    const deployment = simulateDeployment(environment);
    const file = loadParametersFile(environment);
    for (const name of Object.keys(file.parameters)) expect(Object.keys(template.parameters)).toContain(name);
    for (const [name, declared] of Object.entries(template.parameters)) {
      const value = deployment.parameters[name];
      if (declared.allowedValues)
        expect({ name, allowed: declared.allowedValues.includes(value) }).toEqual({ name, allowed: true });
      if (typeof value === 'string') {
        if (declared.minLength !== undefined) expect(value.length).toBeGreaterThanOrEqual(declared.minLength);
        if (declared.maxLength !== undefined) expect(value.length).toBeLessThanOrEqual(declared.maxLength);
      }
      if (typeof value === 'number') {
        expect(declared.type).toBe('int');
        if (declared.minValue !== undefined) expect(value).toBeGreaterThanOrEqual(declared.minValue);
        if (declared.maxValue !== undefined) expect(value).toBeLessThanOrEqual(declared.maxValue);
      }
    }
  });

  it('leave only the child key secret for the command line, and prod reads it back from Key Vault', () => {
    const required = Object.entries(template.parameters)
      .filter(([, p]) => p.defaultValue === undefined)
      .map(([name]) => name);
    for (const environment of ENVIRONMENTS) {
      const file = loadParametersFile(environment);
      expect(required.filter((name) => !(name in file.parameters))).toEqual(
        environment === 'dev' ? ['childKeySecret'] : [],
      );
    }
    const prodSecret = loadParametersFile('prod').parameters.childKeySecret;
    expect(prodSecret !== undefined && isKeyVaultReference(prodSecret) && prodSecret.reference.secretName).toBe(
      'child-key-secret',
    );
  });

  it('make production sturdier than development: more instances, purge protection, the longer backup window', () => {
    const dev = simulateDeployment('dev').parameters;
    const prod = simulateDeployment('prod').parameters;
    expect(prod.instanceCount).toBeGreaterThanOrEqual(2);
    expect(prod.keyVaultPurgeProtection).toBe(true);
    expect(prod.cosmosBackupTier).toBe('Continuous30Days');
    expect(prod.botSku).toBe('S1');
    expect(prod.dutyRosterPath).not.toBe('');
    expect(dev.environmentName).toBe('dev');
  });
});

describe('the alerts', () => {
  const prod = simulateDeployment('prod');
  const telemetrySource = readFileSync(
    path.join(__dirname, '..', '..', 'src', 'observability', 'telemetry.ts'),
    'utf8',
  );
  const rules = () =>
    deployed(prod, 'Microsoft.Insights/scheduledQueryRules').map((r) => ({
      name: r.name,
      properties: record(evaluateValue(r.source.properties ?? {}, prod.context), 'properties'),
    }));
  const actionGroupId = () => {
    const group = onlyOne(prod, 'Microsoft.Insights/actionGroups');
    return `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.Insights/actionGroups/${group.name}`;
  };

  it('email the address given as a parameter, through one action group', () => {
    const group = onlyOne(prod, 'Microsoft.Insights/actionGroups');
    expect(group.properties.enabled).toBe(true);
    expect(String(group.properties.groupShortName).length).toBeLessThanOrEqual(12);
    expect(group.properties.emailReceivers).toEqual([
      expect.objectContaining({ emailAddress: prod.parameters.alertEmail, useCommonAlertSchema: true }),
    ]);
    expect(loadTemplate().parameters.alertEmail.defaultValue).toBeUndefined();
  });

  it('alert when an immediate or urgent escalation is unclaimed past its last rung, from the metric the bot records', () => {
    const rule = rules().find((r) => r.properties.displayName === 'Escalation unclaimed past its last rung');
    if (!rule) throw new Error('no unclaimed-escalation rule');
    expect(rule.properties).toMatchObject({ enabled: true, severity: 0, actions: { actionGroups: [actionGroupId()] } });
    const [criterion] = record(rule.properties.criteria, 'criteria').allOf as { [key: string]: ArmValue }[];
    const query = String(criterion.query);
    // The names the query reads are the names src/observability/telemetry.ts records.
    for (const name of ['navigator.escalations.deadline_passed', 'escalation.level', 'escalation.past_last_rung']) {
      expect(query).toContain(name);
      expect(telemetrySource).toContain(`'${name}'`);
    }
    expect(query).toMatch(/level in \('immediate', 'urgent'\)/);
    expect(criterion).toMatchObject({ metricMeasureColumn: 'Unclaimed', operator: 'GreaterThan', threshold: 0 });
  });

  it('alert on a failed-request rate above the threshold parameter', () => {
    const rule = rules().find((r) => r.properties.displayName === 'Failed request rate');
    if (!rule) throw new Error('no failed-request rule');
    const [criterion] = record(rule.properties.criteria, 'criteria').allOf as { [key: string]: ArmValue }[];
    expect(String(criterion.query)).toContain('countif(success == false)');
    expect(criterion).toMatchObject({
      metricMeasureColumn: 'FailedPercent',
      operator: 'GreaterThan',
      threshold: prod.parameters.failedRequestPercentThreshold,
    });
    expect(rule.properties.actions).toEqual({ actionGroups: [actionGroupId()] });
  });

  it("alert when the store is unavailable, from App Service's health check on /readyz", () => {
    const alert = onlyOne(prod, 'Microsoft.Insights/metricAlerts');
    const site = onlyOne(prod, 'Microsoft.Web/sites');
    expect(record(site.properties.siteConfig, 'siteConfig').healthCheckPath).toBe('/readyz');
    expect(alert.properties.scopes).toEqual([
      `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.Web/sites/${site.name}`,
    ]);
    expect(record(alert.properties.criteria, 'criteria').allOf).toEqual([
      expect.objectContaining({
        metricName: 'HealthCheckStatus',
        metricNamespace: 'Microsoft.Web/sites',
        operator: 'LessThan',
        threshold: 100,
      }),
    ]);
    expect(alert.properties.actions).toEqual([{ actionGroupId: actionGroupId() }]);
  });

  it('read the Application Insights component the bot sends its telemetry to', () => {
    const component = onlyOne(prod, 'Microsoft.Insights/components');
    for (const rule of rules())
      expect(rule.properties.scopes).toEqual([
        `/subscriptions/${FAKE.subscriptionId}/resourceGroups/${FAKE.resourceGroup.name}/providers/Microsoft.Insights/components/${component.name}`,
      ]);
  });
});

describe('the bot identity, across the template, the Teams manifest and the config', () => {
  it("is one app id: the managed identity the bot registration, the app settings and the manifest's botId all name", () => {
    const prod = simulateDeployment('prod');
    const settings = deployedAppSettings(prod);
    const botId = evaluateValue(loadTemplate().outputs.BOT_ID.value, prod.context);
    expect(settings.MicrosoftAppId).toBe(botId);
    expect(settings.MicrosoftAppType).toBe('UserAssignedMSI');
    const bot = deployed(prod, 'Microsoft.BotService/botServices').map((r) =>
      record(evaluateValue(r.source.properties ?? {}, prod.context), 'bot'),
    )[0];
    expect(bot).toMatchObject({ msaAppId: botId, msaAppType: settings.MicrosoftAppType });
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, '..', '..', 'deployment', 'teams', 'manifest.template.json'), 'utf8'),
    ) as { bots: { botId: string }[] };
    expect(manifest.bots.map((b) => b.botId)).toEqual(['${{BOT_ID}}']);
    // The config reads the same type, and would pick it by itself when unset (no client secret).
    const { env } = resolveKeyVaultReferences(settings);
    delete env.MicrosoftAppType;
    expect(loadConfig(env).auth).toMatchObject({ appType: 'UserAssignedMSI', appId: botId });
  });
});
