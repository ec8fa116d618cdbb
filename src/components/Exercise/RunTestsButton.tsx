import clsx from 'clsx';
import styles from './styles.module.css';

/** The main action. The shortcut works anywhere inside the exercise, including the editor. */
export default function RunTestsButton({ running, onRun }: { running: boolean; onRun: () => void }) {
  return (
    <button type="button" className={clsx('button button--primary', styles.runButton)} onClick={onRun} disabled={running} aria-keyshortcuts="Control+Enter Meta+Enter">
      <span aria-hidden="true" className={styles.runIcon}>
        {running ? '…' : '▶'}
      </span>
      {running ? 'Running…' : 'Run tests'}
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl/⌘ + Enter
      </kbd>
    </button>
  );
}
