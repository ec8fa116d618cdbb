import * as z from 'zod';
import { SpamFilter, silentLogger } from '@project/spam-filter';
import { readMessage } from '@project/read-message';

/** The part of the pipeline's `sample.json` the demo reads: checked, because it crosses a network boundary. */
const sampleSchema = z.array(
  z.object({ id: z.string(), label: z.enum(['spam', 'ham']), demo: z.boolean(), raw: z.string() }),
);

export interface DemoExample {
  id: string;
  label: 'spam' | 'ham';
  subject: string;
  raw: string;
}

export interface DemoData {
  filter: SpamFilter;
  examples: DemoExample[];
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}. Has the pipeline run (npm run pipeline)?`);
  return response.json();
}

/** Loads the trained model and the demo examples the pipeline picked from the time split's test set. */
export async function loadDemoData(modelUrl: string, sampleUrl: string): Promise<DemoData> {
  const [modelJson, sampleJson] = await Promise.all([fetchJson(modelUrl), fetchJson(sampleUrl)]);
  // The demo shows its own result; a log line per click in the console would only be noise.
  const filter = SpamFilter.fromModelFile(modelJson, { logger: silentLogger });
  const examples = sampleSchema
    .parse(sampleJson)
    .filter((message) => message.demo)
    .map((message) => ({
      id: message.id,
      label: message.label,
      subject: readMessage(message.raw).subject.trim() || '(no subject)',
      raw: message.raw,
    }));
  return { filter, examples };
}
