import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import type { ExerciseProgress } from '@site/src/progress/schema';
import type { ExerciseProgressState } from '@site/src/progress/useExerciseProgress';
import { readExerciseProgress, readSettings, writeExerciseProgress, writeSettings } from '@site/src/progress/storage';
import CodeEditor from './CodeEditor';
import ConsoleOutput from './ConsoleOutput';
import DisplayOutput from './DisplayOutput';
import HintLadder from './HintLadder';
import OwnModulesToggle from './OwnModulesToggle';
import ProgressBadge from './ProgressBadge';
import RunTestsButton from './RunTestsButton';
import SetAsideNotice from './SetAsideNotice';
import SolutionConfirm from './SolutionConfirm';
import SolutionPanel from './SolutionPanel';
import TestResults from './TestResults';
import UndoBar from './UndoBar';
import { starterCode } from './exerciseFiles';
import { loadDatasets, loadProjectSources } from './loadRunData';
import { moduleOverridesFor } from './moduleOverrides';
import { useLearnerFiles } from './useLearnerFiles';
import { useTestRun } from './useTestRun';
import styles from './styles.module.css';

/** Past this, the runner discards the sandbox: long enough for any exercise, short enough for a stuck loop. */
const RUN_TIMEOUT_MS = 4000;
const AUTOSAVE_DELAY_MS = 300;

const sameFiles = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((path) => a[path] === b[path]);

/**
 * One exercise at work: editor, Run tests, results, hints, solution, reset. Holds the
 * learner's progress and keeps it saved as they type.
 */
