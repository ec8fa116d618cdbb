import Link from '@docusaurus/Link';
import { duration, useCoursePlan } from './useCoursePlan';
import styles from './styles.module.css';

/** `<CourseTimings />`: each chapter's reading and exercise time, and the assumptions behind the agendas. */
export default function CourseTimings() {
  const { chapters, assumptions } = useCoursePlan();
  const sum = (pick: (chapter: (typeof chapters)[number]) => number) => chapters.reduce((total, chapter) => total + pick(chapter), 0);
  const exercises = sum((chapter) => chapter.lessons.reduce((count, lesson) => count + lesson.exercises.length, 0));
  return (
    <>
      <table className={styles.timings}>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Lessons</th>
            <th scope="col">Exercises</th>
            <th scope="col">Reading</th>
            <th scope="col">Exercise time</th>
            <th scope="col">In the room</th>
          </tr>
        </thead>
        <tbody>
          {chapters.map((chapter) => (
            <tr key={chapter.slug}>
              <td>
                <Link to={chapter.path}>{chapter.label}</Link>
              </td>
              <td>{chapter.lessons.length}</td>
              <td>{chapter.lessons.reduce((count, lesson) => count + lesson.exercises.length, 0)}</td>
              <td>{duration(chapter.readingMinutes)}</td>
              <td>{duration(chapter.exerciseMinutes)}</td>
              <td>{duration(chapter.sessionMinutes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole course</th>
            <td>{sum((chapter) => chapter.lessons.length)}</td>
            <td>{exercises}</td>
            <td>{duration(sum((chapter) => chapter.readingMinutes))}</td>
            <td>{duration(sum((chapter) => chapter.exerciseMinutes))}</td>
            <td>{duration(sum((chapter) => chapter.sessionMinutes))}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        Reading time is each page&apos;s word count at {assumptions.wordsPerMinute} words a minute. Exercise time is the estimate stored with each
        exercise. &ldquo;In the room&rdquo; adds a {assumptions.chapterOpeningMinutes}-minute opening and a {assumptions.discussionMinutes}-minute
        discussion per chapter. The agendas also allow {assumptions.welcomeMinutes} minutes of welcome on the first morning and{' '}
        {assumptions.wrapUpMinutes} minutes of wrap-up at the end of each day.
      </p>
    </>
  );
}
