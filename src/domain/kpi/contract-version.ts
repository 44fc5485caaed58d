/**
 * The version of the Kennzahlen contract (shared/domain/kennzahlen.md) by which the engine
 * computes — the one place it is defined. The output directory of `kpi compute --out` records it
 * (src/engine/output-marker.ts), and so does every Datenstand computed from microdata
 * (`datenstaende.kennzahlen_vertrag`). Raise it with every change of what a figure means.
 */
import { COUNTING_TEXTS } from './catalog.ts';

export const KENNZAHLEN_VERTRAG = 2;

/**
 * What version 2 changed against version 1, in the users' words (the Daten page explains the
 * column „Berechnet nach“ with it; docs/kennzahlen.md lists the same three rules).
 */
export const KENNZAHLEN_VERTRAG_AENDERUNGEN: readonly string[] = [
  `Zugänge und Abgänge der eLb folgen dem Bewegungskonzept der BA. Zugang ist ${COUNTING_TEXTS.elbZugang}, Abgang ${COUNTING_TEXTS.elbAbgang} (Version 1: Personen, die am Stichtag im Bestand waren und am vorigen Stichtag nicht, bzw. umgekehrt).`,
  `${COUNTING_TEXTS.noIntegration} (Version 1 zählte sie als Integration.)`,
  `Die durchschnittlichen Zugangs- und Abgangsraten (K1E3, K1E4, K3E3, K3E4) sind die Summe der Zugänge bzw. Abgänge der letzten zwölf Monate je Summe der Bestände (${COUNTING_TEXTS.stockWeighted}; Version 1: ungewichtetes Mittel der zwölf Monatsraten).`,
];

/**
 * The cell „Berechnet nach“ of a Datenstand: the version of the rules it was computed by here, or
 * none (BA publications, manual entries and figures loaded through the API were not computed
 * here).
 */
export function computedByLabel(kennzahlenVertrag: number | null): string {
  return kennzahlenVertrag === null
    ? 'nicht hier berechnet'
    : `Rechenregeln Version ${kennzahlenVertrag}`;
}
