/**
 * Typed target criteria (zielsteuerung.md "What an agreement contains"): every criterion is
 * machine-checkable and renders as a German sentence (sentence.ts). The comparison and its
 * direction belong to the criterion, never to the metric: a rise of the LZB stock by at most
 * 14 % can be an agreed target just as a fall can.
 */
import type { BaseQuantity, KennzahlId, Sex } from '../kpi/catalog.ts';

/** How a monthly series becomes the value of month m of year y (year-to-date where aggregated). */
export type Aggregation =
  /** the value of month m itself (a stock on its Stichtag, a monthly Kennzahl) */
  | 'monatswert'
  /** Σ Jan y … m (e.g. integrations so far, cumulative LLU for K1 monitoring, kennzahlen.md §4) */
  | 'jahressumme'
  /** Ø Jan y … m (e.g. average LZB stock) */
  | 'jahresdurchschnitt';

/**
 * What a target is measured on. Kennzahlen (K1 … K3E4) and the steering values JFW_K2 and
 * JDW_LZB are taken as published for month m (the December value is the year's value); base
 * quantities and local indicators are aggregated as stated.
 */
export type Metric =
  | { source: 'kennzahl'; id: KennzahlId; sex: Sex }
  | { source: 'grundgroesse'; id: BaseQuantity; sex: Sex; aggregation: Aggregation }
  | { source: 'lokal'; indicatorId: string; aggregation: Aggregation };

/**
 * Bounds follow the wording (zielsteuerung.md): "mindestens"/"nicht weniger als" and
 * "höchstens"/"nicht mehr als"/"maximal" include the bound; "über" and "unter" exclude it.
 */
export type Comparison = 'mindestens' | 'hoechstens' | 'ueber' | 'unter';

/** "um x %" is relative unless the agreement says Prozentpunkte. */
export type ChangeUnit = 'prozent' | 'prozentpunkte';

/** Milestone progress as recorded by the parties (evidence decides, not the data). */
export type MilestoneState = 'offen' | 'in_arbeit' | 'erreicht' | 'nicht_erreicht';

/** A milestone state reported by the target party, with its evidence or note. */
export interface MilestoneProposal {
  state: MilestoneState;
  note: string | null;
}

/**
 * The agreements' words for "no increase", all judged alike (≤ the previous year's value):
 * "gleich bleibt", "konstant bleibt und eine Erhöhung … vermieden werden kann" (the 2014 seed's
 * Ziel III), "nicht steigt".
 */
export const NO_INCREASE_WORDINGS = [
  'konstant_vermeiden',
  'gleich_bleibt',
  'nicht_steigt',
] as const;
export type NoIncreaseWording = (typeof NO_INCREASE_WORDINGS)[number];
/** Stored criteria from before the wording was recorded say it as the seed does. */
export const DEFAULT_NO_INCREASE_WORDING: NoIncreaseWording = 'konstant_vermeiden';

export function noIncreaseWordingOf(criterion: { wording?: NoIncreaseWording }): NoIncreaseWording {
  return criterion.wording ?? DEFAULT_NO_INCREASE_WORDING;
}

