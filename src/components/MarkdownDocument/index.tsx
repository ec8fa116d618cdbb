import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import styles from './styles.module.css';

type HeadingLevel = 3 | 4 | 5;

/** The document's headings start at `level` (under a lesson's h2, or the Output panel's h4); wide tables scroll, reachable by keyboard. */
function componentsFor(level: HeadingLevel): Components {
  const heading = (depth: number) => {
    const Tag = `h${Math.min(6, level + depth)}` as 'h3';
    return ({ children }: { children?: ReactNode }) => <Tag>{children}</Tag>;
  };
  return {
    h1: heading(0),
    h2: heading(1),
    h3: heading(2),
    h4: heading(3),
    table: ({ children }) => (
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Table">
        <table>{children}</table>
      </div>
    ),
  };
}

const COMPONENTS: Record<HeadingLevel, Components> = { 3: componentsFor(3), 4: componentsFor(4), 5: componentsFor(5) };

/**
 * A Markdown document rendered as it would be published: GitHub's tables included, raw HTML
 * skipped, and no images or links, so a document (learner code writes some) can neither inject
 * markup nor make the page fetch from another host.
 */
export default function MarkdownDocument({ markdown, title, headingLevel }: { markdown: string; title?: string; headingLevel: HeadingLevel }) {
  return (
    <article className={styles.document} aria-label={title ?? 'Document'}>
      {title && <p className={styles.title}>{title}</p>}
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml disallowedElements={['img', 'a']} unwrapDisallowed components={COMPONENTS[headingLevel]}>
        {markdown}
      </ReactMarkdown>
    </article>
  );
}
