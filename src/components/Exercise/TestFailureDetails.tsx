import type { TestFailure } from '@site/src/runner/protocol';
import SourceLocation from './SourceLocation';
import styles from './styles.module.css';

/** Why one test failed: the message, expected and received values, a diff, and where. */
export default function TestFailureDetails({ failure, onShowFile }: { failure: TestFailure; onShowFile: (file: string) => void }) {
  return (
    <div className={styles.failure}>
      <p className={styles.failureMessage}>{failure.message}</p>
      {(failure.expected !== undefined || failure.actual !== undefined) && (
        <dl className={styles.values}>
          {failure.expected !== undefined && (
            <>
              <dt>Expected</dt>
              <dd>
                <code>{failure.expected}</code>
              </dd>
            </>
          )}
          {failure.actual !== undefined && (
            <>
              <dt>Received</dt>
              <dd>
                <code>{failure.actual}</code>
              </dd>
            </>
          )}
        </dl>
      )}
      {failure.diff && (
        <pre className={styles.failureDiff} tabIndex={0} aria-label="Difference between expected and received">
          {failure.diff}
        </pre>
      )}
      {failure.location && <SourceLocation location={failure.location} onShowFile={onShowFile} />}
    </div>
  );
}
