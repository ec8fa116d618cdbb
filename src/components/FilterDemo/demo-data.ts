import demoFile from '@site/generated/demo-examples.json';
import { readMessage } from '@project/read-message';
import { SpamFilter, silentLogger } from '@project/spam-filter';

export interface DemoExample {
  id: string;
  label: 'spam' | 'ham';
  subject: string;
  raw: string;
}

/**
 * The demo's examples, built into the page from the pipeline's `demo-examples.json`: time-split
 * test messages the model gets right by a wide margin. Built in, so the page shows them at once
 * and does not download the whole browser sample for six messages.
 */
export const demoExamples: DemoExample[] = demoFile.examples.map((message) => ({
  id: message.id,
  label: message.label,
  subject: readMessage(message.raw).subject.trim() || '(no subject)',
  raw: message.raw,
}));

/** The model that picked the examples, named while its file is still on its way. */
export const demoModel = demoFile.model;

/** Loads the trained model the pipeline published; `fromModelFile` checks it, as it crosses a network boundary. */
export async function loadFilter(modelUrl: string): Promise<SpamFilter> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`${modelUrl} answered HTTP ${response.status}. Has the pipeline run (npm run pipeline)?`);
  // The demo shows its own result; a log line per click in the console would only be noise.
  return SpamFilter.fromModelFile(await response.json(), { logger: silentLogger });
}
