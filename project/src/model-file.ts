import * as z from 'zod';
import type { LinearModel } from './linear-model';
import { vocabularyOf } from './vocabulary';

/** Bumped whenever the file's shape changes; old readers then fail loudly instead of misreading. */
export const MODEL_SCHEMA_VERSION = 1;

export const MODEL_KINDS = ['naive-bayes', 'logistic-regression'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

const metricsSummary = z.object({
  /** Which slice these were measured on, e.g. `time-split test`. */
  measuredOn: z.string(),
  rocAuc: z.number().min(0).max(1),
  precision: z.number().min(0).max(1),
  recall: z.number().min(0).max(1),
  f1: z.number().min(0).max(1),
  falsePositiveRate: z.number().min(0).max(1),
});

export const modelFileSchema = z
  .object({
    schemaVersion: z.literal(MODEL_SCHEMA_VERSION, { error: `this reader understands schema version ${MODEL_SCHEMA_VERSION} only` }),
    modelVersion: z.string().min(1),
    kind: z.enum(MODEL_KINDS),
    /** Which data made this model: the corpus and a hash of the pipeline manifest. */
    createdFrom: z.object({ corpus: z.string().min(1), manifestHash: z.string().regex(/^[0-9a-f]{8,64}$/) }),
    vocabulary: z.array(z.string().min(1)).min(1),
    parameters: z.object({ bias: z.number(), weights: z.array(z.number()) }),
    /** Scores at or above this are spam; chosen on out-of-fold scores of the training period. */
    threshold: z.number().min(0).max(1),
    metrics: metricsSummary,
  })
  .refine((file) => file.parameters.weights.length === file.vocabulary.length, {
    message: 'must have one weight per vocabulary token',
    path: ['parameters', 'weights'],
  });

export type ModelFile = z.infer<typeof modelFileSchema>;
export type MetricsSummary = z.infer<typeof metricsSummary>;

export class ModelFileError extends Error {
  readonly code = 'invalid_model_file';
  constructor(readonly problems: string[]) {
    super(`Invalid model file: ${problems.join('; ')}`);
    this.name = 'ModelFileError';
  }
}

/** Validates a model file (parsed JSON or its text); the error lists every problem by path. */
export function parseModelFile(json: unknown): ModelFile {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new ModelFileError([`not JSON (${(error as Error).message})`]);
    }
  }
  const result = modelFileSchema.safeParse(data);
  if (!result.success) {
    throw new ModelFileError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return result.data;
}

export function modelFromFile(file: ModelFile): LinearModel {
  return {
    vocabulary: vocabularyOf(file.vocabulary),
    bias: file.parameters.bias,
    weights: Float64Array.from(file.parameters.weights),
  };
}

export type ModelFileMetadata = Omit<ModelFile, 'schemaVersion' | 'vocabulary' | 'parameters'>;

export function toModelFile(model: LinearModel, metadata: ModelFileMetadata): ModelFile {
  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    ...metadata,
    vocabulary: model.vocabulary.tokens,
    parameters: { bias: round(model.bias), weights: Array.from(model.weights, round) },
  };
}

/**
 * The model as its file stores it: six decimals change no decision and halve the file the
 * browser downloads. The pipeline measures models rounded this way, so it measures what ships.
 */
export function roundParameters(model: LinearModel): LinearModel {
  return { vocabulary: model.vocabulary, bias: round(model.bias), weights: Float64Array.from(model.weights, round) };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
