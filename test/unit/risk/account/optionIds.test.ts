/**
 * What the account reading pre-fills must be choices the triage flow really offers, or the confirm card shows nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DETERIORATION_IDS,
  DURATION_IDS,
  EDUCATION_IDS,
  HOME_CONTEXT_IDS,
  INVOLVED_IDS,
  NEED_IDS,
  YEAR_GROUP_IDS,
} from '../../../../src/risk/account';

interface FlowNode {
  id: string;
  choices?: { value: string }[];
  alternatives?: { value: string }[];
}
const flow = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'dialogs', 'triage.flow.json'), 'utf8'),
) as { nodes: FlowNode[] };
const offered = (id: string, list: 'choices' | 'alternatives' = 'choices'): string[] =>
  (flow.nodes.find((n) => n.id === id)?.[list] ?? []).map((c) => c.value);

describe('the account reading speaks the triage flow’s option ids', () => {
  it.each([
    ['needs', NEED_IDS],
    ['duration', DURATION_IDS],
    ['deterioration', DETERIORATION_IDS],
    ['education', EDUCATION_IDS],
    ['homeContext', HOME_CONTEXT_IDS],
    ['involved', INVOLVED_IDS],
  ] as const)('%s', (question, ids) => {
    expect(offered(question)).toEqual(expect.arrayContaining([...ids]));
  });

  it('year groups are the age question’s alternatives', () => {
    expect(offered('age', 'alternatives')).toEqual(expect.arrayContaining([...YEAR_GROUP_IDS]));
  });
});
