import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** The end-of-chapter prompt to tell someone what you found: communication as a habit, not a phase. */
export default function ShareIt({ children }: { children: ReactNode }): ReactNode {
  return (
    <aside className={styles.shareIt} aria-labelledby="share-it-heading">
      <p className={styles.heading} id="share-it-heading">
        Share it
      </p>
      {children}
    </aside>
  );
}
