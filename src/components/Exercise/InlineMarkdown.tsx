import type { ReactNode } from 'react';

/**
 * The little Markdown that goals and hints use: `code` and **bold**. Rendered as React
 * elements, never as HTML, so exercise text cannot inject markup.
 */
export default function InlineMarkdown({ text }: { text: string }): ReactNode {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g);
  return parts.map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}
