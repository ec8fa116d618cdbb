import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from './load-corpus';

describe('loadDirectory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'spam', 'old'), { recursive: true });
  mkdirSync(path.join(dir, 'ham'));
  // A latin-1 byte (0xE9) that is not valid UTF-8, and a UTF-8 "é" (0xC3 0xA9).
  writeFileSync(path.join(dir, 'spam', 'old', '2.eml'), Buffer.from([0x53, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(path.join(dir, 'ham', '1.eml'), Buffer.from('S: caf\u00e9\n', 'utf8'));
  writeFileSync(path.join(dir, 'ham', 'index.json'), '[]');

  const labelOf = (relativePath: string) => (relativePath.endsWith('.eml') ? (relativePath.startsWith('spam/') ? 'spam' : 'ham') : null);

  it('reads labelled files in a stable order, with ids and groups from their paths', () => {
    const messages = loadDirectory(dir, labelOf);
    expect(messages.map(({ id, group, label }) => ({ id, group, label }))).toEqual([
      { id: 'ham/1.eml', group: 'ham', label: 'ham' },
      { id: 'spam/old/2.eml', group: 'spam/old', label: 'spam' },
    ]);
  });

  it('keeps every byte: one character per byte', () => {
    const [ham, spam] = loadDirectory(dir, labelOf);
    expect(spam.raw).toBe('S: \xe9\n');
    expect(ham.raw).toBe('S: caf\xc3\xa9\n');
  });
});
