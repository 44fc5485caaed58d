/** The accounts as a table: role, unit, grants, state in words (never colour alone), actions. */
import { ROLE_LABELS, VALUE_SOURCE_LABELS } from '../../../../domain/access/roles.ts';
import type { UserAccount } from '../api/use-accounts.ts';

/** "15.06.2014, 10:00 Uhr" in the browser's time zone */
function formatInstant(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
  return `${date}, ${time} Uhr`;
}

export function UserTable({
  accounts,
  caption,
  selfId,
  onEdit,
  onToggleActive,
  onResetPassword,
}: {
  accounts: readonly UserAccount[];
  caption: string;
  selfId: string | undefined;
  onEdit: (a: UserAccount) => void;
  onToggleActive: (a: UserAccount) => void;
  onResetPassword: (a: UserAccount) => void;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="benutzer-caption">
      <table className="data-table user-table">
        <caption id="benutzer-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Benutzer</th>
            <th scope="col">Rolle</th>
            <th scope="col">Einheit</th>
            <th scope="col">Berechtigungen</th>
            <th scope="col">Status</th>
            <th scope="col">Letzte Anmeldung</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => {
            const self = a.id === selfId;
            return (
              <tr key={a.id} className={a.active ? undefined : 'inactive'}>
                <th scope="row">
                  {a.name}
                  <span className="row-sub">
                    <code>{a.id}</code>
                    {self && ' (Sie)'}
                  </span>
                </th>
                <td>{ROLE_LABELS[a.role]}</td>
                <td>
                  {a.unitName}
                  <span className="row-sub">{a.unitId}</span>
                </td>
                <td>
                  <ul className="plain-list">
                    <li>Sozialdaten: {a.microdataRights ? 'ja' : 'nein'}</li>
                    <li>
                      Datenstände:{' '}
                      {a.importSources.length === 0
                        ? 'keine'
                        : a.importSources.map((s) => VALUE_SOURCE_LABELS[s]).join('; ')}
                    </li>
                  </ul>
                </td>
                <td>
                  <span className={`account-state ${a.active ? 'state-active' : 'state-inactive'}`}>
                    <span aria-hidden="true">{a.active ? '●' : '○'} </span>
                    {a.active ? 'aktiv' : 'deaktiviert'}
                  </span>
                  <span className="row-sub">
                    {a.hasPassword ? 'Kennwort gesetzt' : 'ohne Kennwort'}
                  </span>
                </td>
                <td>{a.lastLoginAt === null ? 'noch nie' : formatInstant(a.lastLoginAt)}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => onEdit(a)}>
                      Bearbeiten<span className="visually-hidden"> ({a.id})</span>
                    </button>
                    {!self && (
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => onResetPassword(a)}
                      >
                        Kennwort zurücksetzen<span className="visually-hidden"> ({a.id})</span>
                      </button>
                    )}
                    {!self && (
                      <button
                        type="button"
                        className={a.active ? 'button-danger' : 'button-secondary'}
                        onClick={() => onToggleActive(a)}
                      >
                        {a.active ? 'Deaktivieren' : 'Reaktivieren'}
                        <span className="visually-hidden"> ({a.id})</span>
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
