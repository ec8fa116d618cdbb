import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImage, describeFinding, parseStages } from '../src/dockerfile-rules';

// Docker cannot run where the tests run, so the image's promises are checked on its files with
// the same rules the DevOps chapter's exercise teaches (project/src/dockerfile-rules.ts).
const root = new URL('../../', import.meta.url);
const files = { dockerfile: readFileSync(new URL('Dockerfile', root), 'utf8'), dockerignore: readFileSync(new URL('.dockerignore', root), 'utf8') };

describe("the repository's Dockerfile", () => {
  it('keeps every rule: multi-stage, pinned by digest, non-root, health check, exec form, small context', () => {
    expect(checkImage(files).map(describeFinding)).toEqual([]);
  });

  it('serves on the port the service listens on, and ships the model the pipeline trained', () => {
    const final = parseStages(files.dockerfile).at(-1)!;
    const args = (keyword: string) => final.instructions.filter((instruction) => instruction.getKeyword() === keyword).map((instruction) => instruction.getArgumentsContent());
    expect(args('EXPOSE')).toEqual(['8787']);
    expect(args('ENV').join(' ')).toMatch(/PORT=8787/);
    expect(args('COPY').join('\n')).toMatch(/generated\/public\/data\/model\.json/);
  });
});
