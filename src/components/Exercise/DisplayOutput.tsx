import { lazy, Suspense } from 'react';
import type { DisplayEvent } from './useTestRun';
import styles from './styles.module.css';

// The Markdown renderer loads only when a run shows a document.
const MarkdownDocument = lazy(() => import(/* webpackChunkName: "markdown-document" */ '@site/src/components/MarkdownDocument'));

const MAX_ROWS = 50;

function cell(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

function DataTable({ rows, title }: { rows: Record<string, unknown>[]; title?: string }) {
  const shown = rows.slice(0, MAX_ROWS);
  const columns = [...new Set(shown.flatMap((row) => Object.keys(row)))];
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={title ?? 'Table'}>
      <table className={styles.table}>
        {title && <caption>{title}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {columns.map((column) => (
                <td key={column}>{cell(row[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p className={styles.note}>Showing the first {MAX_ROWS} of {rows.length} rows.</p>}
    </div>
  );
}

/**
 * Data the code chose to show: tables, charts as SVG and documents in Markdown. SVG from learner
 * code is shown as an image (a data: URL), which cannot run scripts, never injected into the
 * page; Markdown is rendered to elements, never to injected HTML.
 */
export default function DisplayOutput({ displays }: { displays: DisplayEvent[] }) {
  if (displays.length === 0) return null;
  return (
    <section className={styles.panel} aria-label="Output">
      <h4 className={styles.panelTitle}>Output</h4>
      {displays.map((display, i) => {
        switch (display.kind) {
          case 'table':
            return <DataTable key={i} rows={display.rows} title={display.title} />;
          case 'svg':
            return (
              <figure key={i} className={styles.chart}>
                <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(display.svg)}`} alt={display.title ?? 'Chart produced by your code'} />
                {display.title && <figcaption>{display.title}</figcaption>}
              </figure>
            );
          case 'markdown':
            return (
              <Suspense key={i} fallback={<p className={styles.note}>Rendering the document…</p>}>
                <MarkdownDocument markdown={display.markdown} title={display.title} headingLevel={5} />
              </Suspense>
            );
        }
      })}
    </section>
  );
}
