/** How lessons print the pipeline's numbers: one place, so every page formats them alike. */

/** 6046 → "6,046" and 0.00689 → "0.69%": the project's own formatting, so lessons and reports agree. */
export { count, percent } from '@project/format';

/** 0.99462 → "0.995". */
export function decimal(value: number, decimals = 3): string {
  return value.toFixed(decimals);
}
