import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportProgress, importProgress, newExerciseProgress, readAllProgress, readExerciseProgress, readSettings, writeExerciseProgress } from './storage';

/** A Storage in memory, standing in for the browser's localStorage. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  keys() {
    return [...this.items.keys()];
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.assign(globalThis, { window: { localStorage: store } });
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const ID = 'intro/01-handoff-links';
/** The exercises of the course, as the progress page knows them. */
const COURSE = new Set([ID, 'intro/02-lead-time']);
const KEY = `end-to-end:progress:v1:${ID}`;

describe('exercise progress', () => {
  it('reads back what was written', () => {
    const progress = { ...newExerciseProgress({ 'links.ts': 'return 1;' }), hintsUsed: 2 };
    writeExerciseProgress(ID, progress);
    expect(readExerciseProgress(ID)).toEqual({ value: progress });
  });

  it('has nothing for an exercise never touched', () => {
    expect(readExerciseProgress(ID)).toEqual({ value: null });
  });

  it('sets a damaged entry aside, keeping it under a backup key', () => {
    store.setItem(KEY, '{not json');
    const result = readExerciseProgress(ID);
    expect(result.value).toBeNull();
    expect(result.setAsideAs).toMatch(/^end-to-end:backup:/);
    expect(store.getItem(KEY)).toBeNull();
    expect(store.getItem(result.setAsideAs!)).toBe('{not json');
  });

  it('sets aside an entry of another shape (an older version, or edited by hand)', () => {
    store.setItem(KEY, JSON.stringify({ version: 0, code: 'x' }));
    expect(readExerciseProgress(ID).setAsideAs).toBeDefined();
    expect(store.getItem(KEY)).toBeNull();
  });

  it('lists every valid entry, and says which damaged ones it set aside', () => {
    writeExerciseProgress(ID, newExerciseProgress({}));
    store.setItem('end-to-end:progress:v1:intro/02-lead-time', 'null');
    const all = readAllProgress();
    expect(Object.keys(all.exercises)).toEqual([ID]);
    expect(all.setAside).toEqual([{ id: 'intro/02-lead-time', backupKey: expect.stringMatching(/^end-to-end:backup:.*intro\/02-lead-time$/) }]);
    expect(store.getItem(all.setAside[0].backupKey)).toBe('null');
  });
});

describe('export and import', () => {
  it('round-trips progress and settings through a file', () => {
    writeExerciseProgress(ID, { ...newExerciseProgress({ 'links.ts': 'mine' }), passed: true, attempted: true });
    const file = JSON.stringify(exportProgress());
    store.clear();
    expect(importProgress(COURSE, file)).toEqual({ ok: true, exercises: 1, skipped: 0 });
    expect(readExerciseProgress(ID).value?.files).toEqual({ 'links.ts': 'mine' });
    expect(readSettings().useOwnModules).toBe(false);
  });

  it('replaces what was there', () => {
    writeExerciseProgress('intro/02-lead-time', newExerciseProgress({}));
    const file = { ...exportProgress(), exercises: { [ID]: newExerciseProgress({}) } };
    importProgress(COURSE, JSON.stringify(file));
    expect(Object.keys(readAllProgress().exercises)).toEqual([ID]);
  });

  it('refuses a file that is not JSON, or not a progress file, and changes nothing', () => {
    writeExerciseProgress(ID, newExerciseProgress({ 'links.ts': 'keep me' }));
    const before = store.keys();
    const notJson = importProgress(COURSE, 'hello');
    const other = importProgress(COURSE, JSON.stringify({ name: 'a package.json' }));
    expect(notJson.ok).toBe(false);
    expect(other).toEqual({ ok: false, error: expect.stringMatching(/not a progress file/) });
    expect(store.keys()).toEqual(before);
    expect(readExerciseProgress(ID).value?.files).toEqual({ 'links.ts': 'keep me' });
  });

  it('refuses a damaged progress file, saying where, and changes nothing', () => {
    const file = exportProgress();
    const damaged = { ...file, exercises: { [ID]: { ...newExerciseProgress({}), hintsUsed: -1 } } };
    const result = importProgress(COURSE, JSON.stringify(damaged));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/damaged.*hintsUsed/) });
    expect(readAllProgress().exercises).toEqual({});
  });

  /** A progress file with an entry for each of `ids`. */
  const fileWith = (ids: string[]) => JSON.stringify({ ...exportProgress(), exercises: Object.fromEntries(ids.map((id) => [id, newExerciseProgress({})])) });
  const unknownIds = (count: number) => Array.from({ length: count }, (_, i) => `junk/${String(i % 100).padStart(2, '0')}-x${i}`);

  it('skips exercises the course does not have, and says how many', () => {
    const result = importProgress(COURSE, fileWith([ID, ...unknownIds(5000)]));
    expect(result).toEqual({ ok: true, exercises: 1, skipped: 5000 });
    expect(Object.keys(readAllProgress().exercises)).toEqual([ID]);
    expect(store.keys().filter((key) => key.includes('junk/'))).toEqual([]);
  });

  it('refuses a file none of whose exercises the course has, and changes nothing', () => {
    writeExerciseProgress(ID, { ...newExerciseProgress({ 'links.ts': 'real work' }), passed: true });
    const before = store.keys();
    const result = importProgress(COURSE, fileWith(unknownIds(3000)));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/none of its exercises/) });
    expect(store.keys()).toEqual(before);
    expect(readExerciseProgress(ID).value).toMatchObject({ passed: true, files: { 'links.ts': 'real work' } });
  });
});
