import { useId, useMemo } from 'react';
import { SandpackCodeEditor } from '@codesandbox/sandpack-react';
import FileTabs from './FileTabs';
import { toSandpackPath } from './exerciseFiles';
import { editorLanguages } from './editorLanguages';
import styles from './styles.module.css';

/**
 * The editor with one tab per visible file; tests and support files are read-only. Only the
 * editor is used: no preview, console or test panel from Sandpack, so its bundler never loads.
 * Files that are not code (a `Dockerfile`, a workflow's YAML) are highlighted as what they are.
 */
export default function CodeEditor({ readOnly, paths }: { readOnly: Set<string>; paths: string[] }) {
  const panelId = useId();
  const languages = useMemo(() => editorLanguages(paths, toSandpackPath), [paths]);
  return (
    <div className={styles.editor}>
      <FileTabs panelId={panelId} readOnly={readOnly} />
      <div id={panelId} role="tabpanel" aria-label="Code">
        <SandpackCodeEditor additionalLanguages={languages} showTabs={false} showLineNumbers showReadOnly={false} showRunButton={false} wrapContent initMode="immediate" />
      </div>
    </div>
  );
}
