/**
 * Facts and short excerpts about the raw corpus for the data-engineering lessons: how many
 * messages use CRLF, fold their headers, carry 8-bit bytes…, and one real message for each
 * thing a lesson shows (a folded Subject, a base64 body, HTML-only spam…). Each example is the
 * FIRST message, in id order, that meets a stated rule, so anyone can find it again and a
 * re-run picks the same one. Excerpts are cut short to keep the file small.
 */
import { CORPUS_PERIOD, isWithin, parseMailDate } from '../src/dates';
import { firstHeader, parseHeaders } from '../src/headers';
import { htmlToText } from '../src/html-to-text';
import { splitMessage } from '../src/message-parts';
import { readBody, toBytes } from '../src/mime';
import { compareIds } from '../src/order';
import type { LessonExample, LessonExamples } from '../src/artefacts';
import { dateFixSchema, type RawMessage } from '../src/types';

const MAX_EXCERPT = 700;

const cut = (text: string, max = MAX_EXCERPT) => (text.length > max ? `${text.slice(0, max)}…` : text);
/** Lines [from, to) of a text. */
const lines = (text: string, from: number, to: number) => text.split(/\r?\n/).slice(from, to).join('\n');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

// A header field line: a name of printable ASCII without spaces or colons, then a colon.
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;

interface Shape {
  message: RawMessage;
  headerBlock: string;
  body: string;
  headerLines: string[];
}

