/**
 * The hash of a record is part of every stored chain: a change of the canonical form or of the
 * hash would break all of them. This vector pins both (computed once, 2014-06-15 as in the demo).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalRecordText, GENESIS_HASH } from '../domain/audit/canonical-record.ts';
import { hashAuditRecord } from './audit-hash.ts';

const RECORD = {
  id: 1,
  at: '2014-06-15T10:00:00.123456Z',
  actor: 'mais-nrw',
  action: 'agreement.create',
  entity: 'agreement',
  entityId: '7f3c2a9e-0000-4000-8000-000000000001',
  detail: { year: 2014, unitId: '05554', comment: 'Entwurf „Kreis Borken“' },
  prevHash: GENESIS_HASH,
};

test('a known record has a known text and hash', () => {
  assert.equal(
    canonicalRecordText(RECORD),
    '{"action":"agreement.create","actor":"mais-nrw","at":"2014-06-15T10:00:00.123456Z",' +
      '"detail":{"comment":"Entwurf „Kreis Borken“","unitId":"05554","year":2014},' +
      '"entity":"agreement","entityId":"7f3c2a9e-0000-4000-8000-000000000001","id":1,' +
      `"prev":"${GENESIS_HASH}"}`,
  );
  const expected = createHash('sha256').update(canonicalRecordText(RECORD), 'utf8').digest('hex');
  assert.equal(hashAuditRecord(RECORD), expected);
  assert.equal(hashAuditRecord(RECORD), PINNED);
});

const PINNED = '9f4c956fc9401784558f4afedf3e2ae22a939e5baea9c68f6b1c77708c81353a';