export type Criterion =
  /**
   * Relative change of the year value against a reference year (default: the previous
   * year): value(y, m) compared with value(ref, m) · (1 + change/100), or + change for
   * Prozentpunkte. Ziel II of the 2014 seed: JFW_K2, +0,5 %, mindestens.
   */
  | {
      kind: 'relative_aenderung';
      metric: Metric;
      comparison: Comparison;
      /**
       * signed: +0.5 is a rise by 0,5 (% or points), −3 a fall by 3; null = still to be
       * agreed ("noch zu vereinbaren", a template or an offer)
       */
      change: number | null;
      unit: ChangeUnit;
      /** the year compared with; null = the previous year */
      referenceYear: number | null;
      /** decimals of the comparison (targets are written and judged with one decimal) */
      decimals: number;
    }
  /**
   * Absolute level: at least / at most a value ("Integrationsquote von 26,1 %", "mindestens 612
   * Integrationen"), or approximately a level ("auf ca. 2.800 stabilisieren": comparison
   * 'ungefaehr') within the tolerance the agreement states, if it states one.
   */
  | {
      kind: 'absolut';
      metric: Metric;
      comparison: Comparison | 'ungefaehr';
      /** null = still to be agreed ("noch zu vereinbaren") */
      value: number | null;
      /**
       * only for 'ungefaehr': |actual − value| ≤ tolerance, in the metric's unit, as the
       * agreement states it; null = it states none, and the deviation is shown without verdict
       */
      tolerance: number | null;
      decimals: number;
    }
  /**
   * No increase against the previous year ("konstant bleibt und eine Erhöhung des
   * durchschnittlichen Bestands vermieden werden kann"): value(y, m) ≤ value(y−1, m).
   * Ziel III of the 2014 seed: JDW_LZB.
   */
  | {
      kind: 'keine_erhoehung';
      metric: Metric;
      decimals: number;
      /** how the agreement words it; absent = the seed's 'konstant_vermeiden' (noIncreaseWordingOf) */
      wording?: NoIncreaseWording;
    }
  /**
   * Observed only, no verdict (Ziel I of the seed: K1). A planned value (Zielplanung,
   * Trägererwartung) or the target's Soll-Verlauf is shown and compared, but decides nothing.
   */
  | {
      kind: 'monitoring';
      metric: Metric;
      planned?: PlannedValue | null;
      /**
       * the monitoring sentence as the agreement words it (the seed's Ziel I: "Die Erreichung
       * dieses Ziels wird durch ein Monitoring beobachtet."); absent = generated, naming what
       * is observed
       */
      sentence?: string | null;
    }
  /**
   * A qualitative or process target ("Verfahrensabsprachen mit dem Jugendamt sind getroffen"):
   * judged only by the parties' recorded decision and its evidence. A due date is optional and
   * may lie after the agreement year.
   */
  | {
      kind: 'qualitativ';
      /** the condition as it completes "Das Ziel ist erreicht, wenn …" */
      condition: string;
      /** ISO date YYYY-MM-DD, or null: judged at the end of the agreement year */
      due: string | null;
      evidence: string | null;
      state: MilestoneState;
      stateNote: string | null;
      proposal?: MilestoneProposal | null;
    }
  /** A verifiable condition with due date, evidence and a recorded state. */
  | {
      kind: 'meilenstein';
      /** the condition as it completes "Das Ziel ist erreicht, wenn …" */
      condition: string;
      /** ISO date YYYY-MM-DD */
      due: string;
      /** what counts as proof ("Verfahrensabsprachen liegen schriftlich vor") */
      evidence: string | null;
      /** the state as the steering party has confirmed it */
      state: MilestoneState;
      /** when the state was last set and by whom, with a note */
      stateNote: string | null;
      /** the state the target party reports, until the steering party confirms it (absent = none) */
      proposal?: MilestoneProposal | null;
    }
  /**
   * A statistical comparison (pilot evaluation): stored now, evaluated by the survival
   * analysis later ("durchschnittliche Beschäftigungsdauer … signifikant erhöht").
   */
  | {
      kind: 'statistisch';
      /** what is measured, in German ("durchschnittliche Beschäftigungsdauer") */
      measure: string;
      /** who is compared ("innerhalb dieser Pilotierung") */
      population: string;
      test: 'log_rank' | 'rmst_differenz';
      direction: 'erhoeht' | 'verringert' | 'veraendert';
      alpha: number;
      sides: 'einseitig' | 'zweiseitig';
      /** first month from which it can be measured, YYYY-MM ("ab dem 4. Quartal 2014") */
      measurableFrom: string;
      /** the condition as worded in the agreement, completing "… erreicht, wenn …" */
      condition: string;
    }
  /**
   * Several sub-targets together: all reached, any reached, or an explicit rule — a criterion
   * of its own that decides ("wenn die Teilziele in ihrer Summe zu einem Abbau des Bestands an
   * Langzeitleistungsbeziehern führen": JDW_LZB unter −0 %).
   */
  | {
      kind: 'zusammengesetzt';
      combine: 'alle' | 'eines' | 'regel';
      /** target ids of the parts */
      parts: string[];
      rule: Criterion | null;
      /** the rule in the agreement's words, completing "… erreicht, wenn …" */
      ruleText: string | null;
    };

/** A target whose attainment the parties record (state, note, report): milestones and qualitative targets. */
export type ProgressCriterion = Extract<Criterion, { kind: 'meilenstein' | 'qualitativ' }>;

export function progressCriterionOf(criterion: Criterion | null): ProgressCriterion | null {
  return criterion?.kind === 'meilenstein' || criterion?.kind === 'qualitativ' ? criterion : null;
}

/** A value a monitoring target is compared with, and who stated it. */
export interface PlannedValue {
  /** the year value in the metric's unit */
  value: number;
  source: 'planwert' | 'zielplanung' | 'traegererwartung';
}

/** "Trägererwartung 2.100": the word for who stated a planned value. */
export const PLANNED_SOURCE_LABELS: Record<PlannedValue['source'], string> = {
  planwert: 'Planwert',
  zielplanung: 'Zielplanung',
  traegererwartung: 'Trägererwartung',
};

export type CriterionKind = Criterion['kind'];
export const CRITERION_KINDS: readonly CriterionKind[] = [
  'relative_aenderung',
  'absolut',
  'keine_erhoehung',
  'monitoring',
  'meilenstein',
  'qualitativ',
  'statistisch',
  'zusammengesetzt',
];

/** A local indicator: no § 48a Kennzahl, but agreed locally (e.g. eLb under 25). */
export interface LocalIndicator {
  id: string;
  name: string;
  /** what is counted, in German */
  definition: string;
  /** one of INDICATOR_UNITS ('Personen', 'Ereignisse', 'Prozent', 'Prozentpunkte', 'Euro') */
  unit: string;
  source:
    /** a rule over the microdata: a base quantity restricted to a group */
    | {
        kind: 'regel';
        quantity: BaseQuantity;
        filter: { minAge?: number; maxAge?: number; alleinerziehend?: boolean; lzb?: boolean };
      }
    /** entered by hand per month */
    | { kind: 'manuell' }
    /**
     * the difference or ratio of two stored figures, month by month (derived-indicator.ts): the
     * gap between the Integrationsquoten of women and men, the share of bedarfsdeckende among
     * all Integrationen
     */
    | {
        kind: 'abgeleitet';
        operation: 'differenz' | 'quotient';
        left: StoredMetric;
        right: StoredMetric;
      };
}

/** A metric read from the stored figures (a Kennzahl or a base quantity), not from an indicator. */
export type StoredMetric = Exclude<Metric, { source: 'lokal' }>;

/** The units an indicator's figures are given in. */
export const INDICATOR_UNITS = [
  'Personen',
  'Ereignisse',
  'Prozent',
  'Prozentpunkte',
  'Euro',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
