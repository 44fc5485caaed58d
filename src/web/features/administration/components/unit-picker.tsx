/** Choosing a unit valid today, grouped by level; `accepts` narrows the choice (role, parent kind). */
import type { UnitKind } from '../../../../domain/units/unit-tree.ts';
import type { AdminUnit } from '../api/use-unit-tree.ts';
import { isOpenOn, todayIso } from '../lib/units.ts';
import { SelectInput } from './form-parts.tsx';

const KINDS: readonly UnitKind[] = ['bund', 'land', 'traeger', 'jobcenter'];
const PLURAL: Record<UnitKind, string> = {
  bund: 'Bund',
  land: 'Länder',
  traeger: 'Träger',
  jobcenter: 'örtliche Jobcenter',
};

export function UnitPicker({
  path,
  label,
  hint,
  units,
  value,
  onChange,
  accepts = () => true,
  required,
}: {
  path: string;
  label: string;
  hint?: string;
  units: readonly AdminUnit[];
  value: string;
  onChange: (unitId: string) => void;
  accepts?: (unit: AdminUnit) => boolean;
  required?: boolean;
}) {
  const today = todayIso();
  const byId = new Map(units.map((u) => [u.id, u]));
  const choice = units.filter((u) => isOpenOn(u, today) && accepts(u));
  return (
    <SelectInput
      path={path}
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      required={required}
    >
      <option value="">– bitte wählen –</option>
      {KINDS.map((kind) => {
        const members = choice
          .filter((u) => u.kind === kind)
          .sort((a, b) => a.name.localeCompare(b.name, 'de'));
        if (members.length === 0) return null;
        return (
          <optgroup key={kind} label={PLURAL[kind]}>
            {members.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.kind === 'jobcenter' && u.parentId !== null
                  ? ` (${byId.get(u.parentId)?.name ?? u.parentId})`
                  : ''}
                {` – ${u.id}`}
              </option>
            ))}
          </optgroup>
        );
      })}
    </SelectInput>
  );
}
