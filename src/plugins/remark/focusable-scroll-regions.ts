/**
 * Remark plugin: every table and preformatted block of a lesson can take keyboard focus, so a
 * reader who cannot use a mouse can still scroll one that is wider than the page (the theme lets
 * tables and `pre` scroll sideways). Covers Markdown tables and the `<table>` / `<pre>` a lesson
 * writes as JSX; Docusaurus's own code blocks already do this.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

interface JsxElement extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}
interface MarkdownTable extends Node {
  type: 'table';
  data?: { hProperties?: Record<string, unknown> };
}

const SCROLLABLE = new Set(['table', 'pre']);

function isScrollableJsx(node: Node): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SCROLLABLE.has((node as JsxElement).name ?? '');
}

export default function remarkFocusableScrollRegions() {
  return (tree: Node) => {
    visit(tree, (node: Node) => {
      if (node.type === 'table') {
        const table = node as MarkdownTable;
        table.data = { ...table.data, hProperties: { tabIndex: 0, ...table.data?.hProperties } };
      } else if (isScrollableJsx(node) && !node.attributes.some((attribute) => attribute.name === 'tabIndex')) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'tabIndex', value: '0' });
      }
    });
  };
}
