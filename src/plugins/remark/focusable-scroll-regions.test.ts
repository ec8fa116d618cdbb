import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import remarkFocusableScrollRegions from './focusable-scroll-regions';

const compiled = async (mdx: string) => String(await compile(mdx, { remarkPlugins: [remarkGfm, remarkFocusableScrollRegions], jsx: true }));

describe('remarkFocusableScrollRegions', () => {
  it('makes a Markdown table focusable', async () => {
    expect(await compiled('| a | b |\n| - | - |\n| 1 | 2 |\n')).toContain('<_components.table tabIndex="0">');
  });

  it('makes a JSX table and pre focusable, and keeps a tabIndex the lesson set', async () => {
    const out = await compiled('<table><tbody><tr><td>1</td></tr></tbody></table>\n\n<pre><code>x</code></pre>\n\n<pre tabIndex={-1}>y</pre>\n');
    expect(out).toContain('<table tabIndex="0">');
    expect(out).toContain('<pre tabIndex="0">');
    expect(out).toContain('<pre tabIndex={-1}>');
  });

  it('leaves other elements alone', async () => {
    expect(await compiled('<div>wide</div>\n')).not.toContain('tabIndex');
  });
});
