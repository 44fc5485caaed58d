/** Year, Land and Träger of the overview; the table follows each choice at once. */
import { useNavigate } from '@tanstack/react-router';
import type { OverviewSearch } from '../../../app/search.ts';
import type { UnitView } from '../../../lib/types.ts';

interface Props {
  search: OverviewSearch;
  year: number | undefined;
  years: number[];
  units: UnitView[];
}

export function OverviewFilters({ search, year, years, units }: Props) {
  const navigate = useNavigate({ from: '/' });
  const lands = units.filter((u) => u.kind === 'land');
  const traeger = units.filter(
    (u) => u.kind === 'traeger' && (search.land === undefined || u.parentId === search.land),
  );
  const set = (patch: Partial<OverviewSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <form
      className="filters"
      aria-label="Filter der Übersicht"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="filter-jahr">Jahr</label>
        <select
          id="filter-jahr"
          value={year ?? ''}
          onChange={(e) => set({ jahr: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-land">Land</label>
        <select
          id="filter-land"
          value={search.land ?? ''}
          onChange={(e) => set({ land: e.target.value || undefined, traeger: undefined })}
        >
          <option value="">alle Länder</option>
          {lands.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-traeger">Träger</label>
        <select
          id="filter-traeger"
          value={search.traeger ?? ''}
          onChange={(e) => set({ traeger: e.target.value || undefined })}
        >
          <option value="">alle Träger</option>
          {traeger.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.traegerForm === null ? '' : ` (${u.traegerForm})`}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
