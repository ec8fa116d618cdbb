import { useCoursePlan } from './useCoursePlan';

/** `<ExerciseMinutes id="product/05-design-doc" />`: the exercise's estimated time, e.g. "20 min". */
export default function ExerciseMinutes({ id }: { id: string }) {
  const exercise = useCoursePlan()
    .chapters.flatMap((chapter) => chapter.lessons.flatMap((lesson) => lesson.exercises))
    .find((candidate) => candidate.id === id);
  if (!exercise) throw new Error(`<ExerciseMinutes id="${id}" />: no lesson embeds an exercise "${id}"`);
  return <>{exercise.minutes} min</>;
}
