/**
 * The Kennzahl figures of a model with the count expressions behind each (count-basis.ts),
 * found once per model: the marks of withheld figures and the targets are read from them.
 */
import type { Sex } from '../../kpi/catalog.ts';
import { countExpressions, type CountExpression } from './count-basis.ts';
import type { FigureEntry } from './facts.ts';
import type { Model } from './model.ts';

export interface KennzahlEntry {
  key: string;
  entry: FigureEntry;
  unitId: string;
  sex: Sex;
  id: string;
  month: number;
  counts: CountExpression[];
}

const cache = new WeakMap<Model, KennzahlEntry[]>();

export function kennzahlEntries(model: Model): KennzahlEntry[] {
  let found = cache.get(model);
  if (found !== undefined) return found;
  found = [];
  for (const [key, entry] of model.facts.entries) {
    const [kind, unitId, sex, id, month] = key.split('|') as [string, string, Sex, string, string];
    if (kind !== 'kennzahl') continue;
    const m = Number(month);
    found.push({
      key,
      entry,
      unitId,
      sex,
      id,
      month: m,
      counts: countExpressions(model, unitId, sex, id, m),
    });
  }
  cache.set(model, found);
  return found;
}
