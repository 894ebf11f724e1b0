/**
 * One escalation, raised, delivered, past its deadline, claimed and closed, through the real bot
 * with telemetry on (a child process: OpenTelemetry hooks require, which jest bypasses). Markers
 * are planted in every field a person can type (messages, every typed triage answer, the child's
 * initials, phone numbers, names, a note on the referral); then every span, metric point and log
 * record the in-memory exporters kept, every pino line, and every byte Azure Monitor's exporter
 * sent over https to a loopback stand-in of Application Insights is searched for them.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../../src/projectRoot';
import { ConnectorStandIn, type Received } from '../../support/connectorStandIn';
import { actionsOf, allText, cardsOf, Conversation } from '../../support/conversationDriver';
import { LOW_RISK_CASE, runTriage } from '../../support/triage';

const ROOT = projectRoot();
const TENANT = 'tenant-telemetry';
const DSL_AAD = randomUUID();

/** Distinctive words a person could type; none may reach telemetry. */
const MARKERS = {
  teacherName: 'Quillon Marbeck',
  dslName: 'Zephyrine Oakhollow',
  organisation: 'Thistledown Academy',
  contactNumber: '01632 960 487',
  childReference: 'X.Q.',
  noticed: 'Gribbleston noticed she seems tired',
  childWords: 'Plinkerton said she likes the art club',
  disclosure: 'Fandangle told me her stepdad hits her with a belt',
  note: 'Snorkelwick phoned the family',
  ladderPhone: '01632 960 371',
} as const;

function selfSignedCertificate(dir: string): { cert: string; key: string; certFile: string } {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), certFile };
}

interface Ingestion {
  url: string;
  /** Each request body as received, decompressed. */
  bodies: string[];
  close(): Promise<void>;
}

