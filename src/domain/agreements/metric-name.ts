/**
 * German names of what a target is measured on: the noun phrase with article for sentences
 * ("die Integrationsquote"), a short label for explanations and
 * tables, and the unit a figure of the metric is shown in.
 */
import {
  KENNZAHL_DEFINITIONS,
  type BaseQuantity,
  type KennzahlId,
  type Sex,
} from '../kpi/catalog.ts';
import { kennzahlNameFor } from '../kpi/kennzahl-name.ts';
import type { Aggregation, LocalIndicator, Metric } from './criteria.ts';

/**
 * The report month a name is given for (kennzahl-name.ts: K2E3 and JDW_LZB are named by month);
 * absent = the current name. Sentences of an agreement name the year's value: December.
 */
export interface ReportMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** The Kennzahl's name for the month, or its current name without one. */
function kennzahlName(id: KennzahlId, period: ReportMonth | undefined): string {
  return period === undefined
    ? KENNZAHL_DEFINITIONS[id].name
    : kennzahlNameFor(id, period.year, period.month);
}

/** 'points': Prozentpunkte, the difference of two percentages (a derived gap indicator). */
export type MetricUnit = 'percent' | 'points' | 'count' | 'euro';

/** Whether differences of the unit are Prozentpunkte (percentages and gaps between them). */
export function inPercentagePoints(unit: MetricUnit): boolean {
  return unit === 'percent' || unit === 'points';
}

type QuantityNature = 'bestand' | 'ereignis' | 'geld';

/**
 * Stocks take "Bestand an" + dative plural, events "Zahl der" + genitive plural, money
 * "Summe der" + genitive plural.
 */
const QUANTITY_NOUNS: Record<BaseQuantity, { nature: QuantityNature; noun: string }> = {
  ELB: { nature: 'bestand', noun: 'erwerbsfähigen Leistungsberechtigten' },
  ELB_AE: { nature: 'bestand', noun: 'alleinerziehenden erwerbsfähigen Leistungsberechtigten' },
  LZB: { nature: 'bestand', noun: 'Langzeitleistungsbeziehern' },
  LZB_AKTIV: {
    nature: 'bestand',
    noun: 'Langzeitleistungsbeziehern in Maßnahmen der aktiven Arbeitsförderung',
  },
  ZUGANG_ELB: { nature: 'ereignis', noun: 'Zugänge erwerbsfähiger Leistungsberechtigter' },
  ABGANG_ELB: { nature: 'ereignis', noun: 'Abgänge erwerbsfähiger Leistungsberechtigter' },
  ZUGANG_LZB: { nature: 'ereignis', noun: 'Zugänge in den Bestand an Langzeitleistungsbeziehern' },
  ABGANG_LZB: { nature: 'ereignis', noun: 'Abgänge aus dem Bestand an Langzeitleistungsbeziehern' },
  INT: { nature: 'ereignis', noun: 'Integrationen' },
  INT_SVB: {
    nature: 'ereignis',
    noun: 'Integrationen in sozialversicherungspflichtige Beschäftigung',
  },
  INT_AE: { nature: 'ereignis', noun: 'Integrationen von Alleinerziehenden' },
  INT_LZB: { nature: 'ereignis', noun: 'Integrationen von Langzeitleistungsbeziehern' },
  EIN_GB: { nature: 'ereignis', noun: 'Eintritte in geringfügige Beschäftigung' },
  EIN_OEG: { nature: 'ereignis', noun: 'Eintritte in öffentlich geförderte Beschäftigung' },
  INT_NACHHALTIG: { nature: 'ereignis', noun: 'nachhaltigen Integrationen' },
  INT_KONTINUIERLICH: {
    nature: 'ereignis',
    noun: 'Integrationen mit kontinuierlicher Beschäftigung',
  },
  INT_BEDARFSDECKEND: { nature: 'ereignis', noun: 'bedarfsdeckenden Integrationen' },
  LLU: { nature: 'geld', noun: 'Leistungen zum Lebensunterhalt' },
  LUH: { nature: 'geld', noun: 'Leistungen für Unterkunft und Heizung' },
};

/**
 * The steering values go by the name of what their December value is, in the words of the
 * agreements (the seed: "die Integrationsquote", "der durchschnittliche Bestand an
 * Langzeitleistungsbeziehern"). The monthly K2 keeps its official name, "die Integrationsquote",
 * too: in December both are the year's Integrationsquote, which is what agreements mean.
 */
const STEERING_PHRASES: Partial<Record<KennzahlId, string>> = {
  JFW_K2: 'die Integrationsquote',
  JDW_LZB: 'der durchschnittliche Bestand an Langzeitleistungsbeziehern',
};

