import { describe, expect, it } from 'vitest';
import { messageFacts } from './message-facts';

const message = (raw: string) => messageFacts({ id: 'x', group: 'spam-1', label: 'spam', raw });

describe('messageFacts', () => {
  it('measures a plain message', () => {
    const raw = 'Received: from a\nReceived: from b\nSubject: hi\n\nSee http://a.example and HTTPS://b.example now\n';
    expect(message(raw)).toEqual({ id: 'x', group: 'spam-1', label: 'spam', bytes: raw.length, words: 5, parts: 1, html: false, links: 2, headerFields: 3, received: 2 });
  });

  it('counts MIME parts at every level, and links in the HTML', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'Hello there',
      '--inner',
      'Content-Type: text/html',
      '',
      '<p>Hello <a href="http://x.example">there</a></p>',
      '--inner--',
      '--outer',
      'Content-Type: application/pdf',
      'Content-Disposition: attachment',
      '',
      'JVBERi0=',
      '--outer--',
      '',
    ].join('\r\n');
    const facts = message(raw);
    expect(facts.parts, 'outer: alternative + pdf; inner: plain + html').toBe(4);
    expect(facts.html).toBe(true);
    expect(facts.links).toBe(1);
    expect(facts.words, 'the plain part is the readable text').toBe(2);
  });

  it('copes with a message without body or headers', () => {
    expect(message('just text')).toMatchObject({ words: 0, parts: 1, links: 0, headerFields: 0, received: 0 });
  });
});
