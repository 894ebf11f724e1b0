/**
 * Which Bot Framework identity a deployment signs in with. Azure Bot Service has created no new
 * multi-tenant bots since 31 July 2025: a new registration is single-tenant (an app registration
 * with a client secret) or a user-assigned managed identity. MultiTenant is kept, when asked for by
 * name, for a registration made before then.
 */
export const BOT_APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type BotAppType = (typeof BOT_APP_TYPES)[number];

/** Unset MicrosoftAppType: a client secret means an app registration (SingleTenant), none a managed identity. */
export function defaultAppType(hasPassword: boolean): BotAppType {
  return hasPassword ? 'SingleTenant' : 'UserAssignedMSI';
}

/** What the operator reads at start-up about the identity, beyond its app id and type; undefined for nothing. */
export function identityNotice(appType: BotAppType): string | undefined {
  if (appType !== 'MultiTenant') return undefined;
  return 'MicrosoftAppType=MultiTenant works only for a bot registered before 31 July 2025; Azure Bot Service creates no new multi-tenant bots. Move to SingleTenant or UserAssignedMSI (deployment/README.md, "Bot identity").';
}
