import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import styles from './UpdateNotice.module.css';

/** "A new version is ready": reload now, or keep working and get it on the next visit. */
function UpdateNotice({ onReload }: { onReload: () => void }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className={styles.notice} role="status" data-update-notice>
      <p>A new version of the course is ready. Your code and progress are kept.</p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => {
            setOpen(false);
            onReload();
          }}
        >
          Reload
        </button>
        <button type="button" className="button button--sm button--secondary" onClick={() => setOpen(false)}>
          Later
        </button>
      </div>
    </div>
  );
}

/** Shows the notice outside the React tree of the page, which may be mid-navigation. */
export function renderUpdateNotice(onReload: () => void): void {
  const container = document.createElement('div');
  document.body.append(container);
  createRoot(container).render(<UpdateNotice onReload={onReload} />);
}
