/**
 * zod 4 schemas for target criteria (src/domain/agreements/criteria.ts). The shape only: what
 * the values mean together (decimals 0–3, tolerance only with "ungefähr", parts that exist) is
 * checked by src/domain/agreements/validate.ts.
 */
import { z } from 'zod';
import {
  calendarDate,
  calendarMonth,
  plainText,
  requiredText,
  YEAR_MAX,
  YEAR_MIN,
} from './input.ts';
import { BASE_QUANTITIES, KENNZAHLEN, SEXES, STEERING_VALUES } from '../domain/kpi/catalog.ts';
import {
  NO_INCREASE_WORDINGS,
  type Criterion,
  type Metric,
  type StoredMetric,
} from '../domain/agreements/criteria.ts';

export function text(what: string): z.ZodString {
  return requiredText(what);
}

export function optionalText(what: string): z.ZodNullable<z.ZodString> {
  return plainText(what, undefined, `${what}: Text oder null erwartet`).nullable();
}

export function finite(what: string): z.ZodNumber {
  return z.number({ error: `${what}: Zahl erwartet` });
}

export function isoDate(what: string): z.ZodISODate {
  return calendarDate(what);
}

const sex = z.enum(SEXES, { error: 'Geschlecht: erwartet „insgesamt“, „m“ oder „w“' });
const aggregation = z.enum(['monatswert', 'jahressumme', 'jahresdurchschnitt'], {
  error: 'Aggregation: erwartet monatswert, jahressumme oder jahresdurchschnitt',
});
const comparison = z.enum(['mindestens', 'hoechstens', 'ueber', 'unter'], {
  error: 'Vergleich: erwartet mindestens, hoechstens, ueber oder unter',
});
const decimals = z
  .number({ error: 'Nachkommastellen: Zahl erwartet' })
  .int({ error: 'Nachkommastellen: ganze Zahl erwartet' });

const kennzahlMetric = z.strictObject({
  source: z.literal('kennzahl'),
  id: z.enum([...KENNZAHLEN, ...STEERING_VALUES], {
    error: 'Kennzahl: unbekannte Kennung (erwartet K1 … K3E4, JFW_K2 oder JDW_LZB)',
  }),
  sex,
});
const baseQuantityMetric = z.strictObject({
  source: z.literal('grundgroesse'),
  id: z.enum(BASE_QUANTITIES, { error: 'Grundgröße: unbekannte Kennung' }),
  sex,
  aggregation,
});

/** A Kennzahl or a base quantity (the parts of a derived indicator). */
export function storedMetric(what: string): z.ZodType<StoredMetric> {
  return z.discriminatedUnion('source', [kennzahlMetric, baseQuantityMetric], {
    error: `${what}: source muss kennzahl oder grundgroesse sein`,
  });
}

export const metricSchema: z.ZodType<Metric> = z.discriminatedUnion(
  'source',
  [
    kennzahlMetric,
    baseQuantityMetric,
    z.strictObject({
      source: z.literal('lokal'),
      indicatorId: text('Lokaler Indikator'),
      aggregation,
    }),
  ],
  { error: 'Messgröße: source muss kennzahl, grundgroesse oder lokal sein' },
);

const relativeChange = z.strictObject({
  kind: z.literal('relative_aenderung'),
  metric: metricSchema,
  comparison,
  change: finite('Veränderung')
    .nullable()
    .describe('vorzeichenbehaftet; null = noch zu vereinbaren'),
  unit: z.enum(['prozent', 'prozentpunkte'], {
    error: 'Einheit der Veränderung: erwartet prozent oder prozentpunkte',
  }),
  referenceYear: z
    .number({ error: 'Bezugsjahr: Jahreszahl oder null erwartet' })
    .int({ error: 'Bezugsjahr: ganze Zahl erwartet' })
    .min(YEAR_MIN, { error: `Bezugsjahr: mindestens ${YEAR_MIN}` })
    .max(YEAR_MAX, { error: `Bezugsjahr: höchstens ${YEAR_MAX}` })
    .nullable(),
  decimals,
});

const absolute = z.strictObject({
  kind: z.literal('absolut'),
  metric: metricSchema,
  comparison: z.enum(['mindestens', 'hoechstens', 'ueber', 'unter', 'ungefaehr'], {
    error: 'Vergleich: erwartet mindestens, hoechstens, ueber, unter oder ungefaehr',
  }),
  value: finite('Wert').nullable().describe('null = noch zu vereinbaren'),
  tolerance: finite('Toleranz')
    .nullable()
    .describe('nur bei ungefaehr: wie vereinbart; null = keine Toleranz genannt'),
  decimals,
});

