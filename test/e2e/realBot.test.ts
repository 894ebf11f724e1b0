import { launchBrowser, waitForBotMessage, waitForConnected, sendMessage, screenshot } from '../support/browser';
import { startTestBot } from '../support/testBot';

it('explore', async () => {
  const t = await startTestBot();
  const b = await launchBrowser();
  const g = await b.newPage(t.bot.url);
  const t0 = Date.now();
  await g.page.goto(`${t.bot.url}/`);
  await g.page.locator('.webchat__bubble').first().waitFor({ timeout: 20000 });
  console.log('first', Date.now() - t0);
  await waitForConnected(g.page);
  await g.page.waitForTimeout(1000);
  console.log(await g.page.locator('#webchat').innerText());
  await sendMessage(g.page, 'start');
  await g.page.locator('.ac-adaptiveCard').last().waitFor();
  await g.page.waitForTimeout(1000);
  console.log(await g.page.locator('.ac-adaptiveCard').last().evaluate((e) => e.outerHTML));
  await screenshot(g.page, 'explore');
  console.log(g.blocked, g.errors);
  await b.close();
  await t.close();
}, 60000);
