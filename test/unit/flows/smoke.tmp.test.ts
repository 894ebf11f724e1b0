jest.mock('../../../src/risk/lexiconFile', () => ({ loadLexicon: () => ({ answers: {} }), defaultCompiledLexicons: () => { throw new Error('no'); } }));
import { loadFlows } from '../../../src/flows/loader';
import { Conversation } from './support/conversation';
test('smoke', () => {
  const flows = loadFlows();
  const c = new Conversation(flows.get('triage')!);
  c.start();
  const seq = ['no','1','skip','','J.B.','Year 8','england','1, 5','She has been crying in lessons and says she is autistic','not sure','3','weekly','worse','often absent','none','no','no','no','none','no','none','','she said "I can\'t cope"','1','yes'];
  for (const s of seq) { const r = c.send(s); console.log(s, '→', JSON.stringify(r.outputs.map(o => o.kind === 'question' ? `${o.nodeId} ${o.progress.index}/${o.progress.total}` : o.kind === 'reask' ? `REASK ${o.reasonKey}` : o.kind === 'summary' ? 'SUMMARY' : o.kind === 'message' ? o.key : o)), r.events.map(e=>e.kind).join(',')); }
  const sum = c.allOutputs.find(o => o.kind === 'summary');
  console.log(JSON.stringify(sum, null, 1));
});
