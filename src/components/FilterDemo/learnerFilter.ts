/**
 * "Use my filter": the learner's own `SpamFilter` (their saved spam-filter.ts) with the model
 * their capstone run trained in the browser, both read from their saved progress. Their code
 * runs in the course's sandboxed runner, never on the page: a small test program builds the
 * filter, classifies one message and hands the result back with `saveOutput`, and the page
 * believes only what passes the schemas below.
 */
import * as z from 'zod/mini';
import { modelFileSchema, type ModelFile } from '@project/model-file';
import type { RunResult } from '@site/src/components/Exercise/useTestRun';
import type { RunRequest } from '@site/src/runner/protocol';
import type { ExerciseProgress } from '@site/src/progress/schema';

/** The exercise whose run trains the learner's model, and the one where they wrote the class. */
export const CAPSTONE_EXERCISE = 'capstone/01-your-pipeline';
export const SPAM_FILTER_EXERCISE = 'software-engineering/01-spam-filter';
const SPAM_FILTER_FILE = 'spam-filter.ts';
const SPAM_FILTER_MODULE = 'project/src/spam-filter.ts';

export interface LearnerFilter {
  model: ModelFile;
  /** Whether the capstone run that trained it passed every test. */
  modelRunPassed: boolean;
  /** The learner's spam-filter.ts, or null when they have not saved one (the course's class is used). */
  spamFilterCode: string | null;
}

/** The learner's filter, if their progress holds a model trained by the capstone run that passes the model-file schema. */
export function learnerFilterFrom(progress: (id: string) => ExerciseProgress | null): LearnerFilter | null {
  const capstone = progress(CAPSTONE_EXERCISE);
  const parsed = modelFileSchema.safeParse(capstone?.outputs?.model);
  if (!capstone || !parsed.success) return null;
  return { model: parsed.data, modelRunPassed: capstone.passed, spamFilterCode: progress(SPAM_FILTER_EXERCISE)?.files[SPAM_FILTER_FILE] ?? null };
}

// Built as the learner's class is built in the exercise; a refusal (an error with a `code`,
// as SpamFilterError has) is an answer, anything else thrown is a failure of their code.
const PROGRAM = `import { it } from 'vitest';
import { saveOutput } from 'course:display';
import { SpamFilter } from '@project/spam-filter';
import model from 'dataset:model';
import message from 'dataset:message';

it('classifies the message with your SpamFilter and your model', () => {
  const filter = SpamFilter.fromModelFile(model, { logger: () => {} });
  const started = performance.now();
  try {
    const result = filter.classify(message.raw);
    saveOutput('classification', { ...result, latencyMs: performance.now() - started });
  } catch (error) {
    if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') saveOutput('refusal', { message: error.message });
    else throw error;
  }
});
`;
const PROGRAM_FILE = 'classify.test.ts';

/** The run that classifies `raw` with the learner's filter; `projectSources` are those the spam-filter exercise can reach. */
export function classifyRequest(filter: LearnerFilter, raw: string, projectSources: Record<string, string>, timeoutMs: number): RunRequest {
  return {
    files: { [PROGRAM_FILE]: PROGRAM },
    testFiles: [PROGRAM_FILE],
    projectSources,
    datasets: { model: filter.model, message: { raw } },
    moduleOverrides: filter.spamFilterCode === null ? {} : { [SPAM_FILTER_MODULE]: filter.spamFilterCode },
    timeoutMs,
  };
}

const classificationSchema = z.object({
  label: z.enum(['spam', 'ham']),
  score: z.number().check(z.gte(0), z.lte(1)),
  threshold: z.number(),
  reasons: z.array(z.object({ token: z.string(), weight: z.number() })).check(z.maxLength(100)),
  latencyMs: z.number(),
});
const refusalSchema = z.object({ message: z.string() });

export type LearnerAnswer =
  | { kind: 'result'; result: z.infer<typeof classificationSchema> }
  | { kind: 'refusal'; message: string }
  /** Their code did not answer: why, in words for the page. */
  | { kind: 'failed'; message: string };

/** What the run says, checked: a classification or a refusal of the right shape, or why there is none. */
export function readAnswer(run: RunResult, failure: string | undefined): LearnerAnswer {
  const { outcome, outputs } = run;
  if (outcome.status === 'error') return { kind: 'failed', message: outcome.message };
  if (outcome.failed > 0) return { kind: 'failed', message: failure ?? 'its test failed' };
  const refusal = refusalSchema.safeParse(outputs.refusal);
  if (refusal.success) return { kind: 'refusal', message: refusal.data.message };
  const classification = classificationSchema.safeParse(outputs.classification);
  if (classification.success) return { kind: 'result', result: classification.data };
  return { kind: 'failed', message: `its classify returned something that is not a classification (${classification.error.issues[0]?.message ?? 'nothing'} at "${classification.error.issues[0]?.path.join('.') ?? ''}")` };
}
