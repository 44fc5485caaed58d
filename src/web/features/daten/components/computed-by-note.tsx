/**
 * What the column „Berechnet nach“ means: the version of the Kennzahlen rules a Datenstand was
 * computed by here, and what the current version changed (domain/kpi/contract-version.ts).
 */
import {
  KENNZAHLEN_VERTRAG,
  KENNZAHLEN_VERTRAG_AENDERUNGEN,
} from '../../../../domain/kpi/contract-version.ts';

export function ComputedByNote() {
  return (
    <>
      <p>
        „Berechnet nach“ nennt die Version der Rechenregeln, nach der dieses Programm die Kennzahlen
        eines Datenstands aus Mikrodaten berechnet hat. Zahlen der BA, manuelle Eingaben und über
        die Schnittstelle geladene Werte wurden nicht hier berechnet. Es gilt Version{' '}
        {KENNZAHLEN_VERTRAG}; gegenüber Version {KENNZAHLEN_VERTRAG - 1} zählt sie so:
      </p>
      <ul>
        {KENNZAHLEN_VERTRAG_AENDERUNGEN.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p>
        Zugänge und Abgänge der eLb, Integrationen und die durchschnittlichen Zugangs- und
        Abgangsraten sind deshalb zwischen Datenständen verschiedener Versionen nicht vergleichbar.
        Ein neuer Datenstand überschreibt keinen alten: ältere Datenstände behalten ihre Version.
      </p>
    </>
  );
}
