import { useCallback, useMemo } from 'react';
import { useSandpack } from '@codesandbox/sandpack-react';
import { toSandpackPath } from './exerciseFiles';

/**
 * The learner's current code, read from and written to the editor: `files` holds every
 * editable file by exercise path; `replace` swaps them all at once (reset, undo, solution).
 */
export function useLearnerFiles(editable: string[]) {
  const { sandpack } = useSandpack();
  const { files: sandpackFiles, updateFile } = sandpack;

  const files = useMemo(
    () => Object.fromEntries(editable.map((path) => [path, sandpackFiles[toSandpackPath(path)]?.code ?? ''])),
    [editable, sandpackFiles],
  );

  const replace = useCallback(
    (next: Record<string, string>) => {
      updateFile(Object.fromEntries(Object.entries(next).map(([path, code]) => [toSandpackPath(path), code])));
    },
    [updateFile],
  );

  return { files, replace, showFile: sandpack.setActiveFile };
}
