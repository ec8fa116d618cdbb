import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MarkdownDocument from '.';

const render = (markdown: string, headingLevel: 3 | 5 = 5) => renderToStaticMarkup(<MarkdownDocument markdown={markdown} title="Model card" headingLevel={headingLevel} />);

describe('MarkdownDocument', () => {
  it('renders headings from the level it is given, and tables as tables', () => {
    const html = render('# Model card\n\n## Evaluation\n\n| group | errors |\n| --- | ---: |\n| hard-ham-1 | 1 |\n');
    expect(html).toContain('<h5>Model card</h5>');
    expect(html).toContain('<h6>Evaluation</h6>');
    expect(render('# Card\n\n## Data\n\n### Period', 3)).toMatch(/<h3>Card<\/h3>.*<h4>Data<\/h4>.*<h5>Period<\/h5>/s);
    expect(html).toMatch(/<table[^>]*>.*<td[^>]*>hard-ham-1<\/td>/s);
  });

  it('neither injects raw HTML nor fetches or links to anything', () => {
    const html = render('<script>alert(1)</script>\n\n<img src="https://example.org/x.png">\n\n![chart](https://example.org/y.png) and [a link](https://example.org/)');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html, 'the link text stays').toContain('a link');
  });
});
