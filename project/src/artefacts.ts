/**
 * Every file the pipeline writes, as a schema. The pipeline validates what it writes against
 * these; the site reads the files through the same types (and validates them when it builds),
 * and exercise code reads `dataset:<name>` through them. Where a producing module already
 * declares the type, the schema is checked against it at compile time (`satisfies`), so the two
 * cannot drift apart; the descriptions feed the course's data dictionary.
 */
import * as z from 'zod';
import type { TwoProportionResult } from './ab-test';
import type { Summary } from './describe';
import type { TokenCounts, TokenLogOdds } from './log-odds';
import type { SampleRatioResult } from './sample-ratio';
import { ARMS, type ExperimentDay } from './simulate-experiment';
import { MODEL_NAMES, SELECTION_METHODS, type ExperimentRow, type ModelResult } from './compare-models';
import type { ScoreDrift } from './drift';
import type { Evaluation, LearningCurvePoint } from './evaluate';
import { modelFileSchema, MODEL_KINDS } from './model-file';
import { SPLIT_NAMES, type GroupDates } from './prepare-data';
import type { GroupQuality, QualityReport } from './quality';
import type { Decision, MonitoringWindow, RetrainingRule } from './retraining';
import type { LeakageReport } from './split';
import { COMPARISONS, type Named, type RateDifference } from './compare-rates';
import { LIMIT_VERDICTS, type RateWithInterval } from './model-card';
import type { MonitorReport, WeekRate } from './override-monitor';
import type { ResultsRow } from './results-table';
import type { LaunchScenario, StreamDesign } from './simulate-launch';
import { labelSchema, stageCountSchema } from './types';

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
// Records keyed by an enum must have every key: one entry per split, per model.
const bySplit = <T extends z.ZodType>(schema: T) => z.record(z.enum(SPLIT_NAMES), schema);
const byModel = <T extends z.ZodType>(schema: T) => z.record(z.enum(MODEL_NAMES), schema);
const byModelKind = <T extends z.ZodType>(schema: T) => z.record(z.enum(MODEL_KINDS), schema);