export async function lessonExamples(messages: readonly RawMessage[]): Promise<LessonExamples> {
  const shapes: Shape[] = [...messages]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((message) => {
      const { headerBlock, body } = splitMessage(message.raw);
      return { message, headerBlock, body, headerLines: headerBlock.split(/\r?\n/) };
    });

  const isFolded = (line: string) => line[0] === ' ' || line[0] === '\t';
  const isJunk = (line: string, index: number) => !isFolded(line) && !FIELD_LINE.test(line) && !(index === 0 && line.startsWith('From '));
  const receivedCounts = shapes.map((s) => s.headerLines.filter((line) => /^received[ \t]*:/i.test(line)).length);
  const fieldCounts = shapes.map((s) => s.headerLines.filter((line) => FIELD_LINE.test(line)).length);

  // Field names spelled in more than one way (`Message-Id`, `Message-ID`): why names are compared case-insensitively.
  const spellings = new Map<string, Set<string>>();
  for (const s of shapes) {
    for (const line of s.headerLines) {
      const name = FIELD_LINE.exec(line)?.[0].replace(/[ \t]*:$/, '');
      if (name) spellings.set(name.toLowerCase(), (spellings.get(name.toLowerCase()) ?? new Set()).add(name));
    }
  }
  const messageId = [...(spellings.get('message-id') ?? [])].sort(compareIds);

  const counts = {
    messages: shapes.length,
    mboxFromLine: shapes.filter((s) => s.message.raw.startsWith('From ')).length,
    crlf: shapes.filter((s) => s.message.raw.includes('\r\n')).length,
    noBlankLine: shapes.filter((s) => !/\r?\n\r?\n/.test(s.message.raw)).length,
    eightBit: shapes.filter((s) => /[\x80-\xff]/.test(s.message.raw)).length,
    eightBitInHeaders: shapes.filter((s) => /[\x80-\xff]/.test(s.headerBlock)).length,
    foldedHeaders: shapes.filter((s) => s.headerLines.some(isFolded)).length,
    junkHeaderLines: shapes.filter((s) => s.headerLines.some(isJunk)).length,
    encodedWordSubject: shapes.filter((s) => /=\?[^?]+\?[bq]\?/i.test(firstHeader(parseHeaders(s.headerBlock), 'subject'))).length,
    fieldsMedian: median(fieldCounts),
    fieldsMax: Math.max(...fieldCounts),
    receivedMedian: median(receivedCounts),
    receivedMax: Math.max(...receivedCounts),
    fieldNames: spellings.size,
    fieldNamesWithSeveralSpellings: [...spellings.values()].filter((set) => set.size > 1).length,
    messageIdSpellings: messageId,
  };

  const find = (predicate: (s: Shape) => boolean) => shapes.find(predicate);
  const examples: Record<string, LessonExample> = {};

  const first = find((s) => s.message.group === 'easy-ham-1');
  if (first) {
    examples.firstMessage = {
      id: first.message.id,
      rule: 'the first easy-ham-1 message',
      raw: cut(`${lines(first.headerBlock, 0, 6)}\n…\n${first.headerLines.filter((line) => /^(from|to|subject|date):/i.test(line)).join('\n')}\n\n${lines(first.body, 0, 6)}`, 1200),
    };
  }

  const folded = find((s) => s.message.label === 'spam' && s.headerLines.some((line, i) => /^subject:/i.test(line) && isFolded(s.headerLines[i + 1] ?? '')));
  if (folded) {
    const start = folded.headerLines.findIndex((line) => /^subject:/i.test(line));
    let end = start + 1;
    while (end < folded.headerLines.length && isFolded(folded.headerLines[end])) end++;
    examples.foldedSubject = {
      id: folded.message.id,
      rule: 'the first spam message whose Subject is folded over several lines',
      raw: folded.headerLines.slice(start, end).join('\n'),
      parsed: firstHeader(parseHeaders(folded.headerBlock), 'subject'),
    };
  }

  const received = find((s) => s.message.group === 'easy-ham-1' && s.headerLines.filter((line) => /^received[ \t]*:/i.test(line)).length >= 5);
  if (received) {
    const values = parseHeaders(received.headerBlock)['received'] ?? [];
    examples.received = {
      id: received.message.id,
      rule: 'the first easy-ham-1 message with at least five Received fields',
      raw: values.slice(0, 4).map((value) => `Received: ${cut(value, 100)}`).join('\n'),
      parsed: String(values.length),
    };
  }

  const junk = find((s) => s.headerLines.some(isJunk));
  if (junk) {
    const index = junk.headerLines.findIndex(isJunk);
    examples.junkLine = {
      id: junk.message.id,
      rule: 'the first message with a header line that is neither a field nor a continuation (the mbox From line aside)',
      raw: junk.headerLines.slice(Math.max(0, index - 2), index + 2).map((line) => cut(line, 110)).join('\n'),
      parsed: cut(junk.headerLines[index], 110),
    };
  }

  const crlf = find((s) => s.message.raw.includes('\r\n'));
  if (crlf) {
    examples.crlf = {
      id: crlf.message.id,
      rule: 'the first message with a CRLF (\\r\\n) line ending',
      // JSON-escaped so the lesson can show where the \r sits.
      raw: JSON.stringify(cut(crlf.message.raw.slice(crlf.message.raw.indexOf('\r\n') - 60, crlf.message.raw.indexOf('\r\n') + 80), 200)),
    };
  }

  const noBlank = find((s) => !/\r?\n\r?\n/.test(s.message.raw));
  if (noBlank) {
    examples.noBlankLine = {
      id: noBlank.message.id,
      rule: 'the first message without an empty line',
      raw: cut(noBlank.message.raw.split(/\r?\n/).slice(-12).join('\n'), 900),
    };
  }

  const eightBit = find((s) => /[\x80-\xff]/.test(s.headerBlock) && /^subject:.*[\x80-\xff]/im.test(s.headerBlock));
  if (eightBit) {
    const line = eightBit.headerLines.find((l) => /^subject:/i.test(l)) ?? '';
    examples.eightBitSubject = {
      id: eightBit.message.id,
      rule: 'the first message whose Subject carries raw 8-bit bytes (shown as latin-1)',
      raw: cut(line, 160),
      parsed: [...line].filter((c) => c.charCodeAt(0) > 0x7f).map((c) => `0x${c.charCodeAt(0).toString(16)}`).slice(0, 8).join(' '),
    };
  }

  // Date headers as broken senders write them: the first message for each kind of repair, and
  // the first whose Date lies outside the corpus' period.
  const sentDates = new Map(shapes.map((s) => [s, firstHeader(parseHeaders(s.headerBlock), 'date')]));
  for (const kind of dateFixSchema.options) {
    const needs = (s: Shape) => {
      const parsed = parseMailDate(sentDates.get(s)!);
      if (!parsed) return false;
      return kind === 'outside period' ? !isWithin(parsed.time, CORPUS_PERIOD) : parsed.fixes.includes(kind);
    };
    const found = find(needs);
    if (found) {
      examples[`date: ${kind}`] = {
        id: found.message.id,
        rule: kind === 'outside period' ? `the first message whose Date header lies outside ${CORPUS_PERIOD.from} to ${CORPUS_PERIOD.to}` : `the first message whose Date header needs the repair "${kind}"`,
        raw: `Date: ${cut(sentDates.get(found)!, 100)}`,
        parsed: kind,
      };
    }
  }

  // Bodies: decoded with the same MIME reader the pipeline uses.
  for (const s of shapes) {
    if (examples.base64 && examples.quotedPrintable && examples.htmlOnlySpam && examples.stubPlainPart) break;
    const topType = firstHeader(parseHeaders(s.headerBlock), 'content-type').toLowerCase();
    const topEncoding = firstHeader(parseHeaders(s.headerBlock), 'content-transfer-encoding').toLowerCase();
    if (!examples.base64 && s.message.label === 'spam' && topEncoding === 'base64' && topType.startsWith('text/')) {
      const body = await readBody(toBytes(s.message.raw));
      examples.base64 = {
        id: s.message.id,
        rule: 'the first spam message whose whole body is a base64-encoded text part',
        raw: `Content-Type: ${topType}\nContent-Transfer-Encoding: base64\n\n${lines(s.body.trim(), 0, 4)}\n…`,
        parsed: cut((body.plain || htmlToText(body.html)).trim(), 300),
      };
    }
    if (!examples.quotedPrintable && topEncoding === 'quoted-printable' && topType.startsWith('text/plain') && /=[0-9A-F]{2}/.test(s.body) && /=\r?\n/.test(s.body)) {
      const body = await readBody(toBytes(s.message.raw));
      const at = Math.max(0, s.body.search(/=[0-9A-F]{2}/) - 150);
      const rawExcerpt = s.body.slice(at, at + 320);
      examples.quotedPrintable = {
        id: s.message.id,
        rule: 'the first message whose whole body is a quoted-printable text/plain part with both an escaped byte (=XX) and a soft line break (= at the end of a line)',
        raw: `Content-Type: ${topType}\nContent-Transfer-Encoding: quoted-printable\n\n…${rawExcerpt}…`,
        parsed: cut(body.plain.trim(), 500),
      };
    }
    if (!examples.htmlOnlySpam && s.message.label === 'spam' && topType.startsWith('text/html') && !/^content-transfer-encoding:\s*(base64|quoted)/im.test(s.headerBlock) && s.body.length > 1500) {
      const body = await readBody(toBytes(s.message.raw));
      if (body.plain === '' && body.html !== '') {
        examples.htmlOnlySpam = {
          id: s.message.id,
          rule: 'the first spam message that is a single, unencoded text/html part of more than 1,500 characters',
          raw: cut(s.body.trim(), 900),
          parsed: cut(htmlToText(body.html), 400),
        };
      }
    }
    if (!examples.stubPlainPart && topType.startsWith('multipart/')) {
      const body = await readBody(toBytes(s.message.raw));
      const plain = body.plain.trim();
      const text = htmlToText(body.html);
      if (plain.length < 200 && /[a-z]{2,} [a-z]{2,}/i.test(plain) && !/content-/i.test(plain) && text.length > 5 * plain.length) {
        examples.stubPlainPart = {
          id: s.message.id,
          rule: 'the first multipart message whose plain part is a short sentence (under 200 characters) and the HTML part, as text, more than five times longer',
          raw: plain,
          parsed: cut(text, 400),
        };
      }
    }
  }

  return { counts, examples };
}
