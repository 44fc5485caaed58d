/**
 * Search parameters of the pages, checked by hand (the router hands over parsed JSON values):
 * anything unexpected is dropped rather than breaking the page.
 */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;
export const int = (value: unknown): number | undefined => {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(n) ? n : undefined;
};
export const month = (value: unknown): string | undefined => {
  const text = str(value);
  return text !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : undefined;
};

export interface OverviewSearch {
  jahr?: number;
  land?: string;
  traeger?: string;
}

export interface AgreementSearch {
  fassung?: number;
  /** the monitoring as of the end of this month of the agreement year (1–12); none = newest figures */
  monat?: number;
}

export interface KennzahlenSearch {
  einheit?: string;
  jahr?: number;
}

export interface VergleichSearch {
  traeger?: string;
  monat?: string;
  kennzahl?: string;
  geschlecht?: 'insgesamt' | 'm' | 'w';
}

export interface DatenSearch {
  einheit?: string;
}

/** Filters of the audit page: days YYYY-MM-DD in the browser's time zone, "bis" included. */
export interface ProtokollSearch {
  von?: string;
  bis?: string;
  benutzer?: string;
  aktion?: string;
  art?: string;
  datensatz?: string;
}

const day = (value: unknown): string | undefined => {
  const text = str(value);
  return text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};

export const validateOverview = (s: Record<string, unknown>): OverviewSearch => ({
  jahr: int(s.jahr),
  land: str(s.land),
  traeger: str(s.traeger),
});
export const validateAgreement = (s: Record<string, unknown>): AgreementSearch => {
  const monat = int(s.monat);
  return {
    fassung: int(s.fassung),
    monat: monat !== undefined && monat >= 1 && monat <= 12 ? monat : undefined,
  };
};
export const validateKennzahlen = (s: Record<string, unknown>): KennzahlenSearch => ({
  einheit: str(s.einheit),
  jahr: int(s.jahr),
});
export const validateVergleich = (s: Record<string, unknown>): VergleichSearch => ({
  traeger: str(s.traeger),
  monat: month(s.monat),
  kennzahl: str(s.kennzahl),
  geschlecht:
    s.geschlecht === 'm' || s.geschlecht === 'w' || s.geschlecht === 'insgesamt'
      ? s.geschlecht
      : undefined,
});
export const validateDaten = (s: Record<string, unknown>): DatenSearch => ({
  einheit: str(s.einheit),
});
export const validateProtokoll = (s: Record<string, unknown>): ProtokollSearch => ({
  von: day(s.von),
  bis: day(s.bis),
  benutzer: str(s.benutzer),
  aktion: str(s.aktion),
  art: str(s.art),
  datensatz: str(s.datensatz),
});
