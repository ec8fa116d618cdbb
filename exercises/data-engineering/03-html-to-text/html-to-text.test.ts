import { describe, expect, it } from 'vitest';
import { readBody, toBytes } from '@project/mime';
import sample from 'dataset:sample';
import { htmlToText } from './html-to-text';

const messages = sample;

describe('htmlToText', () => {
  it('removes tags and keeps the words', () => {
    expect(htmlToText('<html><body><font color="red">FREE</font> <a href="http://x.example">cell phone</a></body></html>'), 'only the words a reader sees').toBe(
      'FREE cell phone',
    );
  });

  it('drops scripts, styles and the words inside them', () => {
    expect(htmlToText('<style>p { color: red }</style><script>track()</script>Hello'), 'CSS and JavaScript are not text').toBe('Hello');
    expect(htmlToText('<SCRIPT type="text/javascript">var a = 1;</SCRIPT>Hi'), 'tag names in capitals too').toBe('Hi');
  });

  it('joins words that spammers split with comments and empty tags', () => {
    expect(htmlToText('V<!-- pills -->iag<b></b>ra'), 'no space where a comment or inline tag was').toBe('Viagra');
  });

  it('turns block tags into line breaks, and table cells and images into spaces', () => {
    expect(htmlToText('<p>one</p><p>two<br>three</p>'), 'paragraphs and <br> start new lines').toBe('one\n\ntwo\nthree');
    expect(htmlToText('<table><tr><td>Price</td><td>$5</td></tr></table>'), 'cells side by side are separated by a space').toBe('Price $5');
    expect(htmlToText('Save<img src="x.gif">now'), 'an image separates the words around it').toBe('Save now');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('Fish &amp; chips &lt;b&gt;hot&lt;/b&gt;&nbsp;&#8364;5'), 'entities decoded; &lt;b&gt; is text, not a tag').toBe('Fish & chips <b>hot</b> €5');
  });

  it('collapses whitespace', () => {
    expect(htmlToText('  <div>  lots   of\n\n\n\n space </div>  '), 'one space between words, at most one empty line, nothing at the edges').toBe('lots of\n\nspace');
  });
});

describe('on the real sample', () => {
  it('leaves no tags, comments or CSS in the text of any HTML message', async () => {
    const withHtml = messages.filter((message) => /text\/html/i.test(message.raw));
    expect(withHtml.length, 'the sample has HTML messages').toBeGreaterThan(10);
    for (const message of withHtml) {
      const { html } = await readBody(toBytes(message.raw));
      if (html === '') continue;
      const text = htmlToText(html);
      expect(/<\/?(?:td|tr|table|font|br|p|div|img|a|span|html|body)\b[^<>]*>/i.test(text), `${message.id}: no complete tags left (a broken, unclosed one may stay)`).toBe(false);
      expect(text.includes('<!--'), `${message.id}: no comments left`).toBe(false);
      expect(/ {2}|\n{3}/.test(text), `${message.id}: whitespace collapsed`).toBe(false);
    }
  });
});
