/**
 * Message bodies via postal-mime, a real MIME parser: multipart trees, quoted-printable and
 * base64, declared charsets. MIME has too many corner cases to hand-roll.
 */
import PostalMime from 'postal-mime';

export interface MimeBody {
  /** The text/plain parts, decoded ('' when there are none). */
  plain: string;
  /** The text/html parts, decoded but still HTML ('' when there are none). */
  html: string;
  /** Parts that are neither body text nor inline (images shown inside the HTML are inline). */
  attachments: number;
}

/**
 * The message as bytes, which is what MIME is defined on. The corpus loader reads files as
 * "binary strings" (latin1: one character per byte) so that every byte survives; a string
 * with characters above U+00FF cannot be one, so it is Unicode text (pasted into a form,
 * say) and is encoded as UTF-8.
 */
export function toBytes(raw: string): Uint8Array {
  if (/[^\u0000-\u00ff]/.test(raw)) return new TextEncoder().encode(raw);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export async function readBody(bytes: Uint8Array): Promise<MimeBody> {
  const parsed = await PostalMime.parse(bytes);
  return {
    plain: parsed.text ?? '',
    html: parsed.html ?? '',
    attachments: parsed.attachments.filter((part) => part.disposition !== 'inline' && !part.related).length,
  };
}

/**
 * Charsets and transfer encodings the message's MIME headers declare (top level and every
 * part), lower-cased, for the data-quality report.
 */
export function declaredEncodings(raw: string): { charsets: string[]; transferEncodings: string[] } {
  // A Content-Type field with its continuation lines: the charset is often on the second line.
  const contentTypes = raw.match(/^content-type:.*(?:\r?\n[ \t].*)*/gim) ?? [];
  const charsets = contentTypes.flatMap((field) => Array.from(field.matchAll(/\bcharset\s*=\s*["']?([\w.:-]+)/gi), (match) => match[1]));
  const transferEncodings = Array.from(raw.matchAll(/^content-transfer-encoding:\s*["']?([\w-]+)/gim), (match) => match[1]);
  const unique = (values: string[]) => [...new Set(values.map((value) => value.toLowerCase()))].sort();
  return { charsets: unique(charsets), transferEncodings: unique(transferEncodings) };
}
