import { useRef, type KeyboardEvent } from 'react';
import clsx from 'clsx';
import { useSandpack } from '@codesandbox/sandpack-react';
import styles from './styles.module.css';

/**
 * One tab per visible file, marking the read-only ones. Replaces Sandpack's own tabs, whose
 * markup nests a button inside a `role="tab"` element (an accessibility error).
 * Arrow keys move between tabs, as in any tab list.
 */
export default function FileTabs({ panelId, readOnly }: { panelId: string; readOnly: Set<string> }) {
  const { sandpack } = useSandpack();
  const { visibleFiles, activeFile, setActiveFile } = sandpack;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const jump = { Home: 0, End: visibleFiles.length - 1 }[event.key];
    if (step === undefined && jump === undefined) return;
    event.preventDefault();
    const next = jump ?? (index + step! + visibleFiles.length) % visibleFiles.length;
    setActiveFile(visibleFiles[next]);
    tabs.current[next]?.focus();
  };

  return (
    <div className={styles.tabs} role="tablist" aria-label="Files">
      {visibleFiles.map((file, index) => {
        const name = file.replace(/^\//, '');
        const active = file === activeFile;
        return (
          <button
            key={file}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            className={clsx(styles.tab, active && styles.tabActive)}
            onClick={() => setActiveFile(file)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {name}
            {readOnly.has(name) && <span className={styles.readOnlyTag}>read-only</span>}
          </button>
        );
      })}
    </div>
  );
}
