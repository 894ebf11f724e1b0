import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_VARIABLES } from '../../src/cli/teams-package';
import { placeholdersIn } from '../../src/cli/teams/manifest';
import { configVariableNames } from './support/configSource';
import { loadTemplate } from './support/template';

const DEPLOYMENT = join(__dirname, '..', '..', 'deployment');
const guide = readFileSync(join(DEPLOYMENT, 'README.md'), 'utf8');
const toolkit = readFileSync(join(DEPLOYMENT, 'm365agents.yml'), 'utf8');

/** The first cell of every row of every Markdown table, without its backticks. */
function firstCells(markdown: string): Set<string> {
  return new Set(
    markdown
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1])),
  );
}

describe("the operator's guide (deployment/README.md)", () => {
  it('describes every variable src/config.ts reads, in a table', () => {
    const documented = firstCells(guide);
    expect(configVariableNames().filter((name) => !documented.has(name))).toEqual([]);
  });

  it('describes every variable teams:package reads', () => {
    const documented = firstCells(guide);
    expect(PACKAGE_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('names only template outputs that exist', () => {
    const outputs = Object.keys(loadTemplate().outputs);
    const outputRows = guide.slice(
      guide.indexOf('| Output | Use |'),
      guide.indexOf('\n\n', guide.indexOf('| Output | Use |')),
    );
    const named = [...firstCells(outputRows)];
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(named.filter((name) => !outputs.includes(name))).toEqual([]);
  });

  it('has a Deploy to Azure link whose URL-encoded address is the raw deployment/azure/main.json', () => {
    const match = /\(https:\/\/portal\.azure\.com\/#create\/Microsoft\.Template\/uri\/([^)\s]+)\)/.exec(guide);
    expect(match).not.toBeNull();
    const encoded = match?.[1] ?? '';
    expect(encoded).not.toMatch(/[/:]/); // fully encoded, or the portal misreads it
    const address = new URL(decodeURIComponent(encoded));
    expect(address.protocol).toBe('https:');
    expect(address.hostname).toBe('raw.githubusercontent.com');
    expect(address.pathname.endsWith('/deployment/azure/main.json')).toBe(true);
  });

  it('covers each topic an operator needs', () => {
    for (const heading of [
      'Prerequisites',
      'Deploy, step by step',
      'Upload the Teams app',
      'Configure the duty roster',
      'Configure the service directory',
      'Check it works',
      'Rotate secrets',
      'Scale out',
      'Back up and restore',
      'Retain and delete data',
      'Configuration variables',
      'Alerts',
      'Bot identity',
    ])
      expect(guide).toMatch(new RegExp(`^## \\d+\\. ${heading}$`, 'm'));
    for (const words of [
      '/readyz',
      'npm run --silent directory:check',
      'npm run --silent directory:import',
      'npm run --silent referrals:purge',
      'deployment/examples/duty-roster.example.json',
      'ETag',
    ])
      expect(guide).toContain(words);
  });

  it('says what each alert rule in the template means and what to do, by its name', () => {
    const alerts = guide.slice(guide.indexOf('## 14. Alerts'), guide.indexOf('## 15.'));
    const names = loadTemplate()
      .resources.filter(
        (r) => r.type === 'Microsoft.Insights/scheduledQueryRules' || r.type === 'Microsoft.Insights/metricAlerts',
      )
      .map((r) => String(r.properties?.displayName ?? 'Store unavailable'));
    expect(names).toHaveLength(3);
    for (const name of names)
      expect(alerts).toMatch(new RegExp(`\\| \\*\\*${name}\\*\\* \\(severity \\d\\) \\| .+ \\| .+ \\|`));
  });

  it('agrees with the template and the config on the bot identity: UserAssignedMSI deployed, MultiTenant for existing registrations only', () => {
    const identity = guide.slice(guide.indexOf('## 15. Bot identity'));
    expect(identity).toMatch(/\*\*`UserAssignedMSI`\*\* \(what this template deploys\)/);
    expect(identity).toContain('31 July 2025');
    expect(JSON.stringify(loadTemplate().resources)).toContain('"msaAppType":"UserAssignedMSI"');
  });

  it('links only to sections that exist', () => {
    const anchors = new Set(
      [...guide.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});

describe('the Microsoft 365 Agents Toolkit project (deployment/m365agents.yml)', () => {
  it('points at files that exist', () => {
    const paths = [...toolkit.matchAll(/^\s+(?:- )?(?:path|parameters|manifestPath|ignoreFile): (\S+)$/gm)].map(
      (m) => m[1],
    );
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const path of paths)
      expect({ path, exists: existsSync(join(DEPLOYMENT, path)) }).toEqual({ path, exists: true });
  });

  it('gives every placeholder the manifest and its parameters file use a source: an output, a toolkit action, or the documented env file', () => {
    const outputs = Object.keys(loadTemplate().outputs);
    const written = [...toolkit.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]+)$/gm)].map((m) => m[1]);
    const documented = [...toolkit.matchAll(/^#\s+([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    const sources = new Set([...outputs, ...written, ...documented]);
    const used = [
      ...placeholdersIn(readFileSync(join(DEPLOYMENT, 'teams', 'manifest.template.json'), 'utf8')),
      ...placeholdersIn(readFileSync(join(DEPLOYMENT, 'azure', 'parameters.agents-toolkit.json'), 'utf8')),
      ...placeholdersIn(toolkit),
    ];
    expect(used.filter((name) => !sources.has(name))).toEqual([]);
  });
});
