/** A computed Kennzahl: the value and the numerator and denominator it was computed from. */
export interface KennzahlValue {
  /** Percent (×100) for rates and quotas, persons for JDW_LZB; null = missing. */
  wert: number | null;
  zaehler: number | null;
  nenner: number | null;
}

export const MISSING: KennzahlValue = Object.freeze({ wert: null, zaehler: null, nenner: null });

/** zaehler / nenner × factor; missing (never 0, never NaN) when an input is missing or the denominator is zero. */
export function ratio(zaehler: number | null, nenner: number | null, factor = 100): KennzahlValue {
  if (zaehler === null || nenner === null || nenner === 0) return MISSING;
  return { wert: (zaehler / nenner) * factor, zaehler, nenner };
}
