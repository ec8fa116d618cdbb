import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import styles from './styles.module.css';

// The document sits under the Output panel's h4: its own headings start one level below. Wide
// tables scroll on their own, reachable by keyboard.
const components: Components = {
  h1: ({ children }) => <h5>{children}</h5>,
  h2: ({ children }) => <h6>{children}</h6>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  table: ({ children }) => (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Table">
      <table className={styles.table}>{children}</table>
    </div>
  ),
};

/**
 * Markdown from learner code, rendered as it would be published: GitHub's tables included, raw
 * HTML skipped, and no images or links, so a document can neither inject markup nor make the
 * page fetch from another host.
 */
export default function MarkdownDocument({ markdown, title }: { markdown: string; title?: string }) {
  return (
    <article className={styles.markdown} aria-label={title ?? 'Document produced by your code'}>
      {title && <p className={styles.markdownTitle}>{title}</p>}
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml disallowedElements={['img', 'a']} unwrapDisallowed components={components}>
        {markdown}
      </ReactMarkdown>
    </article>
  );
}
