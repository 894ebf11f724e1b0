/**
 * The Bot Framework adapter. Without an app id it accepts unauthenticated activities (local
 * development only); with one, every request must carry a valid Bot Framework token.
 */
import {
  CallerIdConstants,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AuthConfig } from '../config';
import { AppError } from '../observability/errors';

export interface AuthEndpoints {
  /** Test seam: where channel tokens' OpenID metadata is fetched (a loopback server in tests). */
  toBotFromChannelOpenIdMetadataUrl?: string;
  toBotFromEmulatorOpenIdMetadataUrl?: string;
  toChannelFromBotLoginUrl?: string;
}

export function authOptions(
  auth: AuthConfig,
  endpoints: AuthEndpoints = {},
): ConfigurationBotFrameworkAuthenticationOptions {
  const base: ConfigurationBotFrameworkAuthenticationOptions =
    auth.mode === 'development'
      ? { MicrosoftAppId: '', MicrosoftAppPassword: '' }
      : {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword ?? '',
          MicrosoftAppTenantId: auth.tenantId ?? '',
          MicrosoftAppType: auth.appType,
        };
  if (
    !endpoints.toBotFromChannelOpenIdMetadataUrl &&
    !endpoints.toBotFromEmulatorOpenIdMetadataUrl &&
    !endpoints.toChannelFromBotLoginUrl
  )
    return base;
  // Once any endpoint is given, botframework-connector takes every setting from these options and
  // leaves the rest undefined (the token issuer too, so every token was refused): name them all.
  return {
    ...base,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: endpoints.toChannelFromBotLoginUrl ?? AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl:
      endpoints.toBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl:
      endpoints.toBotFromEmulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** TeamsAdapter with a public entry point, so our endpoint owns body parsing and status codes. */
export class BotAdapter extends TeamsAdapter {
  async handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(await this.authenticate(authHeader, activity), activity, logic);
  }

  /**
   * Checks the token before the turn runs, so every failure here is an authentication failure:
   * the token library throws plain errors for a bad signature or `alg: none`, and those are the
   * caller's fault (401), not ours (500).
   */
  async authenticate(authHeader: string, activity: Activity): Promise<AuthenticateRequestResult> {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw new AppError(keyServiceUnreachable(err) ? 'AUTH_UNAVAILABLE' : 'UNAUTHENTICATED', { cause: err });
    }
  }
}

/**
 * The signing keys could not be fetched: botframework-connector says so with a 5xx status, the
 * HTTP client with a FetchError. Decided by type, never by the message, which quotes the token.
 */
function keyServiceUnreachable(err: unknown): boolean {
  if (err instanceof AuthenticationError) return err.statusCode >= 500;
  return err instanceof Error && err.name === 'FetchError';
}

export function createAdapter(auth: AuthConfig, endpoints: AuthEndpoints = {}): BotAdapter {
  return new BotAdapter(authOptions(auth, endpoints));
}
