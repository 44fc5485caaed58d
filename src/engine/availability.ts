/**
 * Which base quantities exist in which month (kennzahlen.md §1, §2): a quantity that needs a
 * month or a day outside the observation period is missing — never zero.
 */
import type { BaseQuantity } from '../domain/kpi/catalog.ts';
import type { Calendar } from './stage1/calendar.ts';
import { LZB_WINDOW_DAYS } from './stage1/month-states.ts';

export type Availability = (quantity: BaseQuantity, monthIndex: number) => boolean;

export function availabilityOf(calendar: Calendar): Availability {
  const observed = (m: number) => m >= calendar.first && m <= calendar.last;
  // LZB needs the whole window [St(m)−729, St(m)] inside the observation period.
  const lzb = (m: number) =>
    observed(m) &&
    (calendar.stichtag.get(m) ?? -Infinity) - (LZB_WINDOW_DAYS - 1) >= calendar.firstDay;
  // The integration window of m reaches back to St(m−2).
  const window = (m: number) => observed(m) && observed(m - 2);
  const rules: Record<BaseQuantity, (m: number) => boolean> = {
    ELB: observed,
    ELB_AE: observed,
    ZUGANG_ELB: (m) => observed(m) && observed(m - 1),
    ABGANG_ELB: (m) => observed(m) && observed(m - 1),
    LZB: lzb,
    LZB_AKTIV: lzb,
    ZUGANG_LZB: (m) => lzb(m) && lzb(m - 1),
    ABGANG_LZB: (m) => lzb(m) && lzb(m - 1),
    INT: window,
    INT_SVB: window,
    INT_AE: window,
    INT_LZB: (m) => window(m) && lzb(m - 1),
    EIN_GB: window,
    EIN_OEG: window,
    INT_NACHHALTIG: (m) => window(m) && observed(m + 12),
    INT_KONTINUIERLICH: (m) => window(m) && observed(m + 6),
    INT_BEDARFSDECKEND: (m) => window(m) && observed(m + 3),
    LLU: observed,
    LUH: observed,
  };
  return (quantity, m) => rules[quantity](m);
}
