import { describe, expect, it } from 'vitest';
import { firstCopies, normaliseBody } from './exact-duplicates';

describe('normaliseBody', () => {
  it('ignores case', () => {
    expect(normaliseBody('FREE Money'), 'capitals do not make a message different').toBe('free money');
  });

  it('turns every run of whitespace into one space and trims the ends', () => {
    expect(normaliseBody('  Dear friend,\r\n\r\n\tclick  here \n'), 'line breaks, tabs and double spaces collapse').toBe('dear friend, click here');
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

  it('is fast enough for the whole corpus (one look-up per message, not one comparison per pair)', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `campaign ${i % 1000} — click here`);
    const started = performance.now();
    const firsts = firstCopies(texts);
    expect(firsts[19_999], 'message 19,999 is a copy of message 999').toBe(999);
    expect(performance.now() - started, 'milliseconds for 20,000 messages').toBeLessThan(1000);
  });
});
