/**
 * The messages between the page and the sandbox (iframe and its workers), and their validation.
 * The sandbox runs untrusted code that can post anything, so the page checks every message it
 * receives before believing it: only JSON crosses (a BigInt or a cycle is refused, not rendered),
 * in the shapes below, with bounds on sizes.
 */
import * as z from 'zod/mini';
import { OUTPUT_LIMITS } from './display';
import { LIBRARY_BUNDLES, type LibraryBundle } from './library-bundles';
import type { RunEvent, RunOutcome, RunRequest } from './protocol';

/** Page → sandbox: a run, one fresh worker each. */
export interface RunMessage {
  kind: 'run';
  runId: string;
  request: RunRequest;
}

/** Page → sandbox: the library bundles a run asked for (their code), or why they could not be had. */
export type LibrariesMessage = { kind: 'libraries'; runId: string; code: Partial<Record<LibraryBundle, string>> } | { kind: 'libraries'; runId: string; error: string };

export type PageMessage = RunMessage | LibrariesMessage;

/** Sandbox → page. */
export type SandboxMessage =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'need-libraries'; runId: string; bundles: LibraryBundle[] }
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
    rows: z.array(z.record(z.string(), z.json())).check(z.maxLength(500)),
  }),
  z.object({ type: z.literal('display'), title: z.optional(text(1_000)), kind: z.literal('svg'), svg: text(2_000_000) }),
  z.object({ type: z.literal('display'), title: z.optional(text(1_000)), kind: z.literal('markdown'), markdown: text(200_000) }),
  z.object({
    type: z.literal('output'),
    name: z.string().check(z.regex(OUTPUT_LIMITS.name)),
    // JSON.stringify below has already proved it is JSON; this bounds its size.
    value: z.json().check(z.refine((value) => JSON.stringify(value).length <= OUTPUT_LIMITS.jsonCharacters, 'an output larger than the limit')),
  }),
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
  z.object({ kind: z.literal('need-libraries'), runId: text(100), bundles: z.array(z.enum(LIBRARY_BUNDLES)).check(z.maxLength(LIBRARY_BUNDLES.length)) }),
  z.object({ kind: z.literal('event'), runId: text(100), event: eventSchema }),
  z.object({ kind: z.literal('outcome'), runId: text(100), outcome: outcomeSchema }),
]);

export type ParsedSandboxMessage = { ok: true; message: SandboxMessage } | { ok: false; reason: string };

/** The message, if it is a well-formed one; else why not, in words for the results panel. */
export function parseSandboxMessage(data: unknown): ParsedSandboxMessage {
  // Structured clone carries more than JSON: a BigInt or a cycle would pass the shape below and
  // then break whatever renders it. JSON.stringify refuses both, with a message that says which.
  try {
    JSON.stringify(data);
  } catch (error) {
    return { ok: false, reason: `a value that is not JSON: ${(error as Error).message.split('\n')[0]}` };
  }
  const result = z.safeParse(sandboxMessageSchema, data);
  if (result.success) return { ok: true, message: result.data as SandboxMessage };
  const issue = result.error.issues[0];
  return { ok: false, reason: `${issue.message} at ${issue.path.join('.') || 'the top level'}` };
}
