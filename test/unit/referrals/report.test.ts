import { buildReport, renderReportText, type ReportRow } from '../../../src/referrals/report';

function row(overrides: Partial<ReportRow>): ReportRow {
  return {
    organisationId: 'org-a',
    createdAt: '2025-01-15T10:00:00.000Z',
    status: 'open',
    needs: ['behaviour'],
    levelOfNeed: 2,
    riskLevel: 'none',
    escalations: 0,
    ...overrides,
  };
}

describe('the referrals report', () => {
  const report = buildReport(
    [
      row({}),
      row({
        createdAt: '2025-02-01T00:00:00.000Z',
        needs: ['behaviour', 'sleep'],
        status: 'closed',
        outcome: 'early-help-offered',
        riskLevel: 'urgent',
        escalations: 1,
      }),
      row({
        createdAt: '2025-02-20T00:00:00.000Z',
        status: 'draft',
        escalations: 1,
        levelOfNeed: undefined,
        riskLevel: 'immediate',
      }),
      row({ status: 'draft', escalations: 0 }),
      row({ organisationId: 'org-b', outcome: undefined }),
    ],
    new Date('2025-03-01T00:00:00.000Z'),
  );

  it('counts per organisation by month, need, level of need, risk level, status and outcome', () => {
    const a = report.organisations.find((org) => org.organisationId === 'org-a');
    expect(a).toEqual({
      organisationId: 'org-a',
      referrals: 3,
      escalated: 2,
      byMonth: { '2025-01': 1, '2025-02': 2 },
      byNeed: { behaviour: 3, sleep: 1 },
      byLevelOfNeed: { '2': 2, unassessed: 1 },
      byRiskLevel: { none: 1, urgent: 1, immediate: 1 },
      byStatus: { draft: 1, open: 1, closed: 1 },
      byOutcome: { 'early-help-offered': 1, open: 2 },
    });
    expect(report.organisations.map((org) => org.organisationId)).toEqual(['org-a', 'org-b']);
  });

  it('does not count a draft with nothing escalated', () => {
    expect(report.organisations[0].byStatus.draft).toBe(1);
  });

  it('renders the same figures as text', () => {
    const text = renderReportText(report);
    expect(text).toContain('Organisation org-a: 3 referrals, 2 escalated');
    expect(text).toMatch(/early-help-offered\s+1/);
    expect(renderReportText(buildReport([], new Date()))).toContain('No referrals.');
  });
});
