/** The choice of a local indicator as a target's metric: the indicators the user sees, by name. */
import { SelectField } from '../../../components/form-fields.tsx';
import { useLocalIndicators } from '../api/use-local-indicators.ts';

export function LocalIndicatorPicker({
  path,
  value,
  onChange,
}: {
  path: string;
  value: string;
  onChange: (indicatorId: string) => void;
}) {
  const query = useLocalIndicators();
  const listed = query.data ?? [];
  const options = listed.map((i) => ({ value: i.id, label: `${i.name} (${i.unit})` }));
  // a stored choice the list does not (yet) hold stays selectable under its Kennung
  if (value !== '' && !listed.some((i) => i.id === value)) options.push({ value, label: value });
  return (
    <SelectField
      path={path}
      label="Lokaler Indikator"
      value={value}
      options={options}
      onChange={onChange}
      required
      hint={
        query.isError
          ? 'Die lokalen Indikatoren konnten nicht geladen werden.'
          : listed.length === 0 && !query.isPending
            ? 'Noch keine lokalen Indikatoren: unter „Lokale Indikatoren“ anlegen.'
            : undefined
      }
    >
      <option value="">– bitte wählen –</option>
    </SelectField>
  );
}