/** `{ [key]: value(key) }` for every key, typed as the complete record the schemas above expect. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
const corpusSchema = z.object({ package: z.string().describe('The npm package the corpus is read from.'), version: z.string().describe('Its version.') }).describe('Where the corpus came from.');

// ── metrics.json ────────────────────────────────────────────────────────────────────────────
const operatingPointSchema = z.object({
  threshold: z.number().describe('Scores at or above it are called spam.'),
  recall: share.describe('Share of spam flagged.'),
  falsePositiveRate: share.describe('Share of legitimate mail flagged.'),
});
const wrongDecisionSchema = z.object({ id: z.string(), group: z.string(), label: labelSchema, subject: z.string(), score: z.number() }).describe('A misclassified message, identified but never quoted beyond its subject.');
const evaluationSchema = z
  .object({
    messages: count,
    spam: count,
    ham: count,
    threshold: z.number().describe('Scores at or above it are called spam.'),
    rocAuc: share.describe('Area under the ROC curve: the chance a random spam scores above a random ham (ties count half).'),
    confusion: z
      .object({ truePositives: count, falsePositives: count, trueNegatives: count, falseNegatives: count })
      .describe('Spam is the positive class: a false positive is a legitimate email sent to the spam folder.'),
    precision: share.describe('Of the messages flagged, the share that were spam (1 when nothing is flagged).'),
    recall: share.describe('Of the spam, the share flagged.'),
    f1: share.describe('Harmonic mean of precision and recall.'),
    falsePositiveRate: share.describe('Of the legitimate mail, the share flagged.'),
    recallAtMaxFpr: operatingPointSchema.describe('The best recall reachable on this slice within the false-positive limit (hindsight).'),
    byGroup: z
      .array(z.object({ group: z.string(), label: labelSchema, messages: count, errors: count, errorRate: share }))
      .describe('Errors per corpus group: an average can hide that all the mistakes are hard ham.'),
    worstFalsePositives: z.array(wrongDecisionSchema).describe('The legitimate messages scored most confidently as spam.'),
    worstFalseNegatives: z.array(wrongDecisionSchema).describe('The spam scored most confidently as legitimate.'),
  })
  .describe('One model at one threshold on one set of messages.') satisfies z.ZodType<Evaluation>;

const modelResultSchema = z
  .object({
    name: z.enum(MODEL_NAMES),
    threshold: operatingPointSchema.describe('The threshold chosen on held-out scores of the training period, and what it achieved there.'),
    heldOut: evaluationSchema.describe('The pooled held-out scores of the training period, at that threshold.'),
    test: evaluationSchema.describe('The test set, scored once by the model refitted on the whole training period.'),
  }) satisfies z.ZodType<ModelResult>;

const leakageSchema = z.object({ ok: z.boolean(), testNotAfterTraining: count, straddlingClusters: count, problems: z.array(z.string()) }) satisfies z.ZodType<LeakageReport>;
const partCounts = z.object({ messages: count, spam: count });

export const metricsSchema = z
  .object({
    corpus: corpusSchema,
    requirements: z
      .object({
        maxFalsePositiveRate: share,
        latencyP99Ms: z.number().positive(),
        serviceLatencyP99Ms: z.number().positive(),
        modelMemoryBytes: count,
        maxMessageBytes: count,
        reasonsPerDecision: count,
      })
      .describe('The product’s requirements (project/src/requirements.ts) the models were held to.'),
    features: z
      .object({
        maxTokens: count.describe('Tokens read per message at most.'),
        maxTextChars: count.describe('Body characters read per message at most.'),
        vocabulary: z.object({ minDocumentFrequency: count.describe('Training messages a token must appear in.'), maxSize: count.describe('Tokens kept at most.') }),
      })
      .describe('How messages become features.'),
    splits: bySplit(z.object({ train: partCounts, validation: partCounts, test: partCounts })).describe('Messages and spam in each part of each split.'),
    leakage: bySplit(leakageSchema),
    selection: bySplit(
      z.object({
        method: z.enum(SELECTION_METHODS),
        folds: count.describe('Folds (k-fold) or blocks in time (forward chaining).'),
        seed: z.number().int(),
        trainingPeriod: z.object({ messages: count, spam: count, ham: count }),
        heldOut: z.object({ messages: count, spam: count, ham: count }).describe('Training messages that received a held-out score (forward chaining never scores its first block).'),
      }),
    ).describe('How each split chose its thresholds and model: forward chaining in time for the time split, stratified k-fold for the others.'),
    models: bySplit(byModel(modelResultSchema)).describe('Every model on every split.'),
    selectionComparison: z
      .record(z.enum(SELECTION_METHODS), byModel(z.object({ threshold: operatingPointSchema, test: evaluationSchema })))
      .describe('The time split chosen both ways: each method’s thresholds, and what they did on the test set.'),
    chosenModel: z.object({ kind: z.enum(MODEL_KINDS), modelVersion: z.string(), chosenOn: z.string() }).describe('The model that ships, and on what it was chosen.'),
    vocabularySize: count.describe('Tokens in the shipped model’s vocabulary.'),
    serving: z
      .object({ messages: count, labelAgreement: share, maxScoreDifference: z.number().nonnegative() })
      .describe('The test set scored by the shipped SpamFilter from raw text, against the pipeline’s own scores: one feature path means no difference.'),
  })
  .describe('What every model achieved on every split, and which one ships.');
export type Metrics = z.infer<typeof metricsSchema>;

// ── manifest.json ───────────────────────────────────────────────────────────────────────────
export const stageTimingSchema = z.object({
  stage: z.string(),
  ms: count,
  peakRssMb: count.describe('Highest resident set size of the process so far, in MB.'),
});
export type StageTiming = z.infer<typeof stageTimingSchema>;

export const manifestSchema = z
  .object({
    inputsHash: z.string().describe('Hash of the corpus version and every source file: same hash, same outputs.'),
    corpus: corpusSchema,
    manifestHash: z.string().describe('Hash of `stages`: two runs with the same hash saw the same data.'),
    stages: z.array(stageCountSchema),
    timings: z.array(stageTimingSchema).describe('Wall time and memory of each step of the run (these change from run to run).'),
  })
  .describe('Counts in and out of every stage of the pipeline, and what each stage cost.');
export type Manifest = z.infer<typeof manifestSchema>;

// ── quality.json ────────────────────────────────────────────────────────────────────────────
const distributionSchema = z.object({ min: z.number(), p25: z.number(), median: z.number(), p75: z.number(), max: z.number() });
const groupQualitySchema = z.object({
  name: z.string().describe('A corpus group (`spam-2`) or a label (`spam`).'),
  messages: count,
  emptyBody: count,
  hasHtml: count,
  htmlOnly: count,
  htmlOnlyShare: share,
  htmlInPlainText: count,
  withAttachments: count,
  undecodableText: count,
  sizeBytes: distributionSchema,
  receivedDate: z.object({ fromReceived: count, fromDateHeader: count, missing: count, repaired: count }),
  dateHeader: z.object({ missing: count, unparseable: count, repaired: z.record(z.string(), count), outsidePeriod: count, offByMoreThanADay: count }),
  charsets: z.record(z.string(), count),
  transferEncodings: z.record(z.string(), count),
  duplicatesRemoved: count,
}) satisfies z.ZodType<GroupQuality>;
const quartiles = z.object({ min: z.string(), p25: z.string(), median: z.string(), p75: z.string(), max: z.string() });

export const qualitySchema = z
  .object({
    quality: z.object({
      messages: count,
      byGroup: z.array(groupQualitySchema),
      byLabel: z.array(groupQualitySchema),
      duplicates: z.object({ exactRemoved: count, nearRemoved: count, clusters: count, mixedLabelClusters: count }),
    }) satisfies z.ZodType<QualityReport>,
    dateOverlap: z
      .array(
        z.object({
          group: z.string(),
          label: labelSchema,
          messages: count,
          undated: count,
          received: quartiles.nullable(),
          timeSplit: z.object({ train: count, validation: count, test: count }).describe('The group’s messages in each part of the time split, after deduplication.'),
        }) satisfies z.ZodType<GroupDates>,
      )
      .describe('When each corpus group’s messages arrived (before deduplication), and where they landed in the time split.'),
    duplicates: count.describe('Duplicate clusters found.'),
  })
  .describe('The data-quality report: what is missing, broken, odd or duplicated, per group and per label.');
export type Quality = z.infer<typeof qualitySchema>;

// ── performance.json ────────────────────────────────────────────────────────────────────────
const latencySchema = z.object({ p50Ms: z.number().nonnegative(), p99Ms: z.number().nonnegative(), maxMs: z.number().nonnegative(), samples: count });
export type LatencySummary = z.infer<typeof latencySchema>;

export const performanceSchema = z
  .object({
    measuredOn: z.string(),
    latency: byModel(latencySchema).describe('Time to classify one raw message in process, per model.'),
    memory: byModelKind(
      z.object({
        fileBytes: count,
        retainedBytes: count.describe('Heap bytes one loaded SpamFilter keeps alive: the median increment over several loads kept alive.'),
        payloadBytes: count.describe('The model’s weights, token text and index counted from its own arrays and maps (modelFootprint): what any engine must hold at the least.'),
        vocabulary: count,
      }),
    ).describe('Size of each model file, and the memory a loaded model keeps.'),
  })
  .describe('Latency and memory of each model, measured by the pipeline.');
export type Performance = z.infer<typeof performanceSchema>;

// ── software-engineering.json ───────────────────────────────────────────────────────────────
const classificationSchema = z.object({
  label: labelSchema,
  score: share,
  threshold: share,
  reasons: z.array(z.object({ token: z.string(), weight: z.number() })).describe('The tokens that moved the score most, largest first; positive towards spam.'),
});
export const softwareEngineeringSchema = z
  .object({
    model: z
      .object({ schemaVersion: z.number().int(), modelVersion: z.string(), kind: z.enum(MODEL_KINDS), corpus: z.string(), vocabulary: count, threshold: share })
      .describe('The shipped model file’s identity.'),
    examples: z
      .array(
        z.object({
          id: z.string(),
          group: z.string(),
          classification: classificationSchema,
          explanation: z.array(z.string()).describe('The decision in plain words (explain).'),
          logLine: z.string().describe('The JSON line the filter logged for it.'),
        }),
      )
      .describe('A demo spam and a demo ham of the sample, classified by the shipped SpamFilter.'),
    refusals: z
      .array(z.object({ input: z.string(), code: z.enum(['empty_message', 'message_too_large', 'not_an_email']), message: z.string(), logLine: z.string() }))
      .describe('What the filter says to each kind of input it refuses.'),
  })
  .describe('The shipped filter at work, for the software engineering lessons.');
export type SoftwareEngineeringFigures = z.infer<typeof softwareEngineeringSchema>;

// ── charts.json ─────────────────────────────────────────────────────────────────────────────
const rocSchema = z.array(z.object({ fpr: share, tpr: share }));
export const chartsSchema = z
  .object({
    roc: bySplit(byModel(rocSchema)).describe('ROC curves on each split’s test set, thinned for the browser.'),
    scoreHistograms: byModel(z.array(z.object({ from: share, to: share, spam: count, ham: count }))).describe('Score distributions on the time split’s test set.'),
    learningCurves: byModelKind(z.array(z.object({ trainSize: count, rocAuc: share, recallAtMaxFpr: share }) satisfies z.ZodType<LearningCurvePoint>)),
  })
  .describe('Data for the lessons’ charts.');
export type Charts = z.infer<typeof chartsSchema>;

// ── lesson-examples.json ────────────────────────────────────────────────────────────────────
const lessonExampleSchema = z.object({
  id: z.string(),
  rule: z.string().describe('The rule the message was picked by: the first message in id order that meets it.'),
  raw: z.string().describe('Raw text, shortened; `…` marks a cut.'),
  parsed: z.string().optional().describe('What a parser makes of it, shortened.'),
});
export type LessonExample = z.infer<typeof lessonExampleSchema>;

export const lessonExamplesSchema = z
  .object({
    counts: z
      .object({
        messages: count,
        mboxFromLine: count.describe('Messages starting with an mbox `From sender date` line.'),
        crlf: count.describe('Messages with CRLF line ends.'),
        noBlankLine: count.describe('Messages with no empty line between header and body.'),
        eightBit: count.describe('Messages with bytes above 127.'),
        eightBitInHeaders: count,
        foldedHeaders: count.describe('Messages with at least one header field folded over several lines.'),
        junkHeaderLines: count.describe('Messages with a header line that is neither a field nor a continuation (the mbox line aside).'),
        encodedWordSubject: count,
        fieldsMedian: count,
        fieldsMax: count,
        receivedMedian: count,
        receivedMax: count,
        fieldNames: count.describe('Distinct header field names, case-insensitively.'),
        fieldNamesWithSeveralSpellings: count,
        messageIdSpellings: z.array(z.string()),
      })
      .describe('Facts counted over the raw corpus.'),
    examples: z.record(z.string(), lessonExampleSchema),
  })
  .describe('Facts and real excerpts of the raw corpus for the data-engineering lessons.');
export type LessonExamples = z.infer<typeof lessonExamplesSchema>;

// ── analysis.json ───────────────────────────────────────────────────────────────────────────
const summarySchema = z.object({ n: count, mean: z.number(), min: z.number(), p25: z.number(), median: z.number(), p75: z.number(), max: z.number() }) satisfies z.ZodType<Summary>;
const shareWithIntervalSchema = z.object({ count, share, low: share, high: share }).describe('Messages that have it, their share, and its 95% Wilson interval.');
export const FACT_FIELDS = ['bytes', 'words', 'parts', 'links', 'headerFields', 'received'] as const;
const describedSchema = z.object({
  messages: count,
  byGroup: z.array(
    z.object({
      group: z.string(),
      label: labelSchema,
      messages: count,
      html: shareWithIntervalSchema,
      withLinks: shareWithIntervalSchema,
      summaries: z.record(z.enum(FACT_FIELDS), summarySchema),
    }),
  ),
});
const tokenCountsSchema = z.object({ token: z.string(), spam: count, ham: count }) satisfies z.ZodType<TokenCounts>;
const tokenLogOddsSchema = tokenCountsSchema.extend({ logOdds: z.number() }) satisfies z.ZodType<TokenLogOdds>;
const tokenFiguresSchema = z.object({
  spamMessages: count,
  hamMessages: count,
  tokens: count.describe('Distinct tokens.'),
  onlyInSpam: count.describe('Tokens seen in spam and never in ham.'),
  onlyInSpamOnce: count.describe('Of those, tokens seen in a single spam message.'),
  unsmoothedTop: z.array(tokenCountsSchema).describe('The top of an unsmoothed ranking: every token never seen in ham ties at +∞, in token order.'),
  topSpam: z.array(tokenLogOddsSchema),
  topHam: z.array(tokenLogOddsSchema).describe('Most ham-like first.'),
  rates: z.array(tokenCountsSchema.extend({ messages: count, rate: share, low: share, high: share })).describe('Spam rate among messages with the token, with its 95% Wilson interval: tiny counts first, then the strongest tokens.'),
});
const armResultSchema = z.object({ users: count, conversions: count });
const armTotalsSchema = z.record(z.enum(ARMS), armResultSchema);
const twoProportionSchema = z.object({
  controlRate: share,
  treatmentRate: share,
  difference: z.number(),
  z: z.number(),
  pValue: share,
  interval: z.object({ low: z.number(), high: z.number() }),
}) satisfies z.ZodType<TwoProportionResult>;
const sampleRatioSchema = z.object({ chiSquare: z.number().nonnegative(), degreesOfFreedom: count, pValue: share }) satisfies z.ZodType<SampleRatioResult>;

export const analysisSchema = z
  .object({
    describe: z.object({ fields: z.array(z.enum(FACT_FIELDS)), corpus: describedSchema.describe('The cleaned, de-duplicated corpus.'), sample: describedSchema.describe('The browser sample.') }),
    tokens: z.object({
      period: z.string(),
      alpha: z.number().positive().describe('Add-alpha smoothing of the log-odds.'),
      corpus: tokenFiguresSchema,
      sample: tokenFiguresSchema.describe('The sample’s messages of the same period.'),
    }),
    experiment: z
      .object({
        simulated: z.literal(true),
        design: z.object({
          metric: z.string(),
          baseline: share,
          target: share,
          alpha: share,
          power: share,
          usersPerDay: count,
          treatmentShare: share,
          seed: z.number().int(),
          sampleSizePerArm: count,
          days: count,
        }),
        trueRates: z.record(z.enum(ARMS), share),
        daily: z.array(z.object({ day: count, arm: z.enum(ARMS), users: count, conversions: count }) satisfies z.ZodType<ExperimentDay>),
        totals: armTotalsSchema,
        test: twoProportionSchema,
        sampleRatio: sampleRatioSchema,
        broken: z.object({ lostTreatmentShare: share, totals: armTotalsSchema, sampleRatio: sampleRatioSchema, test: twoProportionSchema }),
        peeking: z.object({
          experiments: count,
          usersPerPeek: count,
          rate: share,
          alpha: share,
          seed: z.number().int(),
          points: z.array(z.object({ peeks: count, experiments: count, falsePositives: count, falsePositiveRate: share })),
        }),
      })
      .describe('A simulated, seeded A/B test of a quarantine folder: no real users.'),
  })
  .describe('Figures for the data-analysis lessons: per-group descriptions, token log-odds and rates, and the simulated experiment.');
export type Analysis = z.infer<typeof analysisSchema>;

// ── public/data/sample.json ─────────────────────────────────────────────────────────────────
export const SPLIT_PARTS = ['train', 'validation', 'test'] as const;
export const sampleMessageSchema = z.object({
  id: z.string(),
  group: z.string(),
  label: labelSchema,
  date: z.string().nullable().describe('When the message was received (the cleaned date, ISO 8601 UTC); null when no trustworthy date exists.'),
  splits: bySplit(z.enum(SPLIT_PARTS).nullable()).describe('Where the message sits in each split (null: left out of that split, e.g. undated or removed as a duplicate).'),
  demo: z.boolean().describe('A clear, correctly classified test message, for the demo page.'),
  raw: z.string(),
});
export type SampleMessage = z.infer<typeof sampleMessageSchema>;
export const sampleSchema = z.array(sampleMessageSchema).describe('A stratified sample of raw messages (the same number from each corpus group), for exercises in the browser.');
export type Sample = z.infer<typeof sampleSchema>;

// ── demo-examples.json ──────────────────────────────────────────────────────────────────────
export const demoExamplesSchema = z
  .object({
    model: z.object({ kind: z.enum(MODEL_KINDS), modelVersion: z.string() }).describe('The model that picked the examples (the shipped one).'),
    examples: z.array(sampleMessageSchema.pick({ id: true, label: true, raw: true })).describe('The sample’s demo messages: clear, correctly classified test messages.'),
  })
  .describe('The Try-the-filter page’s examples, built into the page so it does not download the whole sample.');
// ── ml-figures.json ─────────────────────────────────────────────────────────────────────────
const labelCountsSchema = z.object({ messages: count, spam: count, ham: count });
const vocabularyFiguresSchema = z.object({
  trainingMessages: count,
  distinctTokens: count.describe('Distinct tokens in the training messages, before the vocabulary’s filters.'),
  size: count.describe('The vocabulary fitted on the training messages.'),
  withTest: z
    .object({ size: count, added: count, testOnly: count.describe('Added tokens that no training message contains.'), testOnlyExamples: z.array(z.string()) })
    .describe('The vocabulary fitted on training and test messages together: the leak.'),
});
const rankingSchema = z.object({ rocAuc: share, recallAtMaxFpr: share });
const rawNaiveBayesSchema = z
  .object({
    messages: count,
    maxLogOdds: z.number(),
    minLogOdds: z.number(),
    tiedAtOne: z.object({ messages: count, ham: count }).describe('Test messages whose sigmoid score is exactly 1.'),
    rocAuc: z.object({ tiesTogether: share, spamFirst: share, hamFirst: share }).describe('ROC AUC with ties moved together, and walked one message at a time with either label first.'),
  })
  .describe('Naive Bayes without calibration, scored on test messages.');
const epochSchema = z.object({ epoch: count, logLoss: z.number().nonnegative() });
const wrongDecisionWithReasonsSchema = z.object({
  id: z.string(),
  group: z.string(),
  subject: z.string(),
  score: share,
  reasons: z.array(z.object({ token: z.string(), weight: z.number() })),
});
const errorGroupSchema = z.object({ messages: count, byGroup: z.record(z.string(), count), htmlShare: share, medianTokens: count });
const errorKindSchema = z.object({ worst: z.array(wrongDecisionWithReasonsSchema), wrong: errorGroupSchema, right: errorGroupSchema });
const thresholdOutcomeSchema = z.object({ recall: share, falsePositiveRate: share, falsePositives: count, ham: count, costPer10k: z.number().nonnegative() });
const thresholdRuleSchema = z.object({
  rule: z.enum(['most recall within the limit', 'cheapest within the limit', 'cheapest, limit met with 95% confidence']),
  threshold: z.number().nullable().describe('null: flag nothing.'),
  heldOut: thresholdOutcomeSchema,
  test: thresholdOutcomeSchema,
});

export const mlFiguresSchema = z
  .object({
    tokens: z.object({ id: z.string(), subject: z.string(), count, first: z.array(z.string()) }).describe('The shortest spam of the sample and its first tokens.'),
    vocabulary: z.object({
      corpus: vocabularyFiguresSchema,
      sample: vocabularyFiguresSchema,
      leakEffect: z.object({ clean: rankingSchema, leaky: rankingSchema }).describe('Logistic regression on the time split’s test set, with the clean and the leaky vocabulary.'),
    }),
    naiveBayes: z.object({ corpus: rawNaiveBayesSchema, sample: rawNaiveBayesSchema }),
    trainingLoss: z.object({ corpus: z.array(epochSchema), sample: z.array(epochSchema) }).describe('Logistic regression’s mean log loss per epoch on the training period.'),
    sample: z
      .object({
        training: labelCountsSchema,
        test: labelCountsSchema,
        heldOut: z.object({ messages: count, ham: count }),
        experimentLog: z.array(
          z.object({
            model: z.enum(MODEL_NAMES),
            threshold: z.number(),
            heldOutRecall: share,
            heldOutFpr: share,
            testRocAuc: share,
            testRecall: share,
            testFpr: share,
            testPrecision: share,
            withinFprLimit: z.boolean(),
          }) satisfies z.ZodType<ExperimentRow>,
        ),
        learningCurve: z.array(z.object({ trainSize: count, rocAuc: share, recallAtMaxFpr: share }) satisfies z.ZodType<LearningCurvePoint>),
      })
      .describe('The pipeline’s procedures run on the browser sample’s time split.'),
    errors: z.object({ threshold: share, falsePositives: errorKindSchema, falseNegatives: errorKindSchema }).describe('The shipped model’s mistakes on the time split’s test set.'),
    thresholds: z.object({
      costs: z.object({ falsePositive: z.number(), falseNegative: z.number() }),
      corpus: z.array(thresholdRuleSchema),
      sample: z.array(thresholdRuleSchema),
    }),
    selection: z.object({
      heldOut: z.record(z.enum(SELECTION_METHODS), count).describe('Training messages of the time split that received a held-out score, by method.'),
      blocks: z.array(z.object({ trainedOn: count, messages: count, spam: count, ham: count, rocAuc: share, threshold: z.number().nullable() })).describe('Forward chaining block by block, for the shipped model.'),
      kFold: z.object({ rocAuc: share, trainedOn: count }),
    }),
  })
  .describe('Figures for the Machine learning lessons, on the corpus and on the browser sample.');
export type MlFigures = z.infer<typeof mlFiguresSchema>;

// ── public/data/drift.json ──────────────────────────────────────────────────────────────────
const labelledSchema = z
  .object({ ham: count, falsePositives: count, spam: count, missed: count })
  .describe('What users\' reports would show: legitimate messages and how many were flagged, spam and how much was missed.') satisfies z.ZodType<MonitoringWindow['labelled']>;
export const driftSchema = z
  .object({
    batches: z.object({ first: z.array(z.string()), second: z.array(z.string()) }).describe('The corpus groups of each release batch.'),
    model: z.object({ kind: z.enum(MODEL_KINDS), threshold: share, trainedOn: count.describe('First-batch messages it was trained on.') }).describe('A filter trained on the first batch only, with the threshold the batch split chose.'),
    reference: z.object({ messages: count, spam: count }).describe('The monitoring reference: first-batch messages held out of training.'),
    current: z.object({ messages: count, spam: count }).describe('The window watched: the whole second batch.'),
    scores: z
      .object({
        psi: z.number().nonnegative().describe('Population stability index of the scores, in bins at the reference\'s deciles.'),
        psiHam: z.number().nonnegative().describe('The same among legitimate messages only.'),
        psiSpam: z.number().nonnegative().describe('The same among spam only.'),
        bins: z.array(z.object({ from: share, to: share, reference: share, current: share })),
      })
      .describe('Drift of the filter\'s scores: needs no labels.') satisfies z.ZodType<ScoreDrift & { psiHam: number; psiSpam: number }>,
    tokens: z
      .object({
        watched: count.describe('Tokens watched: the most spam-like and the most ham-like by weight.'),
        psi: z.number().nonnegative(),
        movers: z.array(z.object({ token: z.string(), reference: share, current: share, contribution: z.number(), weight: z.number() })).describe('The watched tokens whose share moved most (largest PSI terms).'),
      })
      .describe('Drift of how often the filter\'s most influential tokens occur, counted once per message.'),
    flaggedShare: z.object({ reference: share, current: share }).describe('Share of messages scored at or above the threshold.'),
    labelled: z.object({ reference: labelledSchema, current: labelledSchema }),
    rule: z.object({ watchPsi: z.number(), retrainPsi: z.number(), maxFalsePositiveRate: share, launchRecall: share, maxRecallDrop: share, minLabelled: count }) satisfies z.ZodType<RetrainingRule>,
    window: z.object({ scorePsi: z.number(), tokenPsi: z.number(), labelled: labelledSchema }).describe('The second batch as one monitoring window.') satisfies z.ZodType<MonitoringWindow>,
    decision: z.object({ action: z.enum(['none', 'watch', 'retrain']), reasons: z.array(z.string()) }).describe('What the retraining rule decides for that window.') satisfies z.ZodType<Decision>,
    shipped: z
      .object({ corpus: z.number().nonnegative(), sample: z.number().nonnegative() })
      .describe('Score PSI of the shipped filter, first-batch groups against second-batch groups: on the whole cleaned corpus, and on the browser sample.'),
  })
  .describe('Drift between the corpus\'s two release batches, as monitoring would see it, and the retraining rule\'s decision.');
export type Drift = z.infer<typeof driftSchema>;

// ── public/data/results.json ───────────────────────────────────────────────────────────────
const periodSchema = z.object({ from: z.string(), to: z.string() }).describe('Dates of the first and last message received (ISO 8601 days).');
export const resultsSchema = z
  .object({
    corpus: corpusSchema,
    requirements: metricsSchema.shape.requirements,
    features: metricsSchema.shape.features,
    selection: z.object({ method: z.enum(SELECTION_METHODS), folds: count }).describe('How the thresholds and the model were chosen on the training period.'),
    training: z.object({ messages: count, spam: count, ham: count, period: periodSchema }).describe('The time split’s training period (train and validation).'),
    test: z.object({ messages: count, spam: count, ham: count, period: periodSchema }).describe('The time split’s test period, scored once.'),
    models: byModel(z.object({ label: z.string().describe('The model’s name as reports print it.'), threshold: operatingPointSchema, test: evaluationSchema })).describe('Every model at the threshold it chose, on the test set.'),
    chosenModel: metricsSchema.shape.chosenModel,
    performance: performanceSchema,
    scoreHistograms: chartsSchema.shape.scoreHistograms,
  })
  .describe('The time split’s results in one file for exercises that report them: every model on the test set, latency and memory, and which model ships.');
export type Results = z.infer<typeof resultsSchema>;

// ── communication.json ──────────────────────────────────────────────────────────────────────
const rateWithIntervalSchema = z.object({ count, of: count, rate: share, low: share, high: share }) satisfies z.ZodType<RateWithInterval>;
const weekRateSchema = rateWithIntervalSchema.extend({ week: count, versusBaseline: z.enum(COMPARISONS).nullable() }) satisfies z.ZodType<WeekRate>;
const monitorReportSchema = z.object({ baseline: rateWithIntervalSchema, weeks: z.array(weekRateSchema), actAt: count.nullable() }) satisfies z.ZodType<MonitorReport>;
const streamSchema = z.object({
  perWeek: count,
  mistakeShare: share,
  actedOnShare: share,
  change: z.object({ fromWeek: count, mistakeShare: share }).optional(),
}) satisfies z.ZodType<StreamDesign>;
const namedSchema = z.object({ name: z.string(), count, of: count }) satisfies z.ZodType<Named>;
const comparisonSchema = z
  .object({ a: namedSchema, b: namedSchema, difference: z.number(), low: z.number(), high: z.number(), verdict: z.enum(COMPARISONS), sentence: z.string() })
  .describe('Two rates, the 95% interval of their difference (Newcombe), what it supports, and that in words.') satisfies z.ZodType<RateDifference & { a: Named; b: Named; sentence: string }>;

export const communicationSchema = z
  .object({
    modelCard: z.string().describe('The shipped model’s card, in Markdown, generated from `results.json`.'),
    resultsTable: z
      .array(z.object({ model: z.string(), 'spam caught': z.string(), 'legitimate mail lost': z.string(), 'lost-mail limit': z.enum(LIMIT_VERDICTS) }) satisfies z.ZodType<ResultsRow>)
      .describe('The write-up’s table: every model on the test set, most spam caught first.'),
    explanations: z
      .array(
        z.object({
          id: z.string(),
          group: z.string(),
          subject: z.string(),
          classification: z.object({ label: labelSchema, score: share, threshold: share, reasons: z.array(z.object({ token: z.string(), weight: z.number() })) }),
          sentences: z.tuple([z.string(), z.string()]),
        }),
      )
      .describe('Decisions of the shipped filter in plain words: the sample’s demo messages, then the legitimate test message it scored most confidently as spam.'),
    comparisons: z.object({ lostMail: comparisonSchema, spamCaught: comparisonSchema, overRules: comparisonSchema }),
    launch: z
      .object({
        simulated: z.literal(true),
        scenario: z.object({ weeks: count, spamFolder: streamSchema, inbox: streamSchema, seed: z.number().int() }) satisfies z.ZodType<LaunchScenario>,
        monitor: z.object({ baselineWeeks: count, consecutive: count }),
        rescues: monitorReportSchema.describe('Mail rescued from the spam folder per message moved there, week by week.'),
        complaints: monitorReportSchema.describe('Spam reported per message delivered to the inbox, week by week.'),
        runs: count.describe('Simulated launches behind `falseAlarms` and `detection`.'),
        falseAlarms: z.array(z.object({ consecutive: count, alarms: count })).describe('Launches with no change at all in which a rule acting after `consecutive` weeks above the baseline acted anyway.'),
        detection: z.array(z.object({ week: count.nullable(), runs: count })).describe('When the rule acted in launches with the week-7 change (null: never).'),
      })
      .describe('A simulated, seeded launch: no real users.'),
  })
  .describe('Figures for the communication lessons: the model card, the write-up’s table, explained decisions, honest comparisons and the simulated launch.');
export type Communication = z.infer<typeof communicationSchema>;

// ── public/data/end-to-end.json ────────────────────────────────────────────────────────────
export const endToEndSchema = z
  .object({
    kind: z.enum(MODEL_KINDS).describe('The model kind the run trains: the one the full pipeline ships.'),
    messages: count.describe('Raw messages of the browser sample the run starts from.'),
    stages: z.array(stageCountSchema).describe('One row per stage, parse to SpamFilter (see `END_TO_END_STAGES`).'),
  })
  .describe('The reference modules run end to end on the browser sample (`runEndToEnd`): what a learner\'s own run is compared with, stage by stage.');
export type EndToEnd = z.infer<typeof endToEndSchema>;

/** Every file the pipeline writes, by its path under `generated/`. */
export const ARTEFACTS = {
  'manifest.json': manifestSchema,
  'metrics.json': metricsSchema,
  'performance.json': performanceSchema,
  'charts.json': chartsSchema,
  'quality.json': qualitySchema,
  'lesson-examples.json': lessonExamplesSchema,
  'demo-examples.json': demoExamplesSchema,
  'analysis.json': analysisSchema,
  'ml-figures.json': mlFiguresSchema,
  'software-engineering.json': softwareEngineeringSchema,
  'public/data/model.json': modelFileSchema.describe('The shipped model: vocabulary, weights, threshold and the metrics it was measured with. SpamFilter loads it.'),
  'public/data/sample.json': sampleSchema,
  'public/data/drift.json': driftSchema,
  'public/data/results.json': resultsSchema,
  'public/data/end-to-end.json': endToEndSchema,
  'communication.json': communicationSchema,
} as const;
export type ArtefactPath = keyof typeof ARTEFACTS;
export type Artefact<P extends ArtefactPath> = z.output<(typeof ARTEFACTS)[P]>;
