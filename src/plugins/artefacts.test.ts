import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTEFACTS } from '@project/artefacts';
import { artefactProblems } from './artefacts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the pipeline files the site reads', () => {
  it('all match their schemas', () => {
    expect(artefactProblems(join(root, 'generated'))).toEqual([]);
  });

  it('are each typed for the pages that import them', () => {
    const declarations = readFileSync(join(root, 'src', 'data', 'artefacts.d.ts'), 'utf8');
    for (const file of Object.keys(ARTEFACTS)) {
      expect(declarations, `src/data/artefacts.d.ts declares @site/generated/${file}`).toContain(`declare module '@site/generated/${file}' {\n  const value: import('@project/artefacts').Artefact<'${file}'>;`);
    }
  });

  describe('a damaged copy', () => {
    const copy = mkdtempSync(join(tmpdir(), 'artefacts-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(root, 'generated'), copy, { recursive: true });

    it('is refused, naming the file and the field', () => {
      const metrics = JSON.parse(readFileSync(join(copy, 'metrics.json'), 'utf8'));
      delete metrics.models.time.rules;
      metrics.vocabularySize = -1;
      writeFileSync(join(copy, 'metrics.json'), JSON.stringify(metrics));
      writeFileSync(join(copy, 'charts.json'), '{ not json');
      rmSync(join(copy, 'public', 'data', 'sample.json'));
      const problems = artefactProblems(copy);
      expect(problems).toContainEqual(expect.stringMatching(/^generated\/metrics\.json: models\.time\.rules: /));
      expect(problems).toContainEqual(expect.stringMatching(/^generated\/metrics\.json: vocabularySize: /));
      expect(problems).toContainEqual(expect.stringMatching(/^generated\/charts\.json is not JSON/));
      expect(problems).toContain('generated/public/data/sample.json is missing');
    });
  });
});