/** Application Insights' ingestion endpoint on loopback: accepts every item, keeps every body. */
async function ingestionStandIn(tls: { cert: string; key: string }): Promise<Ingestion> {
  const bodies: string[] = [];
  const server = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      bodies.push(body);
      const items = body.trim().startsWith('[')
        ? (JSON.parse(body) as unknown[]).length
        : body.split('\n').filter(Boolean).length;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: items, itemsAccepted: items, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    bodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface ExportedSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

interface Exported {
  spans: ExportedSpan[];
  metrics: {
    scopeMetrics: {
      metrics: {
        descriptor: { name: string };
        dataPoints: { attributes: Record<string, unknown>; value: unknown }[];
      }[];
    }[];
  }[];
  logs: unknown[];
  refused: string[];
}

function ensureBuilt(): void {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-built.cjs')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    if (!existsSync(path.join(ROOT, 'dist', 'src', 'observability', 'telemetry.js'))) throw err;
  }
}

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'support', 'telemetryChild.cjs')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${code}):\n${output}`)));
  });
}

describe('telemetry of one escalation, from raise to close', () => {
  let ingestion: Ingestion;
  let connector: ConnectorStandIn;
  let exported: Exported;
  let pinoLines: Record<string, unknown>[];
  let everything: string;
  let escalationId: string;

  beforeAll(async () => {
    ensureBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-telemetry-'));
    const tls = selfSignedCertificate(dir);
    ingestion = await ingestionStandIn(tls);
    connector = await new ConnectorStandIn().start();
    const roster = path.join(dir, 'roster.json');
    writeFileSync(
      roster,
      JSON.stringify({
        organisations: [
          {
            id: 'telemetry-school',
            name: 'Telemetry School',
            tenantIds: [TENANT],
            country: 'england',
            dutyWorkers: [{ aadObjectId: DSL_AAD, name: 'Duty Lead', role: 'Designated Safeguarding Lead' }],
            ladder: [{ name: 'Front door', role: 'Local authority duty team', phone: MARKERS.ladderPhone }],
            outOfHoursContact: 'The Emergency Duty Team',
          },
        ],
      }),
    );
    const outputFile = path.join(dir, 'exported.json');
    const logFile = path.join(dir, 'pino.log');
    const { child, url, output } = await startChild({
      TEST_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${ingestion.url};LiveEndpoint=${ingestion.url}`,
      NODE_EXTRA_CA_CERTS: tls.certFile,
      DATA_DIR: path.join(dir, 'data'),
      DUTY_ROSTER: roster,
      OUTPUT_FILE: outputFile,
      LOG_FILE: logFile,
    });
    try {
      const dsl = new Conversation({
        botUrl: url,
        connector,
        tenantId: TENANT,
        user: { id: `29:${randomUUID()}`, name: MARKERS.dslName, aadObjectId: DSL_AAD },
      });
      expect(allText((await dsl.say('on duty')).replies)).toContain("You're on duty");
      const teacher = new Conversation({
        botUrl: url,
        connector,
        tenantId: TENANT,
        user: { id: `29:${randomUUID()}`, name: MARKERS.teacherName, aadObjectId: randomUUID() },
      });
      await runTriage(
        teacher,
        {
          ...LOW_RISK_CASE,
          organisation: { type: MARKERS.organisation },
          contactNumber: { type: MARKERS.contactNumber },
          childReference: { type: MARKERS.childReference },
          noticed: { type: MARKERS.noticed },
          childWords: { type: MARKERS.childWords },
        },
        { typed: true },
      );
      await teacher.say(MARKERS.disclosure);
      const isAlert = (r: Received) =>
        r.conversationId === dsl.id &&
        cardsOf(r.activity).some((card) => actionsOf(card).some((a) => a.data.verb === 'escalation.claim'));
      // Its deadline (a second) passes unclaimed twice: the bot re-sends it, the ladder's one rung (a
      // phone number) is passed to the teacher, and then nobody is left on the ladder.
      await connector.waitFor(
        (r) => isAlert(r) && connector.forConversation(dsl.id).filter(isAlert).length >= 3,
        15_000,
      );
      const alert = connector.forConversation(dsl.id).find(isAlert) as Received;
      const claim = cardsOf(alert.activity)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === 'escalation.claim');
      if (!claim) throw new Error('no Claim button');
      escalationId = String(claim.data.escalationId);
      expect((await dsl.press(claim)).status).toBe(200);
      const queue = await dsl.say('queue');
      const open = queue.replies
        .flatMap(cardsOf)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === 'referral.open');
      if (!open) throw new Error('no Open button');
      const detail = await dsl.press(open);
      const noteAction = detail.replies
        .flatMap(cardsOf)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === 'referral.note');
      if (noteAction) await dsl.press(noteAction, { note: MARKERS.note });
      const outcome = detail.replies
        .flatMap(cardsOf)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === 'referral.outcome');
      if (!outcome) throw new Error('no outcome button');
      expect(allText((await dsl.press(outcome, { outcome: 'early-help-offered' })).replies)).toContain('is closed');

      child.stdin?.write('finish\n');
      await new Promise<void>((resolve, reject) => {
        child.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`the bot exited ${code}:\n${output()}`)),
        );
      });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    exported = JSON.parse(readFileSync(outputFile, 'utf8')) as Exported;
    pinoLines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    everything = [JSON.stringify(exported), readFileSync(logFile, 'utf8'), ...ingestion.bodies].join('\n');
  }, 120_000);

  afterAll(async () => {
    await ingestion?.close();
    await connector?.stop();
  });

  it('exports none of what a person typed: no text, names, initials, child keys or phone numbers', () => {
    const found = Object.entries(MARKERS).filter(([, marker]) =>
      everything.toLowerCase().includes(marker.toLowerCase()),
    );
    expect(found).toEqual([]);
    // The pseudonymous child key is a 64-hex HMAC: nothing exported looks like one.
    expect(everything).not.toMatch(/childKey/i);
    expect(exported.refused.filter((address) => !address.startsWith('169.254.169.254'))).toEqual([]);
  });

  it("sends Azure Monitor's own wire format over https: requests, dependencies and the bot's metrics", () => {
    const items = ingestion.bodies.flatMap(
      (body) => JSON.parse(body) as { name: string; data: { baseType: string; baseData: Record<string, unknown> } }[],
    );
    const types = new Set(items.map((i) => i.data.baseType));
    expect([...types]).toEqual(expect.arrayContaining(['RequestData', 'RemoteDependencyData', 'MetricData']));
    const requests = items.filter((i) => i.data.baseType === 'RequestData').map((i) => i.data.baseData);
    expect(requests).toContainEqual(
      expect.objectContaining({
        name: 'POST /api/messages',
        responseCode: '200',
        success: true,
        duration: expect.any(String),
      }),
    );
    const dependencies = items.filter((i) => i.data.baseType === 'RemoteDependencyData').map((i) => i.data.baseData);
    const connectorHost = new URL(connector.url).host;
    const timed = dependencies.filter((d) => d.resultCode !== undefined && typeof d.duration === 'string');
    // Calls to the Bot Connector (the stand-in), and to the store (the embedded Cosmos server, through @azure/cosmos).
    expect(timed.filter((d) => d.target === connectorHost).map((d) => d.resultCode)).toEqual(
      expect.arrayContaining(['200']),
    );
    expect(timed.some((d) => String(d.target).startsWith('127.0.0.1') && d.target !== connectorHost)).toBe(true);
    const metricNames = items
      .filter((i) => i.data.baseType === 'MetricData')
      .flatMap((i) => (i.data.baseData.metrics as { name: string }[]).map((m) => m.name));
    expect(metricNames).toEqual(
      expect.arrayContaining(['navigator.turns', 'navigator.escalations.raised', 'navigator.escalations.claimed']),
    );
  });

  it("records the escalation's life in spans carrying its id, and counts it", () => {
    const ofEscalation = exported.spans.filter((s) => s.attributes['escalation.id'] === escalationId);
    expect(new Set(ofEscalation.map((s) => s.name))).toEqual(
      new Set([
        'escalation.raise',
        'escalation.deliver',
        'escalation.deadline',
        'escalation.claim',
        'escalation.close',
      ]),
    );
    const points = (name: string) =>
      exported.metrics
        .flatMap((m) => m.scopeMetrics)
        .flatMap((s) => s.metrics)
        .filter((m) => m.descriptor.name === name)
        .flatMap((m) => m.dataPoints);
    expect(points('navigator.escalations.raised')).toContainEqual(
      expect.objectContaining({
        attributes: { 'escalation.level': 'urgent', 'escalation.reached_someone': true },
        value: 1,
      }),
    );
    expect(points('navigator.escalations.deadline_passed')).toContainEqual(
      expect.objectContaining({ attributes: { 'escalation.level': 'urgent', 'escalation.past_last_rung': true } }),
    );
    expect(points('navigator.escalations.claimed')).toContainEqual(
      expect.objectContaining({ attributes: { 'escalation.level': 'urgent' }, value: 1 }),
    );
    expect(points('navigator.escalations.closed')).toContainEqual(
      expect.objectContaining({ attributes: { 'escalation.level': 'urgent' }, value: 1 }),
    );
    // Cumulative points, exported more than once: the last says one claim was timed.
    expect(points('navigator.escalation.time_to_claim').at(-1)?.value).toMatchObject({ count: 1 });
    expect(points('navigator.turns').map((p) => p.attributes)).toContainEqual({ 'navigator.channel': 'msteams' });
    expect(points('navigator.risk.assessments').map((p) => p.attributes)).toEqual(
      expect.arrayContaining([{ 'risk.level': 'none' }, { 'risk.level': 'urgent' }]),
    );
  });

  it('puts the trace id on pino lines, so the escalation can be followed from its request', () => {
    const raise = exported.spans.find(
      (s) => s.name === 'escalation.raise' && s.attributes['escalation.id'] === escalationId,
    );
    const raisedLine = pinoLines.find(
      (line) => line.event === 'escalation.raised' && line.escalationId === escalationId,
    );
    expect(raisedLine?.trace_id).toBe(raise?.traceId);
    const request = exported.spans.find((s) => s.spanId === raise?.parentSpanId);
    expect(request?.attributes['url.path'] ?? request?.attributes['http.target']).toBe('/api/messages');
    const claimedLine = pinoLines.find(
      (line) => line.event === 'escalation.claimed' && line.escalationId === escalationId,
    );
    expect(claimedLine?.trace_id).toMatch(/^[0-9a-f]{32}$/);
  });
});
