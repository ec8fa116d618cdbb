import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiReference, spamFilterReference } from './api-reference';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reference = spamFilterReference(root);

describe('the SpamFilter reference, read from its source', () => {
  it('documents every public member of SpamFilter', () => {
    expect(reference.members.map((member) => member.name)).toEqual(expect.arrayContaining(['fromModelFile', 'classify', 'classifyBatch', 'threshold', 'modelVersion']));
    expect(reference.members.filter((member) => member.summary === '').map((member) => member.name), 'public members without a doc comment').toEqual([]);
  });

  it('names every refusal code’s error class in what classify throws', () => {
    const classify = reference.members.find((member) => member.name === 'classify')!;
    const thrown = classify.throws.map((entry) => entry.type);
    const refusals = reference.errors.filter((error) => error.code !== null);
    expect(refusals.map((error) => error.code).sort()).toEqual(['empty_message', 'message_too_large', 'not_an_email']);
    for (const error of refusals) expect(thrown, `classify's @throws names ${error.name} (${error.code})`).toContain(error.name);
    for (const error of reference.errors) expect(error.summary, `${error.name} is documented`).not.toBe('');
  });

  it('says what fromModelFile throws, and what every method returns or throws', () => {
    expect(reference.members.find((member) => member.name === 'fromModelFile')!.throws.map((entry) => entry.type)).toEqual(['ModelFileError']);
    for (const member of reference.members.filter((m) => m.kind !== 'property')) {
      expect(member.returns !== '' || member.throws.length > 0 || /^static /.test(member.signature), `${member.name}: @returns or @throws`).toBe(true);
    }
  });

  it('documents every field of the public interfaces', () => {
    const undocumented = reference.interfaces.flatMap((type) => type.fields.filter((field) => field.summary === '').map((field) => `${type.name}.${field.name}`));
    expect(undocumented).toEqual([]);
    expect(reference.interfaces.map((type) => type.name)).toEqual(expect.arrayContaining(['Classification', 'SpamFilterOptions']));
  });

  it('reports a member added without documentation', () => {
    const source = readFileSync(join(root, 'project', 'src', 'spam-filter.ts'), 'utf8').replace('  private decide(', '  reload(): void {}\n\n  private decide(');
    const changed = apiReference(source, 'spam-filter.ts', 'SpamFilter');
    expect(changed.members.filter((member) => member.summary === '').map((member) => member.name)).toEqual(['reload']);
    expect(changed.members.find((member) => member.name === 'reload')!.signature).toBe('reload(): void');
  });
});
