/** Issue 19, items 2, 6, 8 and 9: what a deployed bot, a rehearsal and development each accept. */
import { ConfigError, loadConfig } from '../../../src/config';
import { trustWarnings } from '../../../src/trustSettings';

const credentials = {
  MicrosoftAppId: '00000000-0000-4000-8000-00000000000a',
  MicrosoftAppPassword: 'x',
  MicrosoftAppType: 'MultiTenant',
};
const cosmos = {
  COSMOS_ENDPOINT: 'https://example-account.documents.azure.com:443/',
  CHILD_KEY_SECRET: 'k'.repeat(40),
};
const ROSTER = '/home/site/config/duty-roster.json';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  return '';
}

describe('a deployed bot (credentials, and NODE_ENV=production or App Service)', () => {
  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ["App Service's WEBSITE_SITE_NAME", { WEBSITE_SITE_NAME: 'ehn-prod-abc' }],
  ])('with %s, refuses to start without a roster, saying why', (_name, deployed) => {
    expect(problems({ ...credentials, ...cosmos, ...deployed })).toMatch(
      /DUTY_ROSTER: required with MicrosoftAppId, or anyone in any tenant could go on duty/,
    );
    expect(loadConfig({ ...credentials, ...cosmos, ...deployed, DUTY_ROSTER: ROSTER })).toMatchObject({
      deployment: 'deployed',
      dutyRoster: { kind: 'file', file: ROSTER },
    });
  });

  it('refuses the embedded store: it is for development only', () => {
    expect(
      problems({ ...credentials, NODE_ENV: 'production', COSMOS_ENDPOINT: 'embedded', DUTY_ROSTER: ROSTER }),
    ).toMatch(/COSMOS_ENDPOINT: "embedded" keeps referrals in memory and is for development only/);
  });

  it('accepts DUTY_ROSTER=open for a demonstration tenant, and says so loudly', () => {
    const config = loadConfig({ ...credentials, ...cosmos, NODE_ENV: 'production', DUTY_ROSTER: 'open' });
    expect(config.dutyRoster).toEqual({ kind: 'open' });
    expect(trustWarnings(config).join('\n')).toMatch(/DUTY_ROSTER=open: ANYONE who can message the bot may go on duty/);
  });
});

describe('a rehearsal (credentials on a developer machine)', () => {
  it('starts with the embedded store and no roster, saying its data is in memory and that nobody may go on duty', () => {
    const config = loadConfig({ ...credentials, COSMOS_ENDPOINT: 'embedded' });
    expect(config).toMatchObject({
      deployment: 'rehearsal',
      dutyRoster: { kind: 'closed' },
      store: { kind: 'embedded' },
    });
    const warnings = trustWarnings(config).join('\n');
    expect(warnings).toMatch(/REHEARSAL: .*kept in memory/);
    expect(warnings).toMatch(/NO DUTY ROSTER: nobody may go on duty/);
  });

  it('with a Cosmos DB account and no roster, refuses to start exactly as a deployed bot does', () => {
    expect(problems({ ...credentials, ...cosmos })).toMatch(/DUTY_ROSTER: required with MicrosoftAppId/);
  });
});

describe('development (no credentials)', () => {
  it('keeps the contract: no roster means anyone may go on duty, with nothing to warn about', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      deployment: 'development',
      dutyRoster: { kind: 'anyone' },
      trustedProxyHops: 0,
      webchatTrustedOrigins: [],
    });
    expect(trustWarnings(config)).toEqual([]);
  });

  it('ignores NODE_ENV=production without credentials (still development)', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      deployment: 'development',
      dutyRoster: { kind: 'anyone' },
    });
  });
});

describe('proxy hops and trusted origins come from the operator', () => {
  it('reads TRUSTED_PROXY_HOPS as a small whole number', () => {
    expect(loadConfig({ TRUSTED_PROXY_HOPS: '1' }).trustedProxyHops).toBe(1);
    expect(problems({ TRUSTED_PROXY_HOPS: 'last' })).toMatch(/TRUSTED_PROXY_HOPS must be a whole number/);
  });

  it('reads WEBCHAT_TRUSTED_ORIGINS as origins, refusing anything else', () => {
    expect(
      loadConfig({ WEBCHAT_TRUSTED_ORIGINS: 'https://help.exampleshire.gov.uk, https://ehn-prod.azurewebsites.net/' })
        .webchatTrustedOrigins,
    ).toEqual(['https://help.exampleshire.gov.uk', 'https://ehn-prod.azurewebsites.net']);
    expect(problems({ WEBCHAT_TRUSTED_ORIGINS: 'https://help.example/page, *' })).toMatch(
      /"https:\/\/help.example\/page" is not an origin[\s\S]*"\*" is not an origin/,
    );
  });
});
