import clsx from 'clsx';
import type { TestEvent } from './useTestRun';
import TestFailureDetails from './TestFailureDetails';
import styles from './styles.module.css';

const STATUS_TEXT = { pass: 'Passed', fail: 'Failed', skip: 'Skipped' } as const;
const STATUS_ICON = { pass: '✓', fail: '✗', skip: '–' } as const;

export default function TestResultItem({ test, onShowFile }: { test: TestEvent; onShowFile: (file: string) => void }) {
  return (
    <li className={clsx(styles.test, styles[`test_${test.status}`])} data-status={test.status}>
      <span className={styles.testIcon} aria-hidden="true">
        {STATUS_ICON[test.status]}
      </span>
      <div className={styles.testBody}>
        <p className={styles.testName}>
          <span className={styles.visuallyHidden}>{STATUS_TEXT[test.status]}: </span>
          {test.path.length > 0 && <span className={styles.testPath}>{test.path.join(' › ')} › </span>}
          {test.name}
        </p>
        {test.failure && <TestFailureDetails failure={test.failure} onShowFile={onShowFile} />}
      </div>
    </li>
  );
}
