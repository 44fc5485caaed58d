/** Filtering the accounts in the browser: a search text, the role, active or not. */
import { ROLE_LABELS, ROLES, type Role } from '../../../../domain/access/roles.ts';
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
      <div className="field">
        <label htmlFor="bf-text">Suchen (Name, Benutzername, Einheit)</label>
        <input
          id="bf-text"
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="bf-rolle">Rolle</label>
        <select
          id="bf-rolle"
          value={filter.role}
          onChange={(e) => onChange({ ...filter, role: e.target.value as Role | '' })}
        >
          <option value="">alle</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="bf-status">Status</label>
        <select
          id="bf-status"
          value={filter.state}
          onChange={(e) => onChange({ ...filter, state: e.target.value as UserFilter['state'] })}
        >
          <option value="alle">alle</option>
          <option value="aktiv">aktiv</option>
          <option value="deaktiviert">deaktiviert</option>
        </select>
      </div>
    </form>
  );
}
