import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MarkdownDocument from './MarkdownDocument';

const render = (markdown: string) => renderToStaticMarkup(<MarkdownDocument markdown={markdown} title="Model card" />);

describe('MarkdownDocument', () => {
  it('renders headings below the Output panel, and tables as tables', () => {
    const html = render('# Model card\n\n## Evaluation\n\n| group | errors |\n| --- | ---: |\n| hard-ham-1 | 1 |\n');
    expect(html).toContain('<h5>Model card</h5>');
    expect(html).toContain('<h6>Evaluation</h6>');
    expect(html).toMatch(/<table[^>]*>.*<td[^>]*>hard-ham-1<\/td>/s);
  });

  it('neither injects raw HTML nor fetches or links to anything', () => {
    const html = render('<script>alert(1)</script>\n\n<img src="https://example.org/x.png">\n\n![chart](https://example.org/y.png) and [a link](https://example.org/)');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html, 'the link text stays').toContain('a link');
  });
});
