import clsx from 'clsx';
import type { TestRunState } from './useTestRun';
import RunErrorNotice from './RunErrorNotice';
import TestResultItem from './TestResultItem';
import { runSummary } from './runSummary';
import styles from './styles.module.css';

function summaryText(state: TestRunState): string {
  if (state.phase === 'idle') return 'Press Run tests to check your code.';
  if (state.setupError) return 'The tests could not start.';
  if (state.phase === 'running' || !state.outcome) {
    const done = state.tests.length;
    return done === 0 ? 'Running the tests…' : `Running the tests… ${done} done.`;
  }
  return runSummary(state.outcome);
}

/**
 * The results panel: a one-line summary (announced to screen readers when it changes),
 * then every test as it reports, failures with their details.
 */
export default function TestResults({ state, onShowFile }: { state: TestRunState; onShowFile: (file: string) => void }) {
  const outcome = state.outcome;
  const allPassed = outcome?.status === 'finished' && outcome.failed === 0 && outcome.passed > 0;
  const stopped = Boolean(state.setupError) || outcome?.status === 'error' || (outcome?.status === 'finished' && outcome.failed > 0);
  return (
    <section className={styles.results} aria-label="Test results" aria-busy={state.phase === 'running'}>
      <p
        className={clsx(styles.summary, allPassed && styles.summaryPassed, stopped && styles.summaryFailed)}
        role="status"
        aria-live="polite"
        data-testid="test-summary"
      >
        {allPassed && <span aria-hidden="true">✓ </span>}
        {summaryText(state)}
      </p>
      {state.setupError && <p className={styles.runErrorMessage}>{state.setupError}</p>}
      {outcome?.status === 'error' && <RunErrorNotice outcome={outcome} onShowFile={onShowFile} />}
      {state.tests.length > 0 && (
        <ol className={styles.testList}>
          {state.tests.map((test, i) => (
            <TestResultItem key={i} test={test} onShowFile={onShowFile} />
          ))}
        </ol>
      )}
    </section>
  );
}
