import type { CSSProperties } from 'react';
import Link from '@docusaurus/Link';
import type { AgendaRow, OffAgenda } from '@site/src/plugins/course-plan/agenda';
import { clock, duration, useCoursePlan } from './useCoursePlan';
import styles from './styles.module.css';

function RowDetail({ row }: { row: AgendaRow }) {
  if (row.kind !== 'lesson') return null;
  const parts = [
    ...(row.readingMinutes ? [`read ${row.readingMinutes} min`] : []),
    ...(row.exercises ?? []).map((exercise) => `exercise “${exercise.title}” ${exercise.minutes} min`),
  ];
  return <span className={styles.detail}>{parts.join(' · ')}</span>;
}

function OffAgendaList({ items }: { items: OffAgenda[] }) {
  return (
    <ul className={styles.offAgenda}>
      {items.map((item) => (
        <li key={item.chapter}>
          <Link to={item.path}>{item.label}</Link> ({duration(item.minutes)}): {item.lessons.map((lesson) => lesson.title).join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** `<Agenda format="one-day" />`: the day(s) laid out from the course's own timings. */
export default function Agenda({ format }: { format: 'one-day' | 'two-day' }) {
  const plan = useCoursePlan();
  const agenda = format === 'one-day' ? plan.agendas.oneDay : plan.agendas.twoDay;
  return (
    <div className={styles.agenda} data-agenda={format}>
      <p className={styles.printButton}>
        <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
          Print this agenda
        </button>
      </p>
      {agenda.before.length > 0 && (
        <section className={styles.offAgendaSection} aria-labelledby={`${format}-before`}>
          <h2 id={`${format}-before`} className={styles.dayHeading}>
            Before the day
          </h2>
          <OffAgendaList items={agenda.before} />
        </section>
      )}
      <div className={styles.days} style={{ '--agenda-days': agenda.days.length } as CSSProperties}>
        {agenda.days.map((rows, index) => (
          <section key={index} aria-labelledby={`${format}-day-${index + 1}`}>
            <h2 id={`${format}-day-${index + 1}`} className={styles.dayHeading}>
              {agenda.days.length === 1 ? 'The day' : `Day ${index + 1}`}
            </h2>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.start}-${row.kind}`} data-kind={row.kind} className={row.kind === 'break' || row.kind === 'lunch' ? styles.pause : undefined}>
                    <td className={styles.time}>
                      {clock(row.start)}–{clock(row.end)}
                    </td>
                    <td>
                      {row.kind === 'lesson' && row.path ? <Link to={row.path}>{row.title}</Link> : row.title}
                      <RowDetail row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      {agenda.after.length > 0 && (
        <section className={styles.offAgendaSection} aria-labelledby={`${format}-after`}>
          <h2 id={`${format}-after`} className={styles.dayHeading}>
            After the {agenda.days.length === 1 ? 'day' : 'workshop'}
          </h2>
          <OffAgendaList items={agenda.after} />
        </section>
      )}
    </div>
  );
}