export default function ExerciseWorkspace({
  exercise,
  editable,
  progressState,
}: {
  exercise: ExerciseData;
  editable: string[];
  progressState: ExerciseProgressState;
}) {
  const { progress, update, setAsideAs, saved } = progressState;
  const { files, replace, showFile } = useLearnerFiles(editable);
  const { state: run, run: startRun } = useTestRun();
  const baseUrl = useBaseUrl('/');
  const [useOwnModules, setUseOwnModules] = useState(() => readSettings().useOwnModules);
  const [undo, setUndo] = useState<{ message: string; files: Record<string, string> } | null>(null);
  const [solution, setSolution] = useState<'hidden' | 'confirming' | 'shown'>('hidden');

  // Save as the learner types, and right away if they leave the page before the delay is up.
  const latest = useRef({ progress, files });
  latest.current = { progress, files };
  useEffect(() => {
    if (sameFiles(files, progress.files)) return;
    const timer = setTimeout(() => update(() => ({ files })), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [files, progress.files, update]);
  useEffect(() => {
    const flush = () => {
      const { progress: current, files: now } = latest.current;
      if (!sameFiles(now, current.files)) writeExerciseProgress(exercise.id, { ...current, files: now, updatedAt: new Date().toISOString() });
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [exercise.id]);

  // Fetched as the editor loads, so a learner who goes offline after opening the page can still run.
  useEffect(() => {
    loadProjectSources(baseUrl, exercise.id).catch(() => undefined); // a failure shows when the tests run
  }, [baseUrl, exercise.id]);

  const filePaths = useMemo(() => Object.keys(exercise.files), [exercise]);
  const readOnlyFiles = useMemo(() => new Set(Object.keys(exercise.files).filter((path) => exercise.files[path].readOnly)), [exercise]);
  const providedModules = exercise.modules.filter((module) => module.providedBy);
  const savedFiles = (id: string) => readExerciseProgress(id).value?.files;
  const missingModules = useMemo(
    () => moduleOverridesFor(exercise, useOwnModules, savedFiles).missing,
    [exercise, useOwnModules],
  );

  const runTests = useCallback(async () => {
    if (run.phase === 'running') return;
    const code = latest.current.files;
    const result = await startRun(async () => ({
      files: Object.fromEntries(Object.entries(exercise.files).map(([path, file]) => [path, code[path] ?? file.code])),
      testFiles: exercise.testFiles,
      projectSources: await loadProjectSources(baseUrl, exercise.id),
      datasets: exercise.datasets.length > 0 ? await loadDatasets(baseUrl, exercise.datasets) : undefined,
      moduleOverrides: moduleOverridesFor(exercise, useOwnModules, savedFiles).overrides,
      timeoutMs: RUN_TIMEOUT_MS,
    }));
    const now = new Date().toISOString();
    const finished = result?.outcome.status === 'finished' ? result.outcome : null;
    const passed = finished !== null && finished.failed === 0 && finished.passed > 0;
    update((current) => ({
      files: code,
      attempted: true,
      passed,
      lastRunAt: now,
      firstPassedAt: current.firstPassedAt ?? (passed ? now : undefined),
      // A finished run's outputs replace the last ones; a run that did not finish keeps them.
      outputs: finished ? (Object.keys(result!.outputs).length > 0 ? (result!.outputs as ExerciseProgress['outputs']) : undefined) : current.outputs,
    }));
  }, [run.phase, startRun, exercise, baseUrl, useOwnModules, update]);

  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // Before the editor sees it: CodeMirror binds Mod-Enter to "insert blank line".
      event.preventDefault();
      event.stopPropagation();
      void runTests();
    }
  };

  const replaceAll = (next: Record<string, string>, message: string) => {
    setUndo({ message, files: latest.current.files });
    replace(next);
  };

  const revealHint = () => update((current) => ({ hintsUsed: Math.min(exercise.hints.length, current.hintsUsed + 1) }));

  const toggleSolution = () => {
    if (solution !== 'hidden') setSolution('hidden');
    else setSolution(progress.solutionRevealed ? 'shown' : 'confirming');
  };

  return (
    <div className={styles.workspace} onKeyDownCapture={onKeyDownCapture}>
      {setAsideAs && <SetAsideNotice backupKey={setAsideAs} />}
      {!saved && (
        <p className={styles.warning} role="alert">
          This browser is not letting the course save your work (storage is full or disabled). Your code stays here until you leave the page.
        </p>
      )}
      <CodeEditor readOnly={readOnlyFiles} paths={filePaths} />
      <div className={styles.toolbar}>
        <RunTestsButton running={run.phase === 'running'} onRun={() => void runTests()} />
        {progress.hintsUsed === 0 && (
          <button type="button" className="button button--sm button--secondary" onClick={revealHint}>
            Show a hint
          </button>
        )}
        <button type="button" className="button button--sm button--secondary" aria-expanded={solution !== 'hidden'} onClick={toggleSolution}>
          Solution
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => replaceAll(starterCode(exercise), 'Your code was replaced by the starter.')}
        >
          Reset
        </button>
        <ProgressBadge progress={progress} hintsTotal={exercise.hints.length} />
      </div>
      {undo && (
        <UndoBar
          message={undo.message}
          onUndo={() => {
            replace(undo.files);
            setUndo(null);
          }}
          onDismiss={() => setUndo(null)}
        />
      )}
      {providedModules.length > 0 && (
        <OwnModulesToggle
          modules={providedModules.map((module) => module.name)}
          checked={useOwnModules}
          missing={missingModules}
          onChange={(checked) => {
            setUseOwnModules(checked);
            writeSettings({ ...readSettings(), useOwnModules: checked });
          }}
        />
      )}
      <TestResults state={run} onShowFile={(file) => showFile(`/${file}`)} />
      <ConsoleOutput lines={run.console} truncated={run.outcome?.status === 'finished' && run.outcome.consoleTruncated} />
      <DisplayOutput displays={run.displays} />
      <HintLadder hints={exercise.hints} used={progress.hintsUsed} onReveal={revealHint} />
      {solution === 'confirming' && (
        <SolutionConfirm
          onConfirm={() => {
            const now = new Date().toISOString();
            update((current) => ({ solutionRevealed: true, solutionRevealedAt: current.solutionRevealedAt ?? now }));
            setSolution('shown');
          }}
          onCancel={() => setSolution('hidden')}
        />
      )}
      {solution === 'shown' && (
        <SolutionPanel
          solution={exercise.solution}
          learnerFiles={files}
          onUseSolution={() => replaceAll(exercise.solution, 'Your code was replaced by the answer.')}
        />
      )}
    </div>
  );
}
