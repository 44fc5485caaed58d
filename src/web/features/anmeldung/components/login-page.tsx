/**
 * Anmeldung: user name and password; a wrong one, or a locked user name, is said at the top
 * (role="alert"). With single sign-on configured, a link to the provider (the server redirects);
 * why a single sign-on failed comes back in ?fehler= and is said at the top too. In demo mode
 * the page names the demo accounts and their password.
 */
import { useState, type FormEvent } from 'react';
import { useSearch } from '@tanstack/react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { SSO_START, useLogIn, useLoginInfo } from '../api/use-session.ts';

/** a message from the address is shown as text, and not at any length */
const MAX_SSO_MESSAGE = 500;

/** Only a path of this application is a place to go back to after the login. */
export const safeTarget = (target: string | undefined) =>
  target !== undefined && /^\/(?!\/)/.test(target) && !target.startsWith('/anmelden')
    ? target
    : '/';

export function LoginPage() {
  const info = useLoginInfo();
  const logIn = useLogIn();
  const ssoError = useSearch({ from: '/anmelden' }).fehler?.slice(0, MAX_SSO_MESSAGE);
  const sso = info.data?.sso ?? null;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // the layout takes the user on once the session is there (root-layout.tsx)
    logIn.mutate({ username, password });
  };
  return (
    <div className="login">
      <PageHeading title="Anmeldung" />
      {logIn.isError && (
        <p className="error-summary" role="alert">
          {logIn.error.message}
        </p>
      )}
      {ssoError !== undefined && !logIn.isError && (
        <p className="error-summary" role="alert">
          Single Sign-on: {ssoError}
        </p>
      )}
      {sso !== null && (
        <p className="sso-login">
          <a className="button" href={SSO_START}>
            {sso.label}
          </a>
        </p>
      )}
      <form onSubmit={submit} className="login-form" noValidate>
        <p>
          <label htmlFor="benutzername">Benutzername</label>
          <input
            id="benutzername"
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </p>
        <p>
          <label htmlFor="kennwort">Kennwort</label>
          <input
            id="kennwort"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </p>
        <button type="submit" disabled={logIn.isPending}>
          {logIn.isPending ? 'Anmeldung läuft …' : 'Anmelden'}
        </button>
      </form>
      {info.data?.demo === true && (
        <section aria-labelledby="demo-heading" className="demo-accounts">
          <h2 id="demo-heading">Demobetrieb</h2>
          <p>
            Alle Demo-Konten haben das Kennwort <kbd>demo</kbd>:
          </p>
          <ul>
            {info.data.accounts.map((a) => (
              <li key={a.username}>
                <kbd>{a.username}</kbd> – {a.name}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
