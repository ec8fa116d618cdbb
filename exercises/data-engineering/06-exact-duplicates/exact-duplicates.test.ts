import { describe, expect, it } from 'vitest';
import sample from 'dataset:sample';
import { splitMessage } from '@project/message-parts';
import { firstCopies, normaliseBody } from './exact-duplicates';

/**
 * Milliseconds per call of `run`, timed over rounds of at least 100 ms (calls repeated until
 * then): the best of three rounds, the one least disturbed by whatever else the machine is
 * doing. Stops early once a round takes over 3 seconds.
 */
function msPerCall(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 100);
    best = Math.min(best, elapsed / calls);
    if (elapsed > 3000) break;
  }
  return best;
}

describe('normaliseBody', () => {
  it('ignores case', () => {
    expect(normaliseBody('FREE Money'), 'capitals do not make a message different').toBe('free money');
  });

  it('turns every run of whitespace into one space and trims the ends', () => {
    expect(normaliseBody('  Dear friend,\r\n\r\n\tclick  here \n'), 'line breaks, tabs and double spaces collapse').toBe('dear friend, click here');
    expect(normaliseBody('line one\nline two'), 'a single line break is whitespace too: it becomes a space, it does not vanish').toBe('line one line two');
  });

  it('counts every kind of whitespace, not only spaces, tabs and line breaks', () => {
    expect(normaliseBody('free\u00a0money\u000bnow\u000cplease'), 'a non-breaking space (common in HTML mail), a vertical tab and a form feed').toBe('free money now please');
  });

  it('keeps the words and punctuation', () => {
    expect(normaliseBody('Only $9.99!'), 'normalising must not remove content').toBe('only $9.99!');
  });
});

describe('firstCopies', () => {
  it('gives every distinct message its own index', () => {
    expect(firstCopies(['a', 'b', 'c']), 'three different bodies: each is its own first copy').toEqual([0, 1, 2]);
  });

  it('points each duplicate at the FIRST copy', () => {
    const texts = ['Buy now', 'Hello Bob', 'buy  NOW', 'Buy now\n'];
    expect(firstCopies(texts), 'messages 2 and 3 are copies of message 0').toEqual([0, 1, 0, 0]);
  });

  it('gives empty bodies -1, so they never count as copies of each other', () => {
    expect(firstCopies(['', 'hi', '  \n ', 'HI']), 'empty and whitespace-only bodies get -1').toEqual([-1, 1, -1, 1]);
  });

  it('treats any text as an ordinary key, even "constructor" or "__proto__"', () => {
    expect(firstCopies(['constructor', 'toString', '__proto__', 'Constructor', '__PROTO__']), 'bodies that are names of object properties').toEqual([0, 1, 2, 0, 2]);
  });

  it('finds the copies among real messages, in any order', () => {
    const bodies = sample.map((message) => splitMessage(message.raw).body);
    // Copies of every tenth message, re-cased and re-wrapped, put in front of the originals.
    const copies = bodies.filter((_, i) => i % 10 === 0).map((body) => body.toUpperCase().replace(/\n/g, '\r\n  '));
    const texts = [...copies, ...bodies];
    const firsts = firstCopies(texts);
    // The expected first copy, found the slow way: the first text whose normalised body is equal.
    const normalised = texts.map(normaliseBody);
    texts.forEach((text, i) => {
      const expected = normalised[i] === '' ? -1 : normalised.indexOf(normalised[i]);
      const id = i < copies.length ? `a copy of ${sample[i * 10].id}` : sample[i - copies.length].id;
      expect(firsts[i], `text ${i} (${id}: "${text.slice(0, 50).replace(/\s+/g, ' ')}…")`).toBe(expected);
    });
  });

  it('grows linearly, one look-up per message: 16 times the messages take less than 50 times as long', () => {
    // Campaigns of 2 or 3 copies each, every campaign's first copy early; long bodies that differ
    // only near their end, as a campaign's copies do, so comparing two of them is not free.
    const intro = 'Dear friend, we are writing to tell you about an exclusive offer reserved for a few of our most valued customers. '.repeat(3);
    const texts = (count: number) => Array.from({ length: count }, (_, i) => `${intro}Click here for offer number ${String(i % Math.round(count * 0.4)).padStart(6, '0')} today`);
    const [small, large] = [texts(1_250), texts(20_000)];
    const firsts = firstCopies(large);
    expect(firsts[19_999], 'message 19,999 is a copy of message 3,999').toBe(3999);
    expect(firsts[7999], 'message 7,999 is the first of its campaign').toBe(7999);
    const [tSmall, tLarge] = [msPerCall(() => firstCopies(small)), msPerCall(() => firstCopies(large))];
    expect(tLarge / tSmall, `20,000 messages took ${tLarge.toFixed(1)} ms, 1,250 took ${tSmall.toFixed(1)} ms: a search through the earlier messages for each one takes about 100 times as long`).toBeLessThan(50);
  });
});
