import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountProblems, selfChangeRefusal } from './account-rules.ts';

const LAND = { kind: 'land' as const, name: 'Nordrhein-Westfalen' };
const JC = { kind: 'jobcenter' as const, name: 'Ahaus' };

test('the role fits the unit; the grants fit the role', () => {
  const base = { unitId: '05', microdataRights: false, importSources: [] };
  assert.deepEqual(accountProblems({ ...base, role: 'ministerium' }, LAND), []);
  assert.deepEqual(accountProblems({ ...base, role: 'leser' }, JC), []);
  const mismatch = accountProblems({ ...base, role: 'ministerium' }, JC);
  assert.equal(mismatch[0]?.path, 'unitId');
  assert.match(
    mismatch[0]!.message,
    /passt nicht zu Ahaus: erwartet ist eine Einheit der Art Land/,
  );
  assert.deepEqual(
    accountProblems({ ...base, role: 'jobcenter' }, undefined).map((p) => p.path),
    ['unitId'],
  );
  assert.deepEqual(
    accountProblems(
      { ...base, role: 'administration', microdataRights: true, importSources: ['manuell'] },
      LAND,
    ).map((p) => p.path),
    ['microdataRights', 'importSources'],
  );
  assert.deepEqual(
    accountProblems({ ...base, role: 'leser', importSources: ['mikrodaten'] }, LAND).map(
      (p) => p.path,
    ),
    ['importSources'],
  );
});

test('an administrator neither deactivates nor demotes the own account', () => {
  const admin = { role: 'administration' as const, active: true };
  assert.equal(selfChangeRefusal(admin, admin), null);
  assert.match(
    selfChangeRefusal(admin, { ...admin, active: false }) ?? '',
    /eigene Konto können Sie nicht deaktivieren/,
  );
  assert.match(
    selfChangeRefusal(admin, { ...admin, role: 'leser' }) ?? '',
    /eigene Rolle können Sie nicht ändern/,
  );
});
