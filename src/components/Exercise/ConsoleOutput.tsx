import clsx from 'clsx';
import type { ConsoleEvent } from './useTestRun';
import styles from './styles.module.css';

/** What the learner's code printed with console.log and friends, in order. */
export default function ConsoleOutput({ lines, truncated }: { lines: ConsoleEvent[]; truncated: boolean }) {
  if (lines.length === 0) return null;
  return (
    <section className={styles.panel} aria-label="Console output">
      <h4 className={styles.panelTitle}>Console</h4>
      <pre className={styles.console} tabIndex={0}>
        {lines.map((line, i) => (
          <span key={i} className={clsx(styles.consoleLine, styles[`console_${line.level}`])}>
            {line.level !== 'log' && <span className={styles.consoleLevel}>{line.level}</span>}
            {line.text}
            {'\n'}
          </span>
        ))}
      </pre>
      {truncated && <p className={styles.note}>The output was cut short: your code printed more than the console keeps.</p>}
    </section>
  );
}
