/** A calendar month as `YYYY-MM` (the BA report month). */
export type Month = string & { readonly __brand: 'Month' };

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): text is Month {
  return MONTH_PATTERN.test(text);
}

export function parseMonth(text: string): Month {
  if (!isMonth(text)) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(text)}`);
  return text;
}

/** Months since 0000-01, so that month arithmetic is integer arithmetic. */
export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as Month;
}

export function addMonths(month: Month, delta: number): Month {
  return monthFromIndex(monthIndex(month) + delta);
}

export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

export function monthOfYear(month: Month): number {
  return Number(month.slice(5, 7));
}
