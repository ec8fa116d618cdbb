import { describe, expect, it } from 'vitest';
import { collapseWhitespace, decodeEntities, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('drops scripts, styles and comments, and joins words split by tags', () => {
    const html = '<html><head><style>p{color:red}</style><script>track()</script></head><body>F<!-- x -->REE v<b></b>iagra</body></html>';
    expect(htmlToText(html)).toBe('FREE viagra');
  });

  it('turns block tags into line breaks and cells into spaces', () => {
    expect(htmlToText('<p>one</p><p>two<br>three</p><table><tr><td>a</td><td>b</td></tr></table>')).toBe('one\n\ntwo\nthree\n\na b');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('Fish &amp; chips &lt;b&gt;hot&lt;/b&gt;&nbsp;&#8364;5 &#x263A;')).toBe('Fish & chips <b>hot</b> €5 ☺');
  });
});

describe('decodeEntities', () => {
  it('leaves unknown names, names without a semicolon and invalid code points harmless', () => {
    expect(decodeEntities('AT&T &copy2002 &bogus; &constructor; &#0; &#xD800;')).toBe('AT&T &copy2002 &bogus; &constructor; \uFFFD \uFFFD');
  });
});

describe('collapseWhitespace', () => {
  it('keeps paragraphs but not runs of blank lines or spaces', () => {
    expect(collapseWhitespace('  a \t b\r\n\r\n\r\n\r\n c \u00a0 ')).toBe('a b\n\nc');
  });
});
