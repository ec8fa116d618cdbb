import Link from '@docusaurus/Link';
import { duration, useCoursePlan } from './useCoursePlan';
import styles from './styles.module.css';

/**
 * `<ChapterNotes chapter="product" />`: a chapter's lessons and exercises with their times, and
 * the slips each exercise's tests are built to catch, as the course has them now.
 */
export default function ChapterNotes({ chapter: slug }: { chapter: string }) {
  const chapter = useCoursePlan().chapters.find((candidate) => candidate.slug === slug);
  if (!chapter) throw new Error(`<ChapterNotes chapter="${slug}" />: there is no chapter "${slug}"`);
  const exercises = chapter.lessons.flatMap((lesson) => lesson.exercises);
  return (
    <div className={styles.chapterNotes}>
      <p>
        In the room: <strong>{duration(chapter.sessionMinutes)}</strong> ({duration(chapter.readingMinutes)} of reading,{' '}
        {duration(chapter.exerciseMinutes)} of exercises, opening and discussion).
      </p>
      <table className={styles.timings}>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Reading</th>
            <th scope="col">Exercises</th>
          </tr>
        </thead>
        <tbody>
          {chapter.lessons.map((lesson) => (
            <tr key={lesson.path}>
              <td>
                <Link to={lesson.path}>{lesson.title}</Link>
              </td>
              <td>{lesson.readingMinutes} min</td>
              <td>{lesson.exercises.length > 0 ? lesson.exercises.map((exercise) => `${exercise.title} (${exercise.minutes} min)`).join('; ') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {exercises.some((exercise) => exercise.mistakes.length > 0) && (
        <>
          <p>
            <strong>Mistakes to expect.</strong> Each exercise&apos;s tests are built to reject these plausible wrong answers; when a participant
            is stuck on a red test, it is usually one of them.
          </p>
          <ul>
            {exercises
              .filter((exercise) => exercise.mistakes.length > 0)
              .map((exercise) => (
                <li key={exercise.id}>
                  <em>{exercise.title}</em>: {exercise.mistakes.join('; ')}.
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
