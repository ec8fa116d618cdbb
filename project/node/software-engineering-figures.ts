/**
 * What the software engineering lessons show of the shipped filter: its model file's identity,
 * two demo messages of the sample classified, explained and logged by the project's own code,
 * and the filter's answer to each kind of input it refuses.
 */
import type { SampleMessage, SoftwareEngineeringFigures } from '../src/artefacts';
import { explain } from '../src/explain';
import { jsonLogger } from '../src/logging';
import type { ModelFile } from '../src/model-file';
import { requirements } from '../src/requirements';
import { SpamFilter, SpamFilterError } from '../src/spam-filter';

const REFUSED_INPUTS: { input: string; raw: string }[] = [
  { input: 'an empty string', raw: '' },
  { input: 'blank lines only', raw: '\r\n\r\n  \r\n' },
  { input: 'a sentence with no header fields', raw: 'Hello, is this spam?' },
  { input: `a message one byte over the ${requirements.maxMessageBytes / 1024} KB limit`, raw: `Subject: big\r\n\r\n${'x'.repeat(requirements.maxMessageBytes - 15)}` },
];

export function softwareEngineeringFigures(file: ModelFile, sample: readonly SampleMessage[]): SoftwareEngineeringFigures {
  const lines: string[] = [];
  const filter = SpamFilter.fromModelFile(file, { logger: jsonLogger((line) => lines.push(line)) });
  const examples = (['spam', 'ham'] as const).map((label) => {
    const message = sample.find((m) => m.demo && m.label === label);
    if (!message) throw new Error(`the sample has no demo ${label} message`);
    const classification = filter.classify(message.raw, `demo-${label}`);
    return { id: message.id, group: message.group, classification, explanation: explain(classification), logLine: lines.at(-1)! };
  });
  const refusals = REFUSED_INPUTS.map(({ input, raw }) => {
    try {
      filter.classify(raw, 'refused');
    } catch (error) {
      if (error instanceof SpamFilterError) return { input, code: error.code, message: error.message, logLine: lines.at(-1)! };
      throw error;
    }
    throw new Error(`the filter accepted ${input}`);
  });
  return {
    model: {
      schemaVersion: file.schemaVersion,
      modelVersion: file.modelVersion,
      kind: file.kind,
      corpus: file.createdFrom.corpus,
      vocabulary: file.vocabulary.length,
      threshold: file.threshold,
    },
    examples,
    refusals,
  };
}
