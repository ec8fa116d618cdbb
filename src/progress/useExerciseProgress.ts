import { useCallback, useEffect, useRef, useState } from 'react';
import { newExerciseProgress, readExerciseProgress, writeExerciseProgress } from './storage';
import type { ExerciseProgress } from './schema';

export interface ExerciseProgressState {
  progress: ExerciseProgress;
  /** Applies a change and saves it. */
  update: (change: (current: ExerciseProgress) => Partial<ExerciseProgress>) => void;
  /** Set when a stored entry could not be used: the backup key it was moved to. */
  setAsideAs?: string;
  /** False when the browser refused to save (storage full or disabled). */
  saved: boolean;
}

/** One exercise's saved progress, read once when the editor loads (client only). */
export function useExerciseProgress(id: string, starter: Record<string, string>): ExerciseProgressState {
  const [initial] = useState(() => readExerciseProgress(id));
  const [progress, setProgress] = useState<ExerciseProgress>(() => {
    if (!initial.value) return newExerciseProgress(starter);
    // Keep only files the exercise still has; files added since get their starter.
    const files = Object.fromEntries(Object.keys(starter).map((path) => [path, initial.value!.files[path] ?? starter[path]]));
    return { ...initial.value, files };
  });
  const [saved, setSaved] = useState(true);
  const untouched = useRef(progress);

  // Nothing is written until the learner does something: opening a page is not progress.
  useEffect(() => {
    if (progress !== untouched.current) setSaved(writeExerciseProgress(id, progress));
  }, [id, progress]);

  const update = useCallback<ExerciseProgressState['update']>((change) => {
    setProgress((current) => ({ ...current, ...change(current), updatedAt: new Date().toISOString() }));
  }, []);

  return { progress, update, setAsideAs: initial.setAsideAs, saved };
}
