/** How lessons print the pipeline's numbers: one place, so every page formats them alike. */
const integer = new Intl.NumberFormat('en');

/** 6046 → "6,046". */
export function count(value: number): string {
  return integer.format(value);
}

/** 0.00689 → "0.69%" (two decimals by default; pass fewer for coarse shares). */
export function percent(share: number, decimals = 2): string {
  return `${(share * 100).toFixed(decimals)}%`;
}

/** 0.99462 → "0.995". */
export function decimal(value: number, decimals = 3): string {
  return value.toFixed(decimals);
}
