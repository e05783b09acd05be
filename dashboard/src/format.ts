// Numbers as the disclosures print them. Amounts arrive as exact decimals in JSON; the page only displays them (two
// decimals, thousands separators, as the documents do) and never adds them up — sums come from the service.
const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1465.27 → "1,465.27" (万元). */
export function amount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : amountFormat.format(value);
}

/** 19.5 → "19.50%". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${amountFormat.format(value)}%`;
}

/** A target as the card states it: "≥ 90%", "良好". */
export function target(operator: string | null | undefined, numeric: number | null | undefined, text: string | null | undefined, unit: string | null | undefined): string {
  if (numeric === null || numeric === undefined) return text ?? '—';
  const op = operator && operator !== '定性' ? operator : '';
  return `${op}${String(numeric)}${unit ?? ''}`;
}
