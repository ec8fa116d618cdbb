/**
 * Numbers and examples for the software engineering lessons, read from what the pipeline wrote:
 * the shipped filter at work (software-engineering.json), and the latency and memory of every
 * candidate model (performance.json).
 */
import performanceJson from '@site/generated/performance.json';
import figures from '@site/generated/software-engineering.json';
import { requirements } from '@project/requirements';
import { MODEL_LABELS } from './product';

export const shipped = figures.model;
export const [spamExample, hamExample] = figures.examples;
export const refusals = figures.refusals;

export const budgets = {
  latencyP99Ms: requirements.latencyP99Ms,
  modelMemoryMB: requirements.modelMemoryBytes / (1024 * 1024),
  maxMessageKB: requirements.maxMessageBytes / 1024,
  reasons: requirements.reasonsPerDecision,
};

const MB = 1024 * 1024;

/** Each candidate's latency as the pipeline measured it, in ms. */
export const latencyRows = (Object.keys(performanceJson.latency) as (keyof typeof performanceJson.latency)[]).map((model) => ({
  model,
  label: MODEL_LABELS[model],
  ...performanceJson.latency[model],
  withinBudget: performanceJson.latency[model].p99Ms <= requirements.latencyP99Ms,
}));

/** Each model's memory: the file, the payload counted from its arrays and maps, the heap it keeps. */
export const memoryRows = (Object.keys(performanceJson.memory) as (keyof typeof performanceJson.memory)[]).map((model) => {
  const memory = performanceJson.memory[model];
  return {
    model,
    label: MODEL_LABELS[model],
    vocabulary: memory.vocabulary,
    fileMB: memory.fileBytes / MB,
    payloadMB: memory.payloadBytes / MB,
    retainedMB: memory.retainedBytes / MB,
    /** How many times the counted payload the heap really keeps: the engine's overhead. */
    overhead: memory.retainedBytes / memory.payloadBytes,
    shareOfBudget: memory.retainedBytes / requirements.modelMemoryBytes,
  };
});

export const performance = { measuredOn: performanceJson.measuredOn, samples: performanceJson.latency.rules.samples };
