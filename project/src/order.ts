/**
 * Orderings that are the same on every machine, so that every run sees messages in the same
 * order before anything random or order-dependent happens.
 */
import type { Email } from './types';

/** Plain code-unit order (`localeCompare` depends on the machine's locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId(a: Email, b: Email): number {
  return compareIds(a.id, b.id);
}

/** Oldest first, undated last, ties broken by id. ISO 8601 UTC strings sort like the dates they hold. */
export function byDateThenId(a: Pick<Email, 'id' | 'date'>, b: Pick<Email, 'id' | 'date'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return compareIds(a.id, b.id);
}
