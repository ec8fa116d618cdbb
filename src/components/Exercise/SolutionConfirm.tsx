import { useEffect, useRef } from 'react';
import styles from './styles.module.css';

/** Asks once before showing the answer: seeing it is recorded with the exercise. */
export default function SolutionConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className={styles.confirm} role="alertdialog" aria-labelledby="solution-confirm-text" aria-modal="false">
      <p id="solution-confirm-text">
        Show the answer? Trying the hints first teaches more. Your progress will note that you saw the solution; your
        code stays as it is.
      </p>
      <div className={styles.confirmActions}>
        <button type="button" className="button button--sm button--primary" onClick={onConfirm}>
          Show the solution
        </button>
        <button type="button" ref={cancel} className="button button--sm button--secondary" onClick={onCancel}>
          Keep trying
        </button>
      </div>
    </div>
  );
}
