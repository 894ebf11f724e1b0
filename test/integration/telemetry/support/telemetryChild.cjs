// @ts-check
/*
 * The built bot (dist/) with telemetry on, in a process of its own: OpenTelemetry instruments
 * http by hooking require, which jest's module loader bypasses. Azure Monitor's exporter sends to
 * the connection string's IngestionEndpoint (an https stand-in on loopback, trusted through
 * NODE_EXTRA_CA_CERTS); in-memory exporters beside it keep every span, metric point and log
 * record. Any connection off loopback is refused and recorded. On "finish" on stdin it flushes,
 * shuts telemetry down and writes everything to OUTPUT_FILE, then prints "finished".
 */
'use strict';
const net = require('node:net');
const fs = require('node:fs');
const path = require('node:path');

const refused = [];
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const options =
    typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])
      ? args[0]
      : { host: typeof args[1] === 'string' ? args[1] : undefined, port: args[0] };
  const host = options.host ?? 'localhost';
  if (options.path === undefined && !['127.0.0.1', 'localhost', '::1'].includes(String(host))) {
    refused.push(`${host}:${options.port}`);
    process.nextTick(() => this.destroy(new Error('refused: off loopback')));
    return this;
  }
  return connect.apply(this, args);
};

const root = path.resolve(__dirname, '..', '..', '..', '..');
const dist = (file) => path.join(root, 'dist', 'src', file);
const { InMemorySpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const {
  InMemoryMetricExporter,
  AggregationTemporality,
  PeriodicExportingMetricReader,
} = require('@opentelemetry/sdk-metrics');
const { InMemoryLogRecordExporter, SimpleLogRecordProcessor } = require('@opentelemetry/sdk-logs');

async function main() {
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const metricReader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 60_000 });
  const logs = new InMemoryLogRecordExporter();
  const { startTelemetry } = require(dist('observability/telemetry.js'));
  const telemetry = startTelemetry({
    connectionString: String(process.env.TEST_CONNECTION_STRING),
    spanProcessors: [new SimpleSpanProcessor(spans)],
    metricReaders: [metricReader],
    logRecordProcessors: [new SimpleLogRecordProcessor(logs)],
  });
  const { createLogger } = require(dist('observability/logger.js'));
  const { loadConfig } = require(dist('config.js'));
  const { startBot } = require(dist('bot.js'));
  const logFile = String(process.env.LOG_FILE);
  const logger = createLogger('debug', fs.createWriteStream(logFile), telemetry.logContext);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: String(process.env.DATA_DIR),
    ESCALATION_ACK_MINUTES: '0.01',
    DUTY_ROSTER: String(process.env.DUTY_ROSTER),
  });
  const bot = await startBot(config, { logger, signals: telemetry.signals, sweepIntervalMs: 200 });
  process.stdout.write(`listening on ${bot.url}\n`);

  process.stdin.setEncoding('utf8');
  process.stdin.on('data', async (line) => {
    if (!String(line).includes('finish')) return;
    await bot.close();
    await metricReader.forceFlush();
    const exported = {
      spans: spans.getFinishedSpans().map((s) => ({
        name: s.name,
        kind: s.kind,
        traceId: s.spanContext().traceId,
        spanId: s.spanContext().spanId,
        parentSpanId: s.parentSpanContext?.spanId,
        attributes: s.attributes,
        status: s.status,
        events: s.events,
        resource: s.resource.attributes,
      })),
      metrics: metricExporter.getMetrics(),
      logs: logs
        .getFinishedLogRecords()
        .map((r) => ({ body: r.body, attributes: r.attributes, severityText: r.severityText })),
    };
    await telemetry.shutdown();
    fs.writeFileSync(String(process.env.OUTPUT_FILE), JSON.stringify({ ...exported, refused }));
    process.stdout.write('finished\n');
    process.exit(0);
  });
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
