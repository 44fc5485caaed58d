/**
 * Choosing a unit from the tree the user may see, grouped by level; the grouped options serve other
 * choices of units too (the administration's).
 */
import type { UnitView } from '../lib/types.ts';

const ORDER: UnitView['kind'][] = ['bund', 'land', 'traeger', 'jobcenter'];
const PLURAL: Record<UnitView['kind'], string> = {
  bund: 'Bund',
  land: 'Länder',
  traeger: 'Träger',
  jobcenter: 'örtliche Jobcenter',
  bmas: 'Bundesministerium',
  ba: 'Bundesagentur für Arbeit',
  regionaldirektion: 'Regionaldirektionen',
  agentur: 'Agenturen für Arbeit',
  kommune: 'kommunale Träger (gE)',
};

export function UnitSelect({
  id,
  label,
  units,
  value,
  onChange,
  kinds = ORDER,
}: {
  id: string;
  label: string;
  units: readonly UnitView[];
  value: string;
  onChange: (unitId: string) => void;
  kinds?: readonly UnitView['kind'][];
}) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const text = (u: UnitView) =>
    u.name +
    (u.kind === 'jobcenter' && u.parentId !== null
      ? ` (${byId.get(u.parentId)?.name ?? ''})`
      : '') +
    (u.kind === 'traeger' && u.traegerForm !== null ? ` (${u.traegerForm})` : '');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <UnitOptions units={units} kinds={kinds} text={text} />
      </select>
    </div>
  );
}

/** The options of a unit choice, grouped by level in `kinds`' order, by name within a level. */
export function UnitOptions<U extends Pick<UnitView, 'id' | 'name' | 'kind'>>({
  units,
  kinds = ORDER,
  text,
}: {
  units: readonly U[];
  kinds?: readonly UnitView['kind'][];
  /** an option's text */
  text: (unit: U) => string;
}) {
  return (
    <>
      {kinds.map((kind) => {
        const members = units
          .filter((u) => u.kind === kind)
          .sort((a, b) => a.name.localeCompare(b.name, 'de'));
        if (members.length === 0) return null;
        return (
          <optgroup key={kind} label={PLURAL[kind]}>
            {members.map((u) => (
              <option key={u.id} value={u.id}>
                {text(u)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

/** The unit to start with: the user's own Träger or Jobcenter, else the first Träger. */
export function defaultUnit(
  units: readonly UnitView[],
  own: string | undefined,
): string | undefined {
  const mine = units.find((u) => u.id === own && (u.kind === 'traeger' || u.kind === 'jobcenter'));
  return mine?.id ?? units.find((u) => u.kind === 'traeger')?.id ?? units[0]?.id;
}
