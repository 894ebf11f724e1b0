import { startTestBot } from '../../support/testBot';
it('perf', async () => {
  const t = await startTestBot({ start: { sweepIntervalMs: 60000 } });
  const cs = Array.from({length: 16}, () => t.conversation());
  await Promise.all(cs.map((c) => c.say('hello')));
  let s = Date.now();
  await Promise.all(cs.map(async (c) => { for (let i = 0; i < 30; i++) await c.post(c.activity({ type: 'typing' })); }));
  console.log('480 typing', Date.now() - s);
  await t.close();
}, 120000);
