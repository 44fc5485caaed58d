/**
 * Identities between base quantities that hold in the data (kennzahlen.md §2), used by the
 * disclosure control and by the derivation attack alike.
 */
import type { BaseQuantity } from '../../kpi/catalog.ts';

/**
 * part ≤ whole: INT_SVB, INT_AE, INT_LZB and INT_BEDARFSDECKEND are integrations,
 * INT_NACHHALTIG and INT_KONTINUIERLICH svb integrations, ELB_AE and LZB eLb, LZB_AKTIV and
 * ZUGANG_LZB LZB; an integration in m is of a person in the stock of m−1.
 * [part, whole, month of the whole relative to the part's]
 */
export const SUBSETS: readonly (readonly [BaseQuantity, BaseQuantity, 0 | -1])[] = [
  ['INT_SVB', 'INT', 0],
  ['INT_AE', 'INT', 0],
  ['INT_LZB', 'INT', 0],
  ['INT_BEDARFSDECKEND', 'INT', 0],
  ['INT_NACHHALTIG', 'INT_SVB', 0],
  ['INT_KONTINUIERLICH', 'INT_SVB', 0],
  ['ELB_AE', 'ELB', 0],
  ['LZB', 'ELB', 0],
  ['LZB_AKTIV', 'LZB', 0],
  ['ZUGANG_LZB', 'LZB', 0],
  ['INT', 'ELB', -1],
  ['INT_AE', 'ELB_AE', -1],
  ['INT_LZB', 'LZB', -1],
  ['ABGANG_LZB', 'LZB', -1],
];

/**
 * Flows of the eLb stock: a move from one örtliches Jobcenter to another is a Zugang of the one
 * and an Abgang of the other but no flow of their Träger, so they do not add up to it. Every
 * other count of a Träger is the sum of its örtliche Jobcenter's — Zugänge and Abgänge of LZB
 * too, which count persons who were (are) LZB in no unit at all.
 */
export const NOT_ADDITIVE: ReadonlySet<BaseQuantity> = new Set(['ZUGANG_ELB', 'ABGANG_ELB']);
