/**
 * Choosing a unit valid today, grouped by level, the organisations outside the Träger tree
 * included; `accepts` narrows the choice (role, parent kind).
 */
import { UNIT_KINDS } from '../../../../domain/units/unit-tree.ts';
import { SelectField } from '../../../components/form-fields.tsx';
import { UnitOptions } from '../../../components/unit-select.tsx';
import type { AdminUnit } from '../api/use-unit-tree.ts';
import { isOpenOn, todayIso } from '../lib/units.ts';

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
  const text = (u: AdminUnit) =>
    u.name +
    (u.kind === 'jobcenter' && u.parentId !== null
      ? ` (${byId.get(u.parentId)?.name ?? u.parentId})`
      : '') +
    ` – ${u.id}`;
  return (
    <SelectField
      path={path}
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      required={required}
    >
      <option value="">– bitte wählen –</option>
      <UnitOptions
        units={units.filter((u) => isOpenOn(u, today) && accepts(u))}
        kinds={UNIT_KINDS}
        text={text}
      />
    </SelectField>
  );
}
