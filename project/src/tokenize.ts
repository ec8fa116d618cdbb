import { firstHeader } from './headers';
import type { Email } from './types';

/** What the tokenizer reads from a message: enough to build it from a raw message quickly. */
export type TokenSource = Pick<Email, 'subject' | 'from' | 'text' | 'hasHtml' | 'headers' | 'attachments'>;

/** Cap on tokens per message: the start of a message carries the signal, and it bounds latency. */
export const MAX_TOKENS = 1_500;
/** Cap on body characters read, for the same reason (hard-ham newsletters run to 100s of KB). */
export const MAX_TEXT_CHARS = 20_000;
/** Cap on characters read from one header field (the corpus' longest subject has 737). */
export const MAX_HEADER_CHARS = 1_000;

// One left-to-right pass: a URL (its host captured), a word (optionally `$`-prefixed), or `!`.
const BODY_TOKEN = /\bhttps?:\/\/([^\s/:?#"'<>)\]]+)[^\s"'<>)\]]*|\$?[\p{L}\p{N}]+(?:'\p{L}+)?|!/giu;
const DIGITS = /\p{N}+/gu;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const MAX_WORD_LENGTH = 25;
// What is not a display name: `<…>` parts and address-like runs. `[^<>]` and the lookbehind keep
// it linear: with `<[^>]*>` and a bare `\S+@`, every `<` or letter of a long run without `>` or
// `@` would rescan the run to its end, and an 80 KB `From:` took seconds.
const NOT_A_NAME = /<[^<>]*>|(?<!\S)\S+@\S+/g;

/**
 * Turns a message into the tokens the models count. Header tokens are prefixed
 * (`subject:free`, `from:example.com`), URLs become `url:domain`, and digits collapse to `#`
 * so `$1000` and `$5000` count as the same word.
 */
export function tokenize(message: TokenSource): string[] {
  const tokens = headerTokens(message);
  for (const word of words(message.subject.slice(0, MAX_HEADER_CHARS))) tokens.push(`subject:${word}`);
  // Lazy matching stops at the cap, so a 200 KB newsletter costs no more than a short note.
  for (const [match, host] of message.text.slice(0, MAX_TEXT_CHARS).matchAll(BODY_TOKEN)) {
    if (tokens.length >= MAX_TOKENS) break;
    const token = host === undefined ? normalizeWord(match) : `url:${siteOf(host)}`;
    if (token) tokens.push(token);
  }
  return tokens;
}

function headerTokens(message: TokenSource): string[] {
  const tokens: string[] = [];
  const from = message.from.slice(0, MAX_HEADER_CHARS);
  const address = /@([\w.-]+)/.exec(from);
  if (address) tokens.push(`from:${siteOf(address[1])}`);
  for (const word of words(from.replace(NOT_A_NAME, ' '))) tokens.push(`from:${word}`);
  const contentType = headerStart(message, 'content-type').split(';')[0].trim().toLowerCase();
  tokens.push(`content-type:${contentType || 'none'}`);
  const mailer = headerStart(message, 'x-mailer').toLowerCase().match(/[a-z]+/);
  if (mailer) tokens.push(`mailer:${mailer[0]}`);
  if (message.hasHtml) tokens.push('meta:html');
  if (message.attachments > 0) tokens.push('meta:attachment');
  return tokens;
}

function headerStart(message: TokenSource, name: string): string {
  return firstHeader(message.headers, name).slice(0, MAX_HEADER_CHARS);
}

function words(text: string): string[] {
  const found: string[] = [];
  for (const [match, host] of text.matchAll(BODY_TOKEN)) {
    const word = host === undefined ? normalizeWord(match) : null;
    if (word) found.push(word);
  }
  return found;
}

/** Lower-cased with digits collapsed; null for one-letter and overlong words. */
function normalizeWord(word: string): string | null {
  if ((word.length < 2 && word !== '!') || word.length > MAX_WORD_LENGTH) return null;
  return word.toLowerCase().replace(DIGITS, '#');
}

/** `mail.shop.example.com` → `example.com`; an IP address → `ip`: spammers rotate hosts, not sites. */
function siteOf(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(lower)) return 'ip';
  return lower.split('.').slice(-2).join('.');
}
