import { sortQueue, type QueueEntry } from '../../../src/referrals/queue';
import { newReference } from '../../../src/referrals/reference';

function entry(
  riskLevel: QueueEntry['riskLevel'],
  createdAt: string,
  levelOfNeed?: QueueEntry['levelOfNeed'],
): QueueEntry {
  return {
    reference: newReference(),
    status: 'open',
    channel: 'msteams',
    createdAt,
    updatedAt: createdAt,
    riskLevel,
    indicators: [],
    reasonCodes: [],
    needs: [],
    escalationIds: [],
    ...(levelOfNeed ? { levelOfNeed } : {}),
  };
}

describe('the duty queue order', () => {
  it('puts the most urgent first, then the higher level of need, then the oldest', () => {
    const oldConcern = entry('concern', '2025-01-01T00:00:00.000Z', 2);
    const newImmediate = entry('immediate', '2025-03-01T00:00:00.000Z');
    const oldUrgent = entry('urgent', '2025-01-01T00:00:00.000Z', 3);
    const newUrgent = entry('urgent', '2025-02-01T00:00:00.000Z', 3);
    const newUrgentLevel4 = entry('urgent', '2025-02-15T00:00:00.000Z', 4);
    const none = entry('none', '2024-12-01T00:00:00.000Z', 1);
    const sorted = sortQueue([none, oldConcern, newUrgent, newImmediate, oldUrgent, newUrgentLevel4]);
    expect(sorted).toEqual([newImmediate, newUrgentLevel4, oldUrgent, newUrgent, oldConcern, none]);
  });
});
