/** How the project's reports (the launch decision, the model card, the write-up) write numbers for people. */

/** 0.00208 → "0.21%" (two decimals by default). */
export function percent(share: number, decimals = 2): string {
  return `${(share * 100).toFixed(decimals)}%`;
}

const integer = new Intl.NumberFormat('en');

/** 6046 → "6,046". */
export function count(value: number): string {
  return integer.format(value);
}
