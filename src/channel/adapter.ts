/**
 * The Bot Framework adapter. Without an app id it accepts unauthenticated activities (local
 * development only); with one, every request must carry a valid Bot Framework token.
 */
import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AuthConfig } from '../config';

export interface AuthEndpoints {
  /** Test seam: where channel tokens' OpenID metadata is fetched (a loopback server in tests). */
  toBotFromChannelOpenIdMetadataUrl?: string;
  toBotFromEmulatorOpenIdMetadataUrl?: string;
  toChannelFromBotLoginUrl?: string;
}

export function authOptions(auth: AuthConfig, endpoints: AuthEndpoints = {}): ConfigurationBotFrameworkAuthenticationOptions {
  const base: ConfigurationBotFrameworkAuthenticationOptions =
    auth.mode === 'development'
      ? { MicrosoftAppId: '', MicrosoftAppPassword: '' }
      : {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword ?? '',
          MicrosoftAppTenantId: auth.tenantId ?? '',
          MicrosoftAppType: auth.appType,
        };
  if (endpoints.toBotFromChannelOpenIdMetadataUrl) base.ToBotFromChannelOpenIdMetadataUrl = endpoints.toBotFromChannelOpenIdMetadataUrl;
  if (endpoints.toBotFromEmulatorOpenIdMetadataUrl) base.ToBotFromEmulatorOpenIdMetadataUrl = endpoints.toBotFromEmulatorOpenIdMetadataUrl;
  if (endpoints.toChannelFromBotLoginUrl) base.ToChannelFromBotLoginUrl = endpoints.toChannelFromBotLoginUrl;
  return base;
}

/** TeamsAdapter with a public entry point, so our endpoint owns body parsing and status codes. */
export class BotAdapter extends TeamsAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createAdapter(auth: AuthConfig, endpoints: AuthEndpoints = {}): BotAdapter {
  return new BotAdapter(authOptions(auth, endpoints));
}
