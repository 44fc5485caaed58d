/**
 * What an account may be, as the administration creates or changes it: the role fits the unit's
 * kind (roles.ts), the grants fit the role (the administration and readers load no figures; the
 * administration sees no figures, so no microdata grant), and an administrator does not lock
 * themselves out (no deactivating, no other role for the own account). Pure.
 */
import type { UnitKind } from '../units/unit-tree.ts';
import type { FieldProblem } from '../units/unit-rules.ts';
import { ROLE_LABELS, roleUnitMismatch, type Role, type ValueSource } from './roles.ts';

export interface AccountShape {
  role: Role;
  unitId: string;
  microdataRights: boolean;
  importSources: readonly ValueSource[];
}

/** The roles that load no Datenstand of any source. */
const NO_IMPORTS: readonly Role[] = ['administration', 'leser'];

/** Everything wrong with an account; `unit` is undefined when the unit does not exist today. */
export function accountProblems(
  account: AccountShape,
  unit: { kind: UnitKind; name: string } | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (unit === undefined)
    problems.push({
      path: 'unitId',
      message: `Die Einheit „${account.unitId}“ gibt es nicht (oder sie ist geschlossen).`,
    });
  else {
    const mismatch = roleUnitMismatch(account.role, unit.kind, unit.name);
    if (mismatch !== null) problems.push({ path: 'unitId', message: mismatch });
  }
  if (account.role === 'administration' && account.microdataRights)
    problems.push({
      path: 'microdataRights',
      message:
        'Die Administration sieht keine Zahlen; die Berechtigung für Sozialdaten passt nicht zu dieser Rolle.',
    });
  if (NO_IMPORTS.includes(account.role) && account.importSources.length > 0)
    problems.push({
      path: 'importSources',
      message: `Mit der Rolle „${ROLE_LABELS[account.role]}“ werden keine Datenstände geladen: bitte keine Quelle wählen.`,
    });
  return problems;
}

/** Why the acting administrator may not make this change to their own account, or null. */
export function selfChangeRefusal(
  before: { role: Role; active: boolean },
  after: { role: Role; active: boolean },
): string | null {
  if (before.active && !after.active)
    return 'Das eigene Konto können Sie nicht deaktivieren: das übernimmt eine andere Person mit der Rolle Administration.';
  if (before.role !== after.role)
    return `Die eigene Rolle können Sie nicht ändern (bisher „${ROLE_LABELS[before.role]}“): das übernimmt eine andere Person mit der Rolle Administration.`;
  return null;
}
