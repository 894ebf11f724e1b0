/**
 * Telemetry to Application Insights through OpenTelemetry (the Azure Monitor distro): incoming
 * HTTP requests, outgoing calls (Cosmos DB through the Azure SDK's own spans, the Bot Connector
 * over https) each with a duration and a result, the bot's own counts and durations (Signals), and
 * the trace id on every pino line. Loaded only when APPLICATIONINSIGHTS_CONNECTION_STRING is set
 * (src/index.ts imports it dynamically, before the server's modules, so http is instrumented).
 *
 * Privacy: the HTTP instrumentation records methods, routes, URLs and status codes, never bodies
 * or headers; our spans and metrics carry only the fixed words in signals.ts and ids the bot made.
 */
import {
  useAzureMonitor,
  shutdownAzureMonitor,
  type AzureMonitorOpenTelemetryOptions,
} from '@azure/monitor-opentelemetry';
import { metrics, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import type { Signals } from './signals';

export const INSTRUMENTATION_NAME = 'early-help-navigator';

export interface TelemetryOptions {
  connectionString: string;
  /** Test seam: extra processors and readers beside Azure Monitor's own (in-memory exporters). */
  spanProcessors?: AzureMonitorOpenTelemetryOptions['spanProcessors'];
  metricReaders?: AzureMonitorOpenTelemetryOptions['metricReaders'];
  logRecordProcessors?: AzureMonitorOpenTelemetryOptions['logRecordProcessors'];
}

export interface Telemetry {
  readonly signals: Signals;
  /** For pino's `mixin`: the current trace and span ids, so a log line joins its request in Application Insights. */
  logContext(): Record<string, string>;
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

export function startTelemetry(options: TelemetryOptions): Telemetry {
  // Statsbeat reports the SDK's own usage to a Microsoft endpoint that is not this deployment's
  // Application Insights: off (both the essential and the non-essential kind) unless an operator
  // sets these variables themselves.
  process.env.APPLICATION_INSIGHTS_NO_STATSBEAT ??= 'true';
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED ??= 'true';
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: options.connectionString },
    // Escalations are rare and each one matters: keep every trace rather than 5 a second.
    samplingRatio: 1,
    tracesPerSecond: 0,
    enableLiveMetrics: false,
    instrumentationOptions: { http: { enabled: true }, azureSdk: { enabled: true } },
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
    ...(options.metricReaders ? { metricReaders: options.metricReaders } : {}),
    ...(options.logRecordProcessors ? { logRecordProcessors: options.logRecordProcessors } : {}),
  });
  return { signals: otelSignals(), logContext, shutdown: shutdownAzureMonitor };
}

function logContext(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  if (context === undefined || !trace.isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId, trace_flags: `0${context.traceFlags.toString(16)}` };
}

/** The instruments behind Signals. Names are what Application Insights shows in customMetrics. */
export function otelSignals(): Signals {
  const meter = metrics.getMeter(INSTRUMENTATION_NAME);
  const tracer = trace.getTracer(INSTRUMENTATION_NAME);
  const turns = meter.createCounter('navigator.turns', { description: 'Turns handled, by channel' });
  const risk = meter.createCounter('navigator.risk.assessments', {
    description: 'Typed messages assessed for risk, by level',
  });
  const raised = meter.createCounter('navigator.escalations.raised', { description: 'Escalations raised, by level' });
  const delivered = meter.createCounter('navigator.escalations.delivered', {
    description: 'Escalation cards delivered to a duty worker, by level and round',
  });
  const claimed = meter.createCounter('navigator.escalations.claimed', {
    description: 'Escalations claimed, by level',
  });
  const closed = meter.createCounter('navigator.escalations.closed', {
    description: 'Escalations closed with an outcome, by level',
  });
  const timeToClaim = meter.createHistogram('navigator.escalation.time_to_claim', {
    unit: 's',
    description: 'From an escalation being raised to its claim',
  });
  const deadlinePassed = meter.createCounter('navigator.escalations.deadline_passed', {
    description: 'Escalation deadlines passed unclaimed; past_last_rung when nobody is left on the ladder',
  });
  const storeErrors = meter.createCounter('navigator.store.errors', {
    description: 'Store operations that failed, by operation',
  });
  return {
    turn: (channel) => turns.add(1, { 'navigator.channel': channel }),
    riskAssessed: (level) => risk.add(1, { 'risk.level': level }),
    escalationRaised: (level, recipients) =>
      raised.add(1, { 'escalation.level': level, 'escalation.reached_someone': recipients > 0 }),
    escalationDelivered: (level, round) => delivered.add(1, { 'escalation.level': level, 'escalation.round': round }),
    escalationClaimed: (level, seconds) => {
      claimed.add(1, { 'escalation.level': level });
      timeToClaim.record(Math.max(0, seconds), { 'escalation.level': level });
    },
    escalationClosed: (level) => closed.add(1, { 'escalation.level': level }),
    escalationDeadlinePassed: (level, pastLastRung) =>
      deadlinePassed.add(1, { 'escalation.level': level, 'escalation.past_last_rung': pastLastRung }),
    storeError: (operation) => storeErrors.add(1, { 'store.operation': operation }),
    annotate: (attributes) => trace.getActiveSpan()?.setAttributes(attributes as Attributes),
    inSpan: (name, attributes, work) =>
      tracer.startActiveSpan(name, { attributes: attributes as Attributes }, async (span) => {
        try {
          return await work();
        } catch (err) {
          // The error's type only: a message can quote what was sent.
          const type = err instanceof Error ? err.name : typeof err;
          span.setStatus({ code: SpanStatusCode.ERROR, message: type });
          span.setAttribute('error.type', type);
          throw err;
        } finally {
          span.end();
        }
      }),
  };
}
