import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ExerciseIndexEntry } from '@site/src/plugins/exercises/schema';
import type { ExerciseProgress } from '@site/src/progress/schema';
import type { AllProgress } from '@site/src/progress/storage';

// Progress storage (and zod, which validates it) loads only where this component is shown,
// not on every lesson that has the tag available.
const loadStorage = () => import('@site/src/progress/storage');
import styles from './styles.module.css';

function statusOf(progress: ExerciseProgress | undefined): string {
  if (!progress) return 'Not started';
  if (progress.passed) return 'Passed';
  return progress.attempted ? 'In progress' : 'Opened';
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * `<CourseProgress />`: every exercise of the course with the learner's status, and their
 * progress as a file to export (backup, another browser) or import.
 */
export default function CourseProgress() {
  const { exercises } = usePluginData('exercises') as { exercises: ExerciseIndexEntry[] };
  // Progress lives in this browser only, so the server renders the table without it.
  const [all, setAll] = useState<Record<string, ExerciseProgress> | null>(null);
  // Entries that could not be read are moved aside as they are met; the learner hears of each.
  const [setAside, setSetAside] = useState<AllProgress['setAside']>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();

  // Current as the learner works on this page, and in other tabs (the `storage` event).
  useEffect(() => {
    let unsubscribe = () => {};
    let cancelled = false;
    void loadStorage().then(({ PROGRESS_CHANGED_EVENT, readAllProgress }) => {
      if (cancelled) return;
      const refresh = () => {
        const { exercises: read, setAside: moved } = readAllProgress();
        setAll(read);
        if (moved.length > 0) setSetAside((earlier) => [...earlier, ...moved]);
      };
      refresh();
      window.addEventListener(PROGRESS_CHANGED_EVENT, refresh);
      window.addEventListener('storage', refresh);
      unsubscribe = () => {
        window.removeEventListener(PROGRESS_CHANGED_EVENT, refresh);
        window.removeEventListener('storage', refresh);
      };
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);

  const passed = all ? exercises.filter((exercise) => all[exercise.id]?.passed).length : 0;

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still triggers a change
    if (!file) return;
    const { importProgress } = await loadStorage();
    const result = importProgress(new Set(exercises.map((exercise) => exercise.id)), await file.text());
    if (result.ok) {
      const skipped = result.skipped > 0 ? ` ${result.skipped} entr${result.skipped === 1 ? 'y' : 'ies'} for exercises this course does not have were skipped.` : '';
      setMessage({
        ok: true,
        text: `Imported progress for ${result.exercises} exercise${result.exercises === 1 ? '' : 's'}.${skipped} Reload any open lesson to see the imported code.`,
      });
    } else {
      setMessage({ ok: false, text: result.error });
    }
  };

  return (
    <section className={styles.progress} aria-label="Your progress">
      {setAside.length > 0 && (
        <div className={styles.error} role="alert">
          <p>
            Saved work for {setAside.length === 1 ? 'one exercise' : `${setAside.length} exercises`} could not be read (it was damaged, or saved by an older
            version of the course), so {setAside.length === 1 ? 'it starts' : 'they start'} again from the starter code. The old
            {setAside.length === 1 ? ' copy is' : ' copies are'} kept in this browser&apos;s storage:
          </p>
          <ul>
            {setAside.map(({ id, backupKey }) => (
              <li key={backupKey}>
                <code>{id}</code> under <code>{backupKey}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className={styles.summary}>
        {all ? `${passed} of ${exercises.length} exercises passed in this browser.` : `${exercises.length} exercises in the course.`}
      </p>
      <div className={styles.tableScroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Status</th>
              <th scope="col">Hints used</th>
              <th scope="col">Solution seen</th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((exercise) => {
              const progress = all?.[exercise.id];
              return (
                <tr key={exercise.id} data-exercise-row={exercise.id}>
                  <td>
                    {exercise.title}
                    <br />
                    <code className={styles.id}>{exercise.id}</code>
                  </td>
                  <td className={progress?.passed ? styles.passed : undefined}>{all ? statusOf(progress) : '…'}</td>
                  <td>{progress ? progress.hintsUsed : '–'}</td>
                  <td>{progress?.solutionRevealed ? 'Yes' : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={async () => {
            const { exportProgress } = await loadStorage();
            download(`end-to-end-progress-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify(exportProgress(), null, 2)}\n`);
          }}
        >
          Export progress
        </button>
        <input id={inputId} className={styles.fileInput} type="file" accept="application/json,.json" onChange={onImport} />
        <label htmlFor={inputId} className="button button--sm button--secondary">
          Import progress…
        </label>
      </div>
      {message && (
        <p className={message.ok ? styles.ok : styles.error} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
