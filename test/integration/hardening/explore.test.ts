import { randomUUID } from 'node:crypto';
import { BotFrameworkKeyServer, createSigningKey } from '../../support/botFrameworkTokens';
import { startTestBot } from '../../support/testBot';

it('explores', async () => {
  const keys = await new BotFrameworkKeyServer().start();
  const appId = randomUUID();
  const t = await startTestBot({ env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant', COSMOS_ENDPOINT: 'embedded', HOST: '127.0.0.1' }, start: { authEndpoints: { toBotFromChannelOpenIdMetadataUrl: keys.channelMetadataUrl, toBotFromEmulatorOpenIdMetadataUrl: keys.emulatorMetadataUrl } } });
  const c = t.conversation();
  const post = async (auth: string | undefined, act = c.activity({ type: 'message', text: 'help' })) => {
    const s = Date.now();
    const res = await fetch(`${t.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(act) });
    console.log(res.status, await res.text(), Date.now() - s, 'ms');
  };
  await post(undefined);
  await post(`Bearer ${keys.channelToken(appId, t.connector.url)}`);
  await new Promise((r) => setTimeout(r, 500));
  console.log('received', t.connector.received.length);
  await post(`Bearer ${keys.channelToken(appId, t.connector.url, { key: createSigningKey() , kid: keys.key.kid })}`);
  await post(`Bearer ${keys.channelToken(appId, t.connector.url, { alg: 'none' })}`);
  await post(`Bearer ${keys.channelToken('openid', t.connector.url)}`);
  console.log(keys.fetches);
  console.log(t.logs.filter(l => /error|rejected/.test(l)).join(''));
  await t.close(); await keys.stop();
}, 60000);
