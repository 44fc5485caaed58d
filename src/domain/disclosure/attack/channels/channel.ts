/** A channel: one kind of linear identity between the figures a viewer can fetch. */
import type { Sex } from '../../../kpi/catalog.ts';
import type { ChannelId } from '../channel-ids.ts';
import { between, type Constraint } from '../constraint.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Model } from '../model.ts';
import { partsOf, type Field, type Interval, type Parts } from './parts.ts';

export interface Channel {
  id: ChannelId;
  /** the identities the figures give at once */
  constraints(model: Model): Constraint[];
  /**
   * identities that become linear only once other cells are known (a value sent without its
   * zaehler or nenner); called after every round, answers only those not given before (`given`)
   */
  more?(model: Model, knowledge: Knowledge, given: Set<string>): Constraint[];
}

export interface ShownKennzahl extends Parts {
  unitId: string;
  sex: Sex;
  month: number;
}

/** Every shown figure of a Kennzahl with what it says of its numerator, denominator and value. */
export function* shownKennzahlen(model: Model, id: string): Generator<ShownKennzahl> {
  for (const unitId of model.facts.unitIds)
    for (const sex of model.sexes)
      for (const month of model.facts.months()) {
        const shown = model.facts.kennzahl(unitId, sex, id, month)?.shown;
        if (shown == null) continue;
        const decimals = (field: Field) => model.facts.decimals(id, field);
        yield { unitId, sex, month, ...partsOf(id, month, shown, decimals) };
      }
}

/**
 * The constraints of channel `id` that pin single cells to what shown figures send: `fill` calls
 * `pin(cell, interval)` for each (a null interval, a part not sent, pins nothing).
 */
export function pinnedCells(
  id: ChannelId,
  fill: (pin: (cell: number, value: Interval | null) => void) => void,
): Constraint[] {
  const out: Constraint[] = [];
  fill((cell, value) => {
    if (value !== null) out.push(between(id, [[cell, 1]], ...value));
  });
  return out;
}
