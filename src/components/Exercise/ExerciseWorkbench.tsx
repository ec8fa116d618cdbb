import { useMemo, useState } from 'react';
import { SandpackProvider } from '@codesandbox/sandpack-react';
import { useColorMode } from '@docusaurus/theme-common';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import { useExerciseProgress } from '@site/src/progress/useExerciseProgress';
import ExerciseWorkspace from './ExerciseWorkspace';
import { editablePaths, starterCode, toSandpackPath } from './exerciseFiles';
import { darkTheme, lightTheme } from './sandpackThemes';

/**
 * The interactive exercise (loaded lazily): the learner's saved code in a Sandpack editor.
 * Sandpack is used as an editor only: `autorun` is off and no preview registers, so it never
 * fetches CodeSandbox's bundler; tests run in the course's own runner.
 */
export default function ExerciseWorkbench({ exercise }: { exercise: ExerciseData }) {
  const { colorMode } = useColorMode();
  const editable = useMemo(() => editablePaths(exercise), [exercise]);
  const progressState = useExerciseProgress(exercise.id, useMemo(() => starterCode(exercise), [exercise]));

  // Sandpack resets its files whenever this object changes, so it is built once.
  const [files] = useState(() =>
    Object.fromEntries(
      Object.entries(exercise.files).map(([path, file]) => [
        toSandpackPath(path),
        { code: progressState.progress.files[path] ?? file.code, readOnly: file.readOnly },
      ]),
    ),
  );

  return (
    <SandpackProvider
      template="vanilla-ts"
      files={files}
      theme={colorMode === 'dark' ? darkTheme : lightTheme}
      options={{
        visibleFiles: exercise.tabs.map(toSandpackPath),
        activeFile: toSandpackPath(exercise.activeFile),
        autorun: false,
        autoReload: false,
        initMode: 'immediate',
      }}
    >
      <ExerciseWorkspace exercise={exercise} editable={editable} progressState={progressState} />
    </SandpackProvider>
  );
}
