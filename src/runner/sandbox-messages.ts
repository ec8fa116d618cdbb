/**
 * The messages between the page and the sandbox (iframe and its worker), and their validation.
 * The sandbox runs untrusted code that can post anything, so the page checks every message it
 * receives against these schemas, with bounds on sizes, before believing it.
 */
import * as z from 'zod/mini';
import type { RunEvent, RunOutcome, RunRequest } from './protocol';

/** Page → sandbox. */
export interface RunMessage {
  kind: 'run';
  runId: string;
  request: RunRequest;
}

/** Sandbox → page. */
export type SandboxMessage =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'event'; runId: string; event: RunEvent }
  | { kind: 'outcome'; runId: string; outcome: RunOutcome };

const text = (max: number) => z.string().check(z.maxLength(max));
const location = z.object({ file: text(500), line: z.number(), column: z.optional(z.number()) });
const failure = z.object({
  message: text(20_000),
  expected: z.optional(text(20_000)),
  actual: z.optional(text(20_000)),
  diff: z.optional(text(20_000)),
  location: z.optional(location),
});

const eventSchema = z.union([
  z.object({
    type: z.literal('test'),
    file: z.optional(text(500)),
    path: z.array(text(10_000)).check(z.maxLength(100)),
    name: text(10_000),
    status: z.enum(['pass', 'fail', 'skip']),
    durationMs: z.number(),
    failure: z.optional(failure),
  }),
  z.object({ type: z.literal('console'), level: z.enum(['log', 'info', 'warn', 'error']), text: text(25_000) }),
  z.object({
    type: z.literal('display'),
    title: z.optional(text(1_000)),
    kind: z.literal('table'),
    rows: z.array(z.record(z.string(), z.unknown())).check(z.maxLength(500)),
  }),
  z.object({ type: z.literal('display'), title: z.optional(text(1_000)), kind: z.literal('svg'), svg: text(2_000_000) }),
]);

const outcomeSchema = z.union([
  z.object({
    status: z.literal('finished'),
    passed: z.number(),
    failed: z.number(),
    skipped: z.number(),
    durationMs: z.number(),
    consoleTruncated: z.boolean(),
  }),
  z.object({
    status: z.literal('error'),
    reason: z.enum(['timeout', 'compile', 'import', 'output-limit', 'crash']),
    message: text(20_000),
    location: z.optional(location),
    durationMs: z.number(),
  }),
]);

const sandboxMessageSchema = z.union([
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('fatal'), message: text(20_000) }),
  z.object({ kind: z.literal('event'), runId: text(100), event: eventSchema }),
  z.object({ kind: z.literal('outcome'), runId: text(100), outcome: outcomeSchema }),
]);

/** The message, if it is a well-formed one; `undefined` for anything else. */
export function parseSandboxMessage(data: unknown): SandboxMessage | undefined {
  const result = z.safeParse(sandboxMessageSchema, data);
  return result.success ? (result.data as SandboxMessage) : undefined;
}
