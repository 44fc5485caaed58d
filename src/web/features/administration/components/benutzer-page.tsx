/**
 * Benutzer (administration only): every account in a table with a filter; creating and changing
 * accounts; deactivating and reactivating with a confirmation; resetting a password, with the
 * one-time password shown once. Accounts are not deleted: the audit trail refers to them.
 * Every other role gets the server's refusal, said on the page.
 */
import { useRef, useState } from 'react';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { useViewer } from '../../../lib/shared-queries.ts';
import {
  useAccounts,
  useResetPassword,
  useUpdateAccount,
  type UserAccount,
} from '../api/use-accounts.ts';
import { useUnitTree } from '../api/use-unit-tree.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { problemsOf } from './admin-form.tsx';
import { OutcomeMessage, type Outcome } from './outcome-message.tsx';
import { UserForm } from './user-form.tsx';
import { applyUserFilter, NO_FILTER, UserFilters, type UserFilter } from './user-filters.tsx';
import { UserTable } from './user-table.tsx';

type Editing = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; id: string };
type Pending = { kind: 'active' | 'password'; account: UserAccount } | null;

export function BenutzerPage() {
  const accounts = useAccounts();
  const units = useUnitTree();
  const viewer = useViewer();
  const [filter, setFilter] = useState<UserFilter>(NO_FILTER);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const counter = useRef(0);
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const say = (o: Omit<Outcome, 'key'>) => setOutcome({ ...o, key: ++counter.current });

  const confirm = () => {
    if (pending === null) return;
    const { account } = pending;
    const done = () => setPending(null);
    if (pending.kind === 'active')
      update.mutate(
        { id: account.id, rowVersion: account.rowVersion, active: !account.active },
        {
          onSuccess: (u) => {
            done();
            say({
              text: `${u.name} (${u.id}) ist ${u.active ? 'wieder aktiv' : 'deaktiviert'}.`,
              notices: u.notices,
            });
          },
          onError: done,
        },
      );
    else
      reset.mutate(account.id, {
        onSuccess: (r) => {
          done();
          say({
            text: `Kennwort von ${account.name} (${r.id}) zurückgesetzt.`,
            notices: r.notices,
            ...(r.oneTimePassword === null
              ? {}
              : { oneTimePassword: { userId: r.id, password: r.oneTimePassword } }),
          });
        },
        onError: done,
      });
  };
  const actionError = problemsOf(update.error ?? reset.error);

  const list = accounts.data ?? [];
  const shown = applyUserFilter(list, filter);
  const edited = editing.kind === 'edit' ? list.find((a) => a.id === editing.id) : undefined;
  return (
    <>
      <PageHeading title="Benutzer" />
      <p className="lead">
        Benutzerkonten anlegen und ändern: Rolle, Einheit, Berechtigung für Sozialdaten und die
        Quellen, aus denen jemand Datenstände laden darf. Konten werden nicht gelöscht (das
        Protokoll verweist auf sie), sondern deaktiviert. Jede Änderung steht im Protokoll.
      </p>
      <OutcomeMessage outcome={outcome} onDismiss={() => setOutcome(null)} />
      {actionError !== null && pending === null && (
        <div className="message message-error" role="alert">
          <p>
            <strong>Nicht ausgeführt.</strong> {actionError.message}
          </p>
        </div>
      )}
      {(accounts.isPending || units.isPending) && <Loading what="Die Benutzerliste" />}
      {accounts.isError && <ErrorMessage error={accounts.error} what="Die Benutzerliste" />}
      {!accounts.isError && units.isError && (
        <ErrorMessage error={units.error} what="Die Einheiten" />
      )}
      {accounts.isSuccess && units.isSuccess && (
        <>
          {editing.kind === 'none' && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setOutcome(null);
                  setEditing({ kind: 'create' });
                }}
              >
                Neuen Benutzer anlegen
              </button>
            </div>
          )}
          {(editing.kind === 'create' || edited !== undefined) && (
            <section className="admin-panel">
              <UserForm
                key={editing.kind === 'edit' ? editing.id : 'neu'}
                account={edited}
                units={units.data}
                onCancel={() => setEditing({ kind: 'none' })}
                onCreated={(c) => {
                  setEditing({ kind: 'none' });
                  say({
                    text: `Benutzer ${c.name} (${c.id}) angelegt.`,
                    notices: [],
                    ...(c.oneTimePassword === null
                      ? {}
                      : { oneTimePassword: { userId: c.id, password: c.oneTimePassword } }),
                  });
                }}
                onUpdated={(u) => {
                  setEditing({ kind: 'none' });
                  say({ text: `Benutzer ${u.name} (${u.id}) gespeichert.`, notices: u.notices });
                }}
              />
            </section>
          )}
          <section aria-labelledby="konten-heading">
            <h2 id="konten-heading">Konten</h2>
            <UserFilters filter={filter} onChange={setFilter} />
            {shown.length === 0 ? (
              <p>Keine Konten zu diesem Filter.</p>
            ) : (
              <UserTable
                accounts={shown}
                caption={`Benutzerkonten (${shown.length} von ${list.length})`}
                selfId={viewer.data?.id}
                onEdit={(a) => {
                  setOutcome(null);
                  setEditing({ kind: 'edit', id: a.id });
                }}
                onToggleActive={(a) => {
                  update.reset();
                  reset.reset();
                  setPending({ kind: 'active', account: a });
                }}
                onResetPassword={(a) => {
                  update.reset();
                  reset.reset();
                  setPending({ kind: 'password', account: a });
                }}
              />
            )}
          </section>
          <ConfirmDialog
            open={pending !== null}
            busy={update.isPending || reset.isPending}
            title={
              pending === null
                ? ''
                : pending.kind === 'password'
                  ? `Kennwort von ${pending.account.name} zurücksetzen?`
                  : pending.account.active
                    ? `${pending.account.name} deaktivieren?`
                    : `${pending.account.name} wieder aktivieren?`
            }
            confirmLabel={
              pending?.kind === 'password'
                ? 'Kennwort zurücksetzen'
                : pending?.account.active
                  ? 'Deaktivieren'
                  : 'Reaktivieren'
            }
            onConfirm={confirm}
            onCancel={() => setPending(null)}
          >
            {pending?.kind === 'password' && (
              <p>
                Ein neues Einmalkennwort wird erzeugt und einmal angezeigt. Das bisherige Kennwort
                gilt nicht mehr, alle Sitzungen des Kontos enden.
              </p>
            )}
            {pending?.kind === 'active' && pending.account.active && (
              <p>
                Alle Sitzungen enden sofort. Persönliche API-Token bleiben gespeichert, gelten aber
                nicht, solange das Konto deaktiviert ist. Anmelden ist erst nach einer Reaktivierung
                wieder möglich.
              </p>
            )}
            {pending?.kind === 'active' && !pending.account.active && (
              <p>Das Konto kann sich wieder anmelden; nicht widerrufene API-Token gelten wieder.</p>
            )}
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
