import clsx from 'clsx';
import { diffLines } from 'diff';
import styles from './styles.module.css';

interface DiffRow {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

function diffRows(before: string, after: string): DiffRow[] {
  const ensureNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return diffLines(ensureNewline(before), ensureNewline(after)).flatMap((change) =>
    change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text }) as DiffRow),
  );
}

const MARKER = { same: ' ', removed: '−', added: '+' } as const;
const SPOKEN = { same: '', removed: 'only in yours: ', added: 'only in the solution: ' } as const;

/**
 * A line diff, `before` (the learner's) against `after` (the solution). Lines differ by a
 * marker and a label for screen readers, not by colour alone.
 */
export default function LineDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const rows = diffRows(before, after);
  return (
    <pre className={styles.diff} aria-label={label} tabIndex={0}>
      <code>
        {rows.map((row, i) => (
          <span key={i} className={clsx(styles.diffRow, styles[`diff_${row.kind}`])}>
            <span className={styles.diffMarker} aria-hidden="true">
              {MARKER[row.kind]}
            </span>
            {SPOKEN[row.kind] && <span className={styles.visuallyHidden}>{SPOKEN[row.kind]}</span>}
            {row.text || ' '}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
