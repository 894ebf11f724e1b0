import { startTestBot } from '../../support/testBot';
it('perf', async () => {
  const t = await startTestBot();
  const cs = Array.from({length: 16}, () => t.conversation());
  await Promise.all(cs.map((c) => c.say('hello')));
  let s = Date.now();
  await Promise.all(cs.map(async (c) => { for (let i = 0; i < 20; i++) await c.post(c.activity({ type: 'message', text: 'help' })); }));
  console.log('320 help turns', Date.now() - s);
  s = Date.now();
  await Promise.all(cs.map(async (c) => { for (let i = 0; i < 20; i++) await c.post({ ...c.activity({ type: 'message', text: 'help' }), from: 5 }); }));
  console.log('320 400s', Date.now() - s);
  s = Date.now();
  await Promise.all(cs.map(async (c) => { for (let i = 0; i < 20; i++) await c.post(c.activity({ type: 'typing' })); }));
  console.log('320 typing', Date.now() - s);
  await t.close();
}, 120000);