const milestoneState = z.enum(['offen', 'in_arbeit', 'erreicht', 'nicht_erreicht'], {
  error: 'Stand: erwartet offen, in_arbeit, erreicht oder nicht_erreicht',
});

const proposal = z
  .strictObject({ state: milestoneState, note: optionalText('Vermerk zur Meldung') })
  .nullable()
  .optional()
  .describe('der von der Zielseite gemeldete Stand, bis die steuernde Seite ihn feststellt');

const milestone = z.strictObject({
  kind: z.literal('meilenstein'),
  condition: text('Bedingung des Meilensteins'),
  due: isoDate('Fälligkeit'),
  evidence: optionalText('Nachweis'),
  state: milestoneState,
  stateNote: optionalText('Vermerk zum Stand'),
  proposal,
});

const qualitative = z.strictObject({
  kind: z.literal('qualitativ'),
  condition: text('Bedingung des qualitativen Ziels'),
  due: isoDate('Fälligkeit')
    .nullable()
    .describe('darf nach dem Vereinbarungsjahr liegen; null = Ende des Vereinbarungsjahres'),
  evidence: optionalText('Nachweis'),
  state: milestoneState,
  stateNote: optionalText('Vermerk zum Stand'),
  proposal,
});

const monitoring = z.strictObject({
  kind: z.literal('monitoring'),
  metric: metricSchema,
  planned: z
    .strictObject({
      value: finite('Planwert'),
      source: z.enum(['planwert', 'zielplanung', 'traegererwartung'], {
        error: 'Herkunft des Planwerts: erwartet planwert, zielplanung oder traegererwartung',
      }),
    })
    .nullable()
    .optional()
    .describe('Planwert, Zielplanung oder Trägererwartung: verglichen, aber ohne Bewertung'),
  sentence: optionalText('Satz zum Monitoring')
    .optional()
    .describe('der Satz im Wortlaut der Vereinbarung; fehlt er, wird er erzeugt'),
});

const statistical = z.strictObject({
  kind: z.literal('statistisch'),
  measure: text('Messgröße'),
  population: text('Vergleichsgruppe'),
  test: z.enum(['log_rank', 'rmst_differenz'], {
    error: 'Test: erwartet log_rank oder rmst_differenz',
  }),
  direction: z.enum(['erhoeht', 'verringert', 'veraendert'], {
    error: 'Richtung: erwartet erhoeht, verringert oder veraendert',
  }),
  alpha: finite('Signifikanzniveau')
    .gt(0, { error: 'Signifikanzniveau: muss größer als 0 sein' })
    .lt(1, { error: 'Signifikanzniveau: muss kleiner als 1 sein' }),
  sides: z.enum(['einseitig', 'zweiseitig'], {
    error: 'Seitigkeit: erwartet einseitig oder zweiseitig',
  }),
  measurableFrom: calendarMonth('messbar ab'),
  condition: text('Bedingung'),
});

const composite = z.strictObject({
  kind: z.literal('zusammengesetzt'),
  combine: z.enum(['alle', 'eines', 'regel'], {
    error: 'Verknüpfung: erwartet alle, eines oder regel',
  }),
  parts: z.array(text('Teilziel-Kennung'), {
    error: 'Teilziele: Liste von Ziel-Kennungen erwartet',
  }),
  // The rule is a criterion itself (recursive).
  rule: z.lazy(() => criterionSchema).nullable(),
  ruleText: optionalText('Regel im Wortlaut'),
});

export const criterionSchema: z.ZodType<Criterion> = z
  .discriminatedUnion(
    'kind',
    [
      relativeChange,
      absolute,
      z.strictObject({
        kind: z.literal('keine_erhoehung'),
        metric: metricSchema,
        decimals,
        // optional: criteria stored before the wording was recorded read as the seed's default
        wording: z
          .enum(NO_INCREASE_WORDINGS, {
            error: 'Wortlaut: erwartet gleich_bleibt, konstant_vermeiden oder nicht_steigt',
          })
          .optional()
          .describe('Wortlaut der Vereinbarung; fehlt er, gilt konstant_vermeiden'),
      }),
      monitoring,
      milestone,
      qualitative,
      statistical,
      composite,
    ],
    {
      error:
        'Kriterium: kind muss relative_aenderung, absolut, keine_erhoehung, monitoring, meilenstein, qualitativ, statistisch oder zusammengesetzt sein',
    },
  )
  // a named component: the schema refers to itself (composite rules), which OpenAPI needs as a $ref
  .meta({ id: 'Kriterium' });
