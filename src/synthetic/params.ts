/**
 * Behaviour parameters of the synthetic population, tuned so that the engine's figures for the
 * Kreis Borken scale land near the 2014/2015 reference values (kennzahlen.md §6): ~62 % LZB,
 * Integrationsquote mid-20s (men clearly above women), K3E1 ~16 %. Rates are per month.
 * Arrays indexed by employability type: 0 = close to the labour market, 1 = middle, 2 = far.
 */

export const PARAMS = {
  /**
   * Divisor from a leaf's target eLb stock to the BGs created (initial stock and arrivals).
   * Calibrated so that the stock lands on the target; the stock's eLb per BG come out near
   * Kreis Borken's 1.35 (2015: 10,785 eLb in 7,962 BG).
   */
  elbPerBg: 1.31,
  /** New BGs per month per BG of the target stock (before season and trend). */
  arrivalRate: 0.0225,
  initialTypeMix: [0.12, 0.16, 0.72],
  arrivalTypeMix: [0.675, 0.09, 0.235],
  /** How strongly a leaf's strength shifts the type mix from far (type 2) to close (type 0). */
  strengthOnTypeMix: 1.5,
  /** Log-multiplier of a leaf's strength on its arrivals (keeps the stock near the leaf's size). */
  strengthOnArrivals: 1.0,
  /** A partner shares the Hauptperson's type with this probability. */
  partnerSameType: 0.6,

  /** Start of an integrating job (svb, Ausbildung, selbständig) for an eLb without one. */
  intHazard: [0.1, 0.031, 0.017],
  /** Multipliers: men, women; the Hauptperson of an Alleinerziehenden-BG on top. */
  sexFactor: [1.3, 0.72],
  aeFactor: 0.75,
  /** An Aufstocker changes to a new job (a new integration). */
  jobChangeHazard: 0.004,
  /** Exit of the BG for other reasons (income of others, move away, other benefits), by Hauptperson type. */
  exitHazard: [0.13, 0.015, 0.0043],
  /** Extra exit hazard while a member works (rising income). */
  aufstockerExit: [0.03, 0.02, 0.01],
  /** Probability that an integration ends the BG's need, by BG kind (single, ae, couple, family). */
  exitOnIntegration: [0.62, 0.38, 0.45, 0.32],
  /** …multiplied by art: svb, ausbildung, selbstaendig, and by the person's type. */
  exitOnIntegrationArt: [1, 0.45, 0.6],
  exitOnIntegrationType: [1, 0.85, 0.55],

  /** Share of short (1–4 months) and medium (5–14 months) jobs by type; the rest are long. */
  shortJob: [0.2, 0.28, 0.38],
  mediumJob: [0.3, 0.3, 0.3],
  longJobMeanMonths: 48,

  /** Re-entry of a BG whose integrating job ends after the BG left benefits. */
  reentryAfterJobEnd: 0.42,
  /** A person who left benefits finds a follow-up job after a job ends. */
  followUpJob: 0.5,
  /** Background re-entry hazard in the first two years after an exit, and later. */
  reentryHazard: [0.006, 0.0025],
  /** A re-entry within this many days keeps the BG number. */
  sameBgDays: 365,

  /** Moves of a BG to another leaf; shares staying within the Träger and within the Land. */
  moveHazard: 0.0022,
  moveWithinTraeger: 0.7,
  moveWithinLand: 0.75,

  /** Geringfügige Beschäftigung starts (men, women) and duration in months. */
  gbHazard: [0.008, 0.013],
  gbMonths: [2, 18],

  /** Measure starts by type: aktiv, öffentlich gefördert. */
  aktivHazard: [0.022, 0.03, 0.022],
  oegHazard: [0.001, 0.004, 0.008],

  /** Seasonal multipliers Jan…Dec: integrations, arrivals. */
  seasonInt: [0.85, 1.0, 1.12, 1.08, 1.0, 0.95, 1.0, 1.2, 1.18, 1.0, 0.92, 0.7],
  seasonArrival: [1.3, 1.05, 1.0, 0.95, 0.95, 0.95, 1.05, 1.0, 0.95, 0.95, 0.9, 0.95],
  /** Arrivals by year 2010…2015 (slow decline, refugees late 2015). */
  trendArrival: [1.04, 0.99, 0.98, 1.0, 0.99, 1.03],
} as const;

/** Integration hazard multiplier by age in years. */
export function ageFactor(age: number): number {
  if (age < 18) return 0.25;
  if (age < 25) return 1.3;
  if (age < 35) return 1.1;
  if (age < 45) return 1.0;
  if (age < 55) return 0.75;
  if (age < 60) return 0.45;
  return 0.2;
}
