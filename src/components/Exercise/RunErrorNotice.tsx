import type { RunOutcome } from '@site/src/runner/protocol';
import SourceLocation from './SourceLocation';
import { RUN_ERROR_ADVICE } from './runSummary';
import styles from './styles.module.css';

/** A run that stopped early (timeout, syntax error, bad import…): what happened and what to try. */
export default function RunErrorNotice({
  outcome,
  onShowFile,
}: {
  outcome: Extract<RunOutcome, { status: 'error' }>;
  onShowFile: (file: string) => void;
}) {
  return (
    <div className={styles.runError} data-reason={outcome.reason}>
      <pre className={styles.runErrorMessage}>{outcome.message}</pre>
      {outcome.location && <SourceLocation location={outcome.location} onShowFile={onShowFile} />}
      <p className={styles.runErrorAdvice}>{RUN_ERROR_ADVICE[outcome.reason]}</p>
    </div>
  );
}
