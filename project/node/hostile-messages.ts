/**
 * Messages built to make a parser slow: one field (or the body) filled with `size` characters
 * chosen against the patterns that read it (runs without the character a pattern looks for,
 * openers that never close). Every builder keeps the message a valid email, so the whole
 * classification path runs, and adds fewer than 200 characters around the hostile part.
 */
export type HostileMessage = (size: number) => string;

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const withHeader = (header: string) => `From: a@example.com\nSubject: hi\n${header}\n\nbody`;
const withBody = (contentType: string, body: string) =>
  `From: a@example.com\nSubject: hi\nContent-Type: ${contentType}\n\n${body}`;

export const HOSTILE_MESSAGES: Record<string, HostileMessage> = {
  'From: one word': (size) => `From: ${repeat('a', size)}\nSubject: hi\n\nbody`,
  'From: of <': (size) => `From: ${repeat('<', size)}\nSubject: hi\n\nbody`,
  'From: of <a and >': (size) => `From: ${repeat('<a>a', size)}\nSubject: hi\n\nbody`,
  'From: of @': (size) => `From: ${repeat('a@', size)}\nSubject: hi\n\nbody`,
  'From: of encoded words': (size) => `From: ${repeat('=?utf-8?q?a?=', size)}\nSubject: hi\n\nbody`,
  'Subject: of short words': (size) => `From: a@example.com\nSubject: ${repeat('ab ', size)}\n\nbody`,
  'Content-Type: parameter without =': (size) => withHeader(`Content-Type: text/plain; ${repeat('a', size)}`),
  'Content-Type: unclosed quotes': (size) => withHeader(`Content-Type: text/plain; ${repeat('a=" ;', size)}`),
  'X-Mailer: one word': (size) => withHeader(`X-Mailer: ${repeat('a', size)}`),
  'Date: one word': (size) => withHeader(`Date: ${repeat('Mon', size)}`),
  'header: continuation lines': (size) => withHeader(`X-Junk: a\n${repeat(' x\n', size)}`),
  'header: many fields': (size) => withHeader(repeat('X-A: b\n', size).trimEnd()),
  'header: lines without a colon': (size) => withHeader(repeat('xx\n', size).trimEnd()),
  'header: no empty line': (size) => `From: a@example.com\nSubject: ${repeat('a', size)}`,
  'HTML: of <': (size) => withBody('text/html', repeat('<', size)),
  'HTML: unclosed comments': (size) => withBody('text/html', `${repeat('<!--', size)} >`),
  'HTML: unclosed scripts': (size) => withBody('text/html', `${repeat('<script', size)}</style>`),
  'HTML: unclosed block tags': (size) => withBody('text/html', repeat('<p', size)),
  'HTML: entity-like text': (size) => withBody('text/html', repeat('&a', size)),
  'HTML: whitespace': (size) => withBody('text/html', `${repeat(' \n', size)}x`),
  'text: one word': (size) => withBody('text/plain', repeat('a', size)),
  'text: one URL': (size) => withBody('text/plain', `http://${repeat('a', size)}`),
  'quoted-printable: of =': (size) => `From: a@example.com\nSubject: hi\nContent-Transfer-Encoding: quoted-printable\n\n${repeat('=', size)}`,
  'base64: not base64': (size) => `From: a@example.com\nSubject: hi\nContent-Transfer-Encoding: base64\n\n${repeat('!', size)}`,
  'multipart: empty parts': (size) => withBody('multipart/mixed; boundary=b', repeat('--b\n', size)),
  'multipart: parts with headers': (size) => withBody('multipart/mixed; boundary=b', repeat('--b\nContent-Type: text/html\n\n<', size)),
};
