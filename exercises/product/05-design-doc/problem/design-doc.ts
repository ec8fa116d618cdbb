import { percent } from '@project/format';

/** What a one-page design doc says, gathered from the chapter's work. */
export interface DesignDocInputs {
  title: string;
  /** The problem statement, in a sentence or two. */
  problem: string;
  metric: { name: string; definition: string };
  /** Each requirement, its limit already written for people (e.g. "at most 0.5%"). */
  requirements: { name: string; limit: string }[];
  /** What the baseline did on the test set. Shares are between 0 and 1. */
  baseline: { name: string; messages: number; precision: number; recall: number; falsePositiveRate: number };
  risks: string[];
}

/**
 * The design doc as Markdown: a title, then Problem, Success metric, Requirements (a table),
 * Baseline and Risks (a list), in that order. Every number comes from `inputs`.
 */
export function designDoc(inputs: DesignDocInputs): string {
  // Your code: build the lines of the document and join them with '\n'.
  // The tests (design-doc.test.ts) show the exact headings and formats they expect.
  return `# Design doc: ${inputs.title}\n`;
}