/** Short genitive of an average stock, for "eine Erhöhung des durchschnittlichen Bestands". */
export function averageStockGenitive(metric: Metric): string | null {
  if (metric.source === 'kennzahl')
    return metric.id === 'JDW_LZB' ? 'des durchschnittlichen Bestands' : null;
  if (metric.source === 'grundgroesse')
    return metric.aggregation === 'jahresdurchschnitt' &&
      QUANTITY_NOUNS[metric.id].nature === 'bestand'
      ? 'des durchschnittlichen Bestands'
      : null;
  return null;
}

export const SEX_SUFFIX: Record<Sex, string> = {
  insgesamt: '',
  w: ' der Frauen',
  m: ' der Männer',
};

/**
 * All fifteen Kennzahl names are feminine nouns (Veränderung, Quote, Rate, Beschäftigung); a
 * leading adjective ("Durchschnittliche", "Kontinuierliche") is written small after the article.
 */
function kennzahlPhrase(id: KennzahlId, period: ReportMonth | undefined): string {
  const steering = STEERING_PHRASES[id];
  if (steering !== undefined) return steering;
  const name = kennzahlName(id, period);
  const adjective = /^[A-ZÄÖÜ][a-zäöüß]+liche /.test(name);
  return `die ${adjective ? name.charAt(0).toLowerCase() + name.slice(1) : name}`;
}

function quantityPhrase(id: BaseQuantity, aggregation: Aggregation): string {
  const { nature, noun } = QUANTITY_NOUNS[id];
  const head = { bestand: 'Bestand an', ereignis: 'Zahl der', geld: 'Summe der' }[nature];
  if (aggregation === 'jahresdurchschnitt') {
    return nature === 'bestand'
      ? `der durchschnittliche ${head} ${noun}`
      : `die durchschnittliche monatliche ${head} ${noun}`;
  }
  if (aggregation === 'monatswert')
    return `${nature === 'bestand' ? 'der' : 'die'} ${head} ${noun} im Berichtsmonat`;
  // Σ of a stock over months is unusual but expressible.
  return nature === 'bestand'
    ? `die Summe der monatlichen Bestände an ${noun}`
    : `die ${head} ${noun}`;
}

const AGGREGATION_LABELS: Record<Aggregation, string> = {
  monatswert: 'Monatswert',
  jahressumme: 'Jahressumme',
  jahresdurchschnitt: 'Jahresdurchschnitt',
};

function findIndicator(
  id: string,
  indicators: readonly LocalIndicator[] | undefined,
): LocalIndicator | undefined {
  return indicators?.find((indicator) => indicator.id === id);
}

/** Nominative noun phrase with article, as the subject of "wenn … steigt". */
export function renderMetricPhrase(
  metric: Metric,
  indicators?: readonly LocalIndicator[],
  period?: ReportMonth,
): string {
  switch (metric.source) {
    case 'kennzahl':
      return kennzahlPhrase(metric.id, period) + SEX_SUFFIX[metric.sex];
    case 'grundgroesse':
      return quantityPhrase(metric.id, metric.aggregation) + SEX_SUFFIX[metric.sex];
    case 'lokal': {
      const name = findIndicator(metric.indicatorId, indicators)?.name ?? metric.indicatorId;
      return `der Indikator „${name}“ (${AGGREGATION_LABELS[metric.aggregation]})`;
    }
  }
}

/** Short label without article for explanations and tables ("Jahresfortschrittswert der Integrationsquote"). */
export function renderMetricLabel(
  metric: Metric,
  indicators?: readonly LocalIndicator[],
  period?: ReportMonth,
): string {
  switch (metric.source) {
    case 'kennzahl':
      return kennzahlName(metric.id, period) + SEX_SUFFIX[metric.sex];
    case 'grundgroesse': {
      const phrase = quantityPhrase(metric.id, metric.aggregation).replace(/^(der|die) /, '');
      return phrase.charAt(0).toUpperCase() + phrase.slice(1) + SEX_SUFFIX[metric.sex];
    }
    case 'lokal':
      return `${findIndicator(metric.indicatorId, indicators)?.name ?? metric.indicatorId} (${AGGREGATION_LABELS[metric.aggregation]})`;
  }
}

/** The unit a figure of the metric is written in. */
export function metricUnitOf(metric: Metric, indicators?: readonly LocalIndicator[]): MetricUnit {
  switch (metric.source) {
    case 'kennzahl':
      return KENNZAHL_DEFINITIONS[metric.id].unit;
    case 'grundgroesse':
      return QUANTITY_NOUNS[metric.id].nature === 'geld' ? 'euro' : 'count';
    case 'lokal': {
      const unit = findIndicator(metric.indicatorId, indicators)?.unit.toLowerCase();
      if (unit === 'prozentpunkte') return 'points';
      return unit === 'prozent' ? 'percent' : unit === 'euro' ? 'euro' : 'count';
    }
  }
}
