import { useId } from 'react';
import { SandpackCodeEditor } from '@codesandbox/sandpack-react';
import FileTabs from './FileTabs';
import styles from './styles.module.css';

/**
 * The editor with one tab per visible file; tests and support files are read-only. Only the
 * editor is used: no preview, console or test panel from Sandpack, so its bundler never loads.
 */
export default function CodeEditor({ readOnly }: { readOnly: Set<string> }) {
  const panelId = useId();
  return (
    <div className={styles.editor}>
      <FileTabs panelId={panelId} readOnly={readOnly} />
      <div id={panelId} role="tabpanel" aria-label="Code">
        <SandpackCodeEditor showTabs={false} showLineNumbers showReadOnly={false} showRunButton={false} wrapContent initMode="immediate" />
      </div>
    </div>
  );
}
