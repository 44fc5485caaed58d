/**
 * Forecast intervals (forecast.ts), measured by the backtest `npx tsx bench/forecast/main.ts`
 * (docs/forecast.md): the 10 % and 90 % quantiles (type 7) of the log error ln(actual/F) of
 * the December forecast F, per series and starting month (index 0 = from January … 10 = from
 * November), so [F·exp(low), F·exp(high)] is a nominal 80 % interval.
 *
 * Data: synthetic kreis microdata (src/synthetic, Kreis Borken with 17 örtliche Jobcenter),
 * seeds 11, 12, 13, 14, target years 2014 and 2015 against 2013 and 2014, all 19 units
 * (Jobcenter, Träger, Land), sex insgesamt; 8,344 forecasts. Series: jahresfortschrittswert =
 * JFW_K2, jahresdurchschnitt = JDW_LZB, jahressumme = Σ INT, kennzahl = K2 (monthly, 12-month
 * window), bestand = LZB stock. Coverage was checked on seeds 15, 16, 17 (6,266 forecasts):
 * 78.5–83.9 % with the size, 77.0–81.8 % pooled (docs/forecast.md).
 *
 * Caveat: all seeds share the generator's parameters, so there is no business cycle or policy
 * change between years; real year-to-year shocks will widen the errors. Refit on published
 * BA Kennzahlen when they are imported.
 */
import type { ForecastBand, ForecastBands } from './forecast.ts';

const b = (low: number, high: number): ForecastBand => ({ low, high });

/** Quantiles of ln(actual/F)·√size: interval F·exp(q/√size), size = events or persons behind the reference December. */
const SCALED: ForecastBands['scaled'] = {
  jahresfortschrittswert: [
    b(-5.4734, 8.1473),
    b(-3.888, 5.1463),
    b(-2.9073, 3.1007),
    b(-3.0532, 2.7041),
    b(-2.142, 2.4169),
    b(-1.8459, 1.9656),
    b(-1.6944, 1.6521),
    b(-1.2077, 0.9991),
    b(-0.9645, 0.9876),
    b(-0.6333, 0.6992),
    b(-0.505, 0.4627),
  ],
  jahresdurchschnitt: [
    b(-0.5426, 0.9463),
    b(-0.5235, 0.8136),
    b(-0.4881, 0.7159),
    b(-0.4106, 0.6785),
    b(-0.3406, 0.6069),
    b(-0.2907, 0.5137),
    b(-0.2395, 0.4145),
    b(-0.2089, 0.3075),
    b(-0.1443, 0.2285),
    b(-0.1068, 0.1504),
    b(-0.0591, 0.0712),
  ],
  jahressumme: [
    b(-5.4997, 8.2872),
    b(-4.0581, 5.2312),
    b(-2.8019, 3.1385),
    b(-2.9042, 2.779),
    b(-2.1582, 2.2893),
    b(-1.9535, 1.9269),
    b(-1.6567, 1.7704),
    b(-1.231, 1.0151),
    b(-0.9412, 1.0338),
    b(-0.6181, 0.7164),
    b(-0.523, 0.4432),
  ],
  kennzahl: [
    b(-3.0908, 3.365),
    b(-2.7582, 3.2189),
    b(-2.6127, 2.7876),
    b(-2.624, 2.9326),
    b(-2.258, 2.4007),
    b(-2.1411, 2.3191),
    b(-2.0169, 2.3251),
    b(-1.8474, 1.793),
    b(-1.4617, 1.3796),
    b(-0.9644, 1.0411),
    b(-0.7672, 0.8383),
  ],
  bestand: [
    b(-1.0441, 1.595),
    b(-1.0348, 1.4662),
    b(-1.0062, 1.3247),
    b(-0.9028, 1.1063),
    b(-0.8935, 1.1846),
    b(-0.7827, 0.8368),
    b(-0.7647, 0.8526),
    b(-0.6574, 0.7322),
    b(-0.6532, 0.7023),
    b(-0.6364, 0.6367),
    b(-0.4443, 0.3929),
  ],
};

/** Quantiles of ln(actual/F) over all unit sizes of the backtest: interval F·exp(q) when the size is unknown. */
const POOLED: ForecastBands['pooled'] = {
  jahresfortschrittswert: [
    b(-0.532, 0.6803),
    b(-0.3139, 0.529),
    b(-0.3153, 0.3611),
    b(-0.2798, 0.2594),
    b(-0.2433, 0.2538),
    b(-0.2021, 0.2087),
    b(-0.1595, 0.1859),
    b(-0.1223, 0.1172),
    b(-0.091, 0.0931),
    b(-0.0704, 0.0771),
    b(-0.0477, 0.0517),
  ],
  jahresdurchschnitt: [
    b(-0.0408, 0.0486),
    b(-0.0399, 0.0507),
    b(-0.0299, 0.0413),
    b(-0.027, 0.0373),
    b(-0.025, 0.0333),
    b(-0.0189, 0.0267),
    b(-0.0185, 0.0219),
    b(-0.0153, 0.0208),
    b(-0.0121, 0.0148),
    b(-0.0089, 0.0097),
    b(-0.004, 0.0051),
  ],
  jahressumme: [
    b(-0.527, 0.7351),
    b(-0.3454, 0.5086),
    b(-0.3175, 0.339),
    b(-0.2801, 0.2564),
    b(-0.2348, 0.2624),
    b(-0.1936, 0.2019),
    b(-0.1675, 0.1702),
    b(-0.1258, 0.1352),
    b(-0.0899, 0.0955),
    b(-0.07, 0.0759),
    b(-0.0508, 0.051),
  ],
  kennzahl: [
    b(-0.3002, 0.2858),
    b(-0.2945, 0.2785),
    b(-0.2421, 0.2291),
    b(-0.2547, 0.2455),
    b(-0.2343, 0.2635),
    b(-0.2051, 0.2213),
    b(-0.2011, 0.2183),
    b(-0.1759, 0.1748),
    b(-0.1579, 0.1409),
    b(-0.1132, 0.12),
    b(-0.0917, 0.0873),
  ],
  bestand: [
    b(-0.0743, 0.0935),
    b(-0.0772, 0.1004),
    b(-0.0675, 0.0953),
    b(-0.0663, 0.0868),
    b(-0.0543, 0.0814),
    b(-0.0609, 0.059),
    b(-0.0523, 0.0642),
    b(-0.0382, 0.0499),
    b(-0.0415, 0.0524),
    b(-0.0423, 0.0502),
    b(-0.0291, 0.0285),
  ],
};

export const FORECAST_BANDS: ForecastBands = { level: 0.8, scaled: SCALED, pooled: POOLED };
