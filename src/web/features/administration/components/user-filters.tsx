/** Filtering the accounts in the browser: a search text, the role, active or not. */
import { ROLE_LABELS, ROLES, type Role } from '../../../../domain/access/roles.ts';
import { FieldScope, SelectField, TextField } from '../../../components/form-fields.tsx';
import type { UserAccount } from '../api/use-accounts.ts';

export interface UserFilter {
  text: string;
  role: Role | '';
  state: 'alle' | 'aktiv' | 'deaktiviert';
}

export const NO_FILTER: UserFilter = { text: '', role: '', state: 'alle' };

export function applyUserFilter(accounts: readonly UserAccount[], f: UserFilter): UserAccount[] {
  const needle = f.text.trim().toLocaleLowerCase('de');
  return accounts.filter(
    (a) =>
      (f.role === '' || a.role === f.role) &&
      (f.state === 'alle' || a.active === (f.state === 'aktiv')) &&
      (needle === '' ||
        [a.id, a.name, a.unitName, a.unitId].some((t) =>
          t.toLocaleLowerCase('de').includes(needle),
        )),
  );
}

const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
const STATE_OPTIONS = [
  { value: 'alle', label: 'alle' },
  { value: 'aktiv', label: 'aktiv' },
  { value: 'deaktiviert', label: 'deaktiviert' },
] as const;

export function UserFilters({
  filter,
  onChange,
}: {
  filter: UserFilter;
  onChange: (f: UserFilter) => void;
}) {
  return (
    <form
      className="filters"
      aria-label="Benutzer filtern"
      role="search"
      onSubmit={(e) => e.preventDefault()}
    >
      <FieldScope prefix="bf">
        <TextField
          path="text"
          type="search"
          label="Suchen (Name, Benutzername, Einheit)"
          value={filter.text}
          onChange={(text) => onChange({ ...filter, text })}
        />
        <SelectField
          path="rolle"
          label="Rolle"
          value={filter.role}
          options={ROLE_OPTIONS}
          onChange={(role) => onChange({ ...filter, role })}
        >
          <option value="">alle</option>
        </SelectField>
        <SelectField
          path="status"
          label="Status"
          value={filter.state}
          options={STATE_OPTIONS}
          onChange={(state) => onChange({ ...filter, state })}
        />
      </FieldScope>
    </form>
  );
}
