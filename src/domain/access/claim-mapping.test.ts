import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimAt, mapClaims, type ClaimMapping, type ClaimRule } from './claim-mapping.ts';

const rule = (
  claim: string,
  value: string,
  role: ClaimRule['role'],
  unitId: string,
): ClaimRule => ({
  claim,
  value,
  role,
  unitId,
  microdataRights: false,
  importSources: [],
});

const MAPPING: ClaimMapping = {
  usernameClaim: 'preferred_username',
  nameClaim: 'name',
  scopes: [],
  rules: [
    { ...rule('groups', 'zs-mais', 'ministerium', '05'), importSources: ['ba_veroeffentlichung'] },
    { ...rule('groups', 'zs-borken', 'traeger', '05554'), microdataRights: true },
    rule('realm_access.roles', 'jc-ahaus', 'jobcenter', '05554004'),
    rule('https://example.de/claims/dienststelle', '4711', 'leser', '05'),
    rule('email_verified', 'true', 'leser', 'DE'),
  ],
};

test('the first rule whose claim holds its value decides: in a list, as a scalar, by dotted path', () => {
  const both = mapClaims(MAPPING, {
    sub: 's1',
    preferred_username: 'anna',
    name: 'Anna Schmidt',
    groups: ['zs-borken', 'zs-mais'],
  });
  assert.ok(both.ok);
  assert.equal(both.ruleIndex, 0);
  assert.deepEqual(both.account, {
    username: 'anna',
    name: 'Anna Schmidt',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    importSources: ['ba_veroeffentlichung'],
  });
  const scalar = mapClaims(MAPPING, { sub: 's2', groups: 'zs-borken' });
  assert.ok(scalar.ok && scalar.account.role === 'traeger' && scalar.account.microdataRights);
  const nested = mapClaims(MAPPING, { sub: 's3', realm_access: { roles: ['x', 'jc-ahaus'] } });
  assert.ok(nested.ok && nested.account.unitId === '05554004');
  // a claim named like a URL is a name of its own, not a path
  const url = mapClaims(MAPPING, { sub: 's4', 'https://example.de/claims/dienststelle': 4711 });
  assert.ok(url.ok && url.ruleIndex === 3);
  const bool = mapClaims(MAPPING, { sub: 's5', email_verified: true });
  assert.ok(bool.ok && bool.ruleIndex === 4);
});

test('the account name falls back to sub, the display name to the account name', () => {
  const result = mapClaims(MAPPING, {
    sub: 'f81d4fae',
    preferred_username: '  ',
    groups: ['zs-mais'],
  });
  assert.ok(result.ok);
  assert.equal(result.account.username, 'f81d4fae');
  assert.equal(result.account.name, 'f81d4fae');
  const other = mapClaims(
    { ...MAPPING, usernameClaim: 'email', nameClaim: 'given_name' },
    { sub: 'x', email: 'anna@kreis-borken.de', given_name: 'Anna', groups: ['zs-mais'] },
  );
  assert.ok(other.ok);
  assert.equal(other.account.username, 'anna@kreis-borken.de');
  assert.equal(other.account.name, 'Anna');
});

test('no matching rule, or no usable name: refused with a German reason', () => {
  const none = mapClaims(MAPPING, { sub: 's', preferred_username: 'carl', groups: ['andere'] });
  assert.equal(none.ok, false);
  assert.ok(!none.ok);
  assert.equal(none.username, 'carl');
  assert.match(none.reason, /keine Zuordnungsregel passt/);
  // objects and nulls never match a value
  assert.equal(mapClaims(MAPPING, { sub: 's', groups: [{ name: 'zs-mais' }, null] }).ok, false);
  const nameless = mapClaims(MAPPING, { preferred_username: 'a\u0000b', groups: ['zs-mais'] });
  assert.ok(!nameless.ok);
  assert.match(nameless.reason, /keinen brauchbaren Benutzernamen/);
  assert.equal(mapClaims(MAPPING, { sub: 'x'.repeat(201), groups: ['zs-mais'] }).ok, false);
  assert.equal(mapClaims(MAPPING, { sub: '\ud800', groups: ['zs-mais'] }).ok, false);
});

test('claimAt reads own properties only', () => {
  assert.equal(claimAt({ a: { b: 1 } }, 'a.b'), 1);
  assert.equal(claimAt({ a: {} }, 'a.toString'), undefined);
  assert.equal(claimAt({}, 'constructor'), undefined);
  assert.equal(claimAt({ a: [1] }, 'a.0'), undefined);
});
