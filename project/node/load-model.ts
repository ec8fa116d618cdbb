import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SpamFilter, type SpamFilterOptions } from '../src/spam-filter';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../generated/public/data/model.json', import.meta.url));

/** Loads the pipeline's model file, with a hint when the pipeline has not run yet. */
export function loadSpamFilter(path = process.env.MODEL_PATH ?? DEFAULT_MODEL_PATH, options: SpamFilterOptions = {}): SpamFilter {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`No model at ${path}. Run \`npm run pipeline\` first (or set MODEL_PATH).`);
  }
  return SpamFilter.fromModelFile(text, options);
}
