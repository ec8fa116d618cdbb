/**
 * Progress in localStorage: one key per exercise, so one damaged entry costs only that
 * exercise. An entry that fails validation is never used and never silently dropped: it is
 * moved to a backup key and the caller is told, so the page can say so.
 */
import * as z from 'zod/mini';
import {
  PROGRESS_FILE_FORMAT,
  PROGRESS_VERSION,
  exerciseProgressSchema,
  progressFileSchema,
  settingsSchema,
  type ExerciseProgress,
  type ProgressFile,
  type ProgressSettings,
} from './schema';

const PREFIX = 'end-to-end:';
const exerciseKey = (id: string) => `${PREFIX}progress:v${PROGRESS_VERSION}:${id}`;
const SETTINGS_KEY = `${PREFIX}settings:v${PROGRESS_VERSION}`;
const EXERCISE_KEY_PATTERN = new RegExp(`^${PREFIX}progress:v${PROGRESS_VERSION}:(.+)$`);

/** localStorage, or nothing when the browser refuses it (privacy modes, disabled storage). */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function setAside(store: Storage, key: string, raw: string): string {
  const backupKey = `${PREFIX}backup:${new Date().toISOString()}:${key}`;
  try {
    store.setItem(backupKey, raw);
  } catch {
    // Storage full: the entry is still removed below, so the page keeps working.
  }
  store.removeItem(key);
  return backupKey;
}

export type ReadResult<T> = { value: T | null; setAsideAs?: string };

function readValidated<T>(key: string, schema: z.ZodMiniType<T>): ReadResult<T> {
  const store = storage();
  const raw = store?.getItem(key);
  if (!store || raw == null) return { value: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { value: null, setAsideAs: setAside(store, key, raw) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { value: null, setAsideAs: setAside(store, key, raw) };
  return { value: parsed.data };
}

function write(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // quota exceeded or storage refused: the work stays in the editor
  }
}

export function readExerciseProgress(id: string): ReadResult<ExerciseProgress> {
  return readValidated(exerciseKey(id), exerciseProgressSchema);
}

/** Fired on `window` whenever stored progress changes, so progress views stay current. */
export const PROGRESS_CHANGED_EVENT = 'end-to-end:progress-changed';

function announceChange(): void {
  if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
}

export function writeExerciseProgress(id: string, progress: ExerciseProgress): boolean {
  const ok = write(exerciseKey(id), progress);
  announceChange();
  return ok;
}

export function newExerciseProgress(files: Record<string, string>): ExerciseProgress {
  const now = new Date().toISOString();
  return {
    version: PROGRESS_VERSION,
    files,
    attempted: false,
    passed: false,
    hintsUsed: 0,
    solutionRevealed: false,
    startedAt: now,
    updatedAt: now,
  };
}

const DEFAULT_SETTINGS: ProgressSettings = { version: PROGRESS_VERSION, useOwnModules: false };

export function readSettings(): ProgressSettings {
  return readValidated(SETTINGS_KEY, settingsSchema).value ?? DEFAULT_SETTINGS;
}

export function writeSettings(settings: ProgressSettings): boolean {
  return write(SETTINGS_KEY, settings);
}

export interface AllProgress {
  /** Every valid exercise entry, by id. */
  exercises: Record<string, ExerciseProgress>;
  /** The entries that could not be read, moved to a backup key on the way, for the page to say so. */
  setAside: { id: string; backupKey: string }[];
}

export function readAllProgress(): AllProgress {
  const all: AllProgress = { exercises: {}, setAside: [] };
  const store = storage();
  if (!store) return all;
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const match = EXERCISE_KEY_PATTERN.exec(store.key(i) ?? '');
    if (match) ids.push(match[1]);
  }
  for (const id of ids.sort()) {
    const { value, setAsideAs } = readExerciseProgress(id);
    if (value) all.exercises[id] = value;
    if (setAsideAs) all.setAside.push({ id, backupKey: setAsideAs });
  }
  return all;
}

export function exportProgress(): ProgressFile {
  return {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date().toISOString(),
    settings: readSettings(),
    exercises: readAllProgress().exercises,
  };
}

export type ImportResult = { ok: true; exercises: number; skipped: number } | { ok: false; error: string };

/**
 * Replaces the stored progress with a previously exported file. Validates the whole file
 * first: a file that is not valid changes nothing. Entries for exercises the course does not
 * have (`courseExercises`: renamed since, or made up) are skipped, and a file with nothing
 * else is refused, so it cannot replace real progress with nothing.
 */
export function importProgress(courseExercises: ReadonlySet<string>, text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file saved with "Export progress".' };
  }
  const parsed = progressFileSchema.safeParse(json);
  if (!parsed.success) {
    const looksLikeProgress = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === PROGRESS_FILE_FORMAT;
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: looksLikeProgress
        ? `This progress file is damaged or from another version of the course (at "${first.path.join('.')}"). Nothing was changed.`
        : 'This is not a progress file from this course. Choose a file saved with "Export progress". Nothing was changed.',
    };
  }
  const all = Object.entries(parsed.data.exercises);
  const entries = all.filter(([id]) => courseExercises.has(id));
  const skipped = all.length - entries.length;
  if (entries.length === 0 && skipped > 0) {
    return { ok: false, error: `This file holds progress for ${skipped} exercises, but none of its exercises are in this course. Nothing was changed.` };
  }
  const store = storage();
  if (!store) return { ok: false, error: 'This browser does not allow the site to store anything, so progress cannot be imported.' };
  const previous = exportProgress();
  try {
    for (const id of Object.keys(previous.exercises)) store.removeItem(exerciseKey(id));
    for (const [id, progress] of entries) store.setItem(exerciseKey(id), JSON.stringify(progress));
    store.setItem(SETTINGS_KEY, JSON.stringify(parsed.data.settings));
  } catch {
    // Storage full half-way: put back what was there, so a failed import changes nothing.
    for (const [id] of entries) store.removeItem(exerciseKey(id));
    for (const [id, progress] of Object.entries(previous.exercises)) write(exerciseKey(id), progress);
    write(SETTINGS_KEY, previous.settings);
    return { ok: false, error: 'The browser ran out of storage space while importing. Nothing was changed.' };
  }
  announceChange();
  return { ok: true, exercises: entries.length, skipped };
}
