import { useEffect, useRef } from 'react';
import styles from './styles.module.css';

/** Offers to take back the last replace-everything action (reset, or putting in the answer). */
export default function UndoBar({ message, onUndo, onDismiss }: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), []);
  return (
    <div className={styles.undoBar} role="status">
      <span>{message}</span>
      <button type="button" ref={undo} className="button button--sm button--secondary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className={styles.linkButton} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
