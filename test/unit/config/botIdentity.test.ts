import { identityNotice } from '../../../src/botIdentity';
import { loadConfig } from '../../../src/config';

const APP_ID = '00000000-0000-0000-0000-0000000000aa';
const TENANT = '00000000-0000-0000-0000-0000000000bb';
const production = { MicrosoftAppId: APP_ID, COSMOS_ENDPOINT: 'embedded' };

describe('the bot identity a deployment signs in with', () => {
  it('defaults to the user-assigned managed identity when there is no client secret', () => {
    expect(loadConfig({ ...production, MicrosoftAppTenantId: TENANT }).auth).toEqual({
      mode: 'production',
      appId: APP_ID,
      appPassword: undefined,
      tenantId: TENANT,
      appType: 'UserAssignedMSI',
    });
  });

  it('defaults to SingleTenant when a client secret is given, and then demands the tenant', () => {
    expect(loadConfig({ ...production, MicrosoftAppPassword: 'p', MicrosoftAppTenantId: TENANT }).auth).toMatchObject({
      appType: 'SingleTenant',
      tenantId: TENANT,
    });
    expect(() => loadConfig({ ...production, MicrosoftAppPassword: 'p' })).toThrow(
      'MicrosoftAppTenantId: required for MicrosoftAppType SingleTenant',
    );
  });

  it('keeps SingleTenant with an app id, a password and a tenant id (the contract check starts the bot so)', () => {
    expect(
      loadConfig({
        ...production,
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppPassword: 'p',
        MicrosoftAppTenantId: TENANT,
      }).auth,
    ).toEqual({ mode: 'production', appId: APP_ID, appPassword: 'p', tenantId: TENANT, appType: 'SingleTenant' });
  });

  it('allows MultiTenant only when asked for by name, and then says at start-up that it is for an existing registration', () => {
    expect(
      loadConfig({ ...production, MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: 'p' }).auth,
    ).toMatchObject({ appType: 'MultiTenant' });
    expect(identityNotice('MultiTenant')).toMatch(/registered before 31 July 2025/);
    expect(identityNotice('SingleTenant')).toBeUndefined();
    expect(identityNotice('UserAssignedMSI')).toBeUndefined();
  });
});
