/**
 * The list of local indicators says, per indicator, whether the user may change it: the save
 * decision of the rights (only the owning unit), so that the web application offers exactly that.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
  const saved = await api.call(
    'PUT',
    '/api/local-indicators/K2_ABSTAND_BORKEN',
    {
      id: 'K2_ABSTAND_BORKEN',
      name: 'Abstand K2 Frauen − Männer',
      definition: 'Integrationsquote der Frauen minus Integrationsquote der Männer',
      unit: 'Prozentpunkte',
      source: {
        kind: 'abgeleitet',
        operation: 'differenz',
        left: { source: 'kennzahl', id: 'K2', sex: 'w' },
        right: { source: 'kennzahl', id: 'K2', sex: 'm' },
      },
      rowVersion: null,
    },
    ACTORS.traeger,
  );
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
});
after(async () => {
  await api.bed.database.destroy();
});

const listedBy = async (actor: (typeof ACTORS)[keyof typeof ACTORS]) => {
  const r = await api.call('GET', '/api/local-indicators', undefined, actor);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return (r.body as { id: string; editable: boolean }[]).find((i) => i.id === 'K2_ABSTAND_BORKEN');
};

test('the owner may change its indicator, a unit that only sees it may not', async () => {
  assert.equal((await listedBy(ACTORS.traeger))?.editable, true);
  assert.equal((await listedBy(ACTORS.ministerium))?.editable, false);
  assert.equal((await listedBy(ACTORS.jobcenter))?.editable, false);
});

test('a change the list marks as not editable is refused by the server', async () => {
  const r = await api.call(
    'PUT',
    '/api/local-indicators/K2_ABSTAND_BORKEN',
    {
      id: 'K2_ABSTAND_BORKEN',
      name: 'Abstand',
      definition: 'geändert',
      unit: 'Prozentpunkte',
      source: {
        kind: 'abgeleitet',
        operation: 'differenz',
        left: { source: 'kennzahl', id: 'K2', sex: 'w' },
        right: { source: 'kennzahl', id: 'K2', sex: 'm' },
      },
      rowVersion: 1,
    },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 403, JSON.stringify(r.body));
});
