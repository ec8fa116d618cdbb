import { describe, expect, it } from 'vitest';
import { readBody, toBytes } from '@project/mime';
import sample from 'dataset:sample';
import { htmlToText } from './html-to-text';

const messages = sample;

/**
 * Milliseconds per call of `run`, timed over rounds of at least `roundMs` (calls repeated until
 * then): the best of three rounds, the one least disturbed by whatever else the machine is
 * doing. Stops early once a round takes over 3 seconds.
 */
function msPerCall(run: () => unknown, roundMs = 100): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < roundMs);
    best = Math.min(best, elapsed / calls);
    if (elapsed > 3000) break;
  }
  return best;
}

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

  it('removes each comment on its own, whatever it holds', () => {
    expect(htmlToText('Cheap<!-- a -->, fast<!-- b --> and free'), 'the words BETWEEN two comments stay').toBe('Cheap, fast and free');
    expect(htmlToText('V<!-- if a > b -->iagra'), 'a ">" inside a comment does not end it').toBe('Viagra');
    expect(htmlToText('Hi<!--\n  <p>hidden</p>\n-->there'), 'a comment over several lines, with tags inside, goes whole').toBe('Hithere');
  });

  it('removes each script and style element on its own', () => {
    expect(htmlToText('<script>a()</script>Hello<script>b()</script> world'), 'the words BETWEEN two scripts stay').toBe('Hello world');
    expect(htmlToText('<script>var end = "</style>";</script>Hi'), 'a script ends at </script>, not at a </style> inside it').toBe('Hi');
    expect(htmlToText('<style type="text/css">p { color: red }</style >Hi'), 'a closing tag may have a space before its ">"').toBe('Hi');
  });

  it('runs a script or style left open to the end of the text, as a browser does', () => {
    expect(htmlToText('Hello<script>track(1); more()'), 'an unclosed <script>: its code is not text').toBe('Hello');
    expect(htmlToText('Hi<style>p { color: red }\n<b>x</b>'), 'an unclosed <style>, with a tag after it').toBe('Hi');
  });

  it('lets a script or style element separate the words around it', () => {
    expect(htmlToText('Hello<style>p { margin: 0 }</style>World'), 'an element that is not text is never inside a word').toBe('Hello World');
  });

  it('removes tags written over several lines', () => {
    expect(htmlToText('<a\n  href="http://x.example">click</a>\nhere'), 'a tag with a line break inside it is still a tag').toBe('click\nhere');
  });

  it('turns block tags into line breaks, and table cells and images into spaces', () => {
    expect(htmlToText('<p>one</p><p>two<br>three</p>'), 'paragraphs and <br> start new lines').toBe('one\n\ntwo\nthree');
    expect(htmlToText('<table><tr><td>Price</td><td>$5</td></tr></table>'), 'cells side by side are separated by a space').toBe('Price $5');
    expect(htmlToText('Save<img src="x.gif">now'), 'an image separates the words around it').toBe('Save now');
  });

  it('decodes entities after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('Fish &amp; chips &lt;b&gt;hot&lt;/b&gt;&nbsp;&#8364;5'), 'entities decoded; &lt;b&gt; is text, not a tag').toBe('Fish & chips <b>hot</b> €5');
  });

  it('decodes entities once: an escaped entity stays an entity', () => {
    expect(htmlToText('Write &amp;lt;b&amp;gt; for bold'), '"&amp;lt;" is the text "&lt;"').toBe('Write &lt;b&gt; for bold');
  });

  it('collapses whitespace', () => {
    expect(htmlToText('  <div>  lots   of\n\n\n\n space </div>  '), 'one space between words, at most one empty line, nothing at the edges').toBe('lots of\n\nspace');
    expect(htmlToText('Save&nbsp;&nbsp;&nbsp;now'), 'spaces made by entities collapse too').toBe('Save now');
  });

  it('grows linearly on a large newsletter: 16 times the HTML takes less than 80 times as long', () => {
    const row = '<tr><td><font face="Arial"><a href="http://x.example/?id=1">Item</a> &amp; <b>price</b></font></td><td>$5</td></tr>\n';
    const newsletter = (rows: number) => `<html><body><!-- tracking --><table>${row.repeat(rows)}</table></body></html>`;
    const [small, large] = [newsletter(125), newsletter(2_000)];
    expect(htmlToText(large).match(/Item & price \$5/g)?.length, 'the text of every one of the 2,000 rows').toBe(2000);
    const [tSmall, tLarge] = [msPerCall(() => htmlToText(small), 40), msPerCall(() => htmlToText(large), 40)];
    expect(tLarge / tSmall, `${large.length} characters took ${tLarge.toFixed(1)} ms, ${small.length} took ${tSmall.toFixed(1)} ms: removing one tag at a time would be about 256 times`).toBeLessThan(80);
  });
});

describe('hostile markup that never closes', () => {
  // Openers with no end after them: a pattern that looks for the end from every opener scans to
  // the end of the text each time, so 4 times the text takes 16 times as long.
  const openers = '<!--<p <td <br<';
  it(`grows linearly on thousands of "${openers}" with no end: 4 times the text takes less than 10 times as long`, () => {
    const hostile = (length: number) => `Hello ${openers.repeat(Math.ceil(length / openers.length))}`;
    const [small, large] = [hostile(8_000), hostile(32_000)];
    const [tSmall, tLarge] = [msPerCall(() => htmlToText(small), 40), msPerCall(() => htmlToText(large), 40)];
    expect(tLarge / tSmall, `${large.length} characters took ${tLarge.toFixed(1)} ms, ${small.length} took ${tSmall.toFixed(1)} ms`).toBeLessThan(10);
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
