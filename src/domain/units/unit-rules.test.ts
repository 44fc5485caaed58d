import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeProblems,
  dayBefore,
  linksAfterClose,
  linksAfterMove,
  moveProblems,
  newUnitProblems,
  parentProblems,
  traegerFormProblems,
  type DatedUnit,
  type UnitLink,
} from './unit-rules.ts';

const unit = (
  id: string,
  kind: DatedUnit['kind'],
  validFrom = '2005-01-01',
  validTo: string | null = null,
  traegerForm: DatedUnit['traegerForm'] = kind === 'traeger' ? 'gE' : null,
): DatedUnit => ({ id, name: `Einheit ${id}`, kind, traegerForm, validFrom, validTo });

const DE = unit('DE', 'bund');
const NRW = unit('05', 'land');
const BORKEN = unit('05554', 'traeger', '2005-01-01', null, 'zkT');
const DUS = unit('05111', 'traeger');
const OLD = unit('05999', 'traeger', '2005-01-01', '2011-12-31');
const AHAUS = unit('05554004', 'jobcenter');
const UNITS = [DE, NRW, BORKEN, DUS, OLD, AHAUS];
const link = (
  unitId: string,
  parentId: string,
  validFrom = '2005-01-01',
  validTo: string | null = null,
): UnitLink => ({ unitId, parentId, validFrom, validTo });

test('a new unit: the parent of each kind, the Träger form only for a Träger, one Bund', () => {
  const ok = { id: 'X', name: 'X', validFrom: '2014-01-01' };
  assert.deepEqual(
    newUnitProblems({ ...ok, kind: 'jobcenter', traegerForm: null, parentId: '05554' }, UNITS),
    [],
  );
  assert.deepEqual(
    newUnitProblems({ ...ok, kind: 'traeger', traegerForm: 'zkT', parentId: '05' }, UNITS),
    [],
  );
  const wrong = newUnitProblems(
    { ...ok, kind: 'jobcenter', traegerForm: null, parentId: '05' },
    UNITS,
  );
  assert.deepEqual(wrong, [
    {
      path: 'parentId',
      message: 'Einheit 05 ist ein Land; über einem örtlichen Jobcenter steht ein Träger.',
    },
  ]);
  assert.match(
    newUnitProblems({ ...ok, kind: 'land', traegerForm: null, parentId: null }, UNITS)[0]!.message,
    /fehlt: über einem Land steht der Bund/,
  );
  assert.deepEqual(
    newUnitProblems({ ...ok, kind: 'bund', traegerForm: null, parentId: null }, UNITS).map(
      (p) => p.path,
    ),
    ['kind'],
  );
  assert.deepEqual(
    newUnitProblems({ ...ok, kind: 'bund', traegerForm: null, parentId: 'DE' }, []).map(
      (p) => p.path,
    ),
    ['parentId'],
  );
  assert.deepEqual(
    newUnitProblems({ ...ok, kind: 'land', traegerForm: null, parentId: 'XX' }, UNITS),
    [{ path: 'parentId', message: 'Die Einheit „XX“ gibt es nicht.' }],
  );
  assert.deepEqual(
    traegerFormProblems('traeger', null).map((p) => p.path),
    ['traegerForm'],
  );
  assert.match(traegerFormProblems('jobcenter', 'gE')[0]!.message, /nur bei Trägern/);
});

test('a parent must exist on every day of the child: not before it starts, not after it ends', () => {
  assert.match(
    parentProblems('jobcenter', '05999', OLD, { from: '2014-01-01', to: null })[0]!.message,
    /besteht am 01\.01\.2014 nicht \(01\.01\.2005 bis 31\.12\.2011\)/,
  );
  assert.match(
    parentProblems('jobcenter', '05999', OLD, { from: '2010-01-01', to: null })[0]!.message,
    /endet am 31\.12\.2011/,
  );
  assert.deepEqual(
    parentProblems('jobcenter', '05999', OLD, { from: '2010-01-01', to: '2011-06-30' }),
    [],
  );
});

test('a move: a new link from a day on, the old one ends the day before', () => {
  const links = [link('05554004', '05554')];
  assert.deepEqual(moveProblems(AHAUS, links, '05111', DUS, '2015-01-01'), []);
  assert.deepEqual(linksAfterMove(AHAUS, links, '05111', '2015-01-01'), [
    link('05554004', '05554', '2005-01-01', '2014-12-31'),
    link('05554004', '05111', '2015-01-01'),
  ]);
  assert.match(
    moveProblems(AHAUS, links, '05554', BORKEN, '2015-01-01')[0]!.message,
    /gehört am 01\.01\.2015 schon zu Einheit 05554/,
  );
  assert.deepEqual(
    moveProblems(AHAUS, links, '05', NRW, '2015-01-01').map((p) => p.path),
    ['move.parentId'],
  );
  assert.deepEqual(
    moveProblems(AHAUS, links, '05111', DUS, '2001-01-01').map((p) => p.path),
    ['move.validFrom'],
  );
  // after a move, a further move cannot start before the latest link
  const moved = linksAfterMove(AHAUS, links, '05111', '2015-01-01');
  assert.match(
    moveProblems(AHAUS, moved, '05554', BORKEN, '2014-06-01')[0]!.message,
    /gilt seit 01\.01\.2015/,
  );
  // the same day again replaces the latest link
  assert.deepEqual(linksAfterMove(AHAUS, moved, '05554', '2015-01-01'), [
    link('05554004', '05554', '2005-01-01', '2014-12-31'),
    link('05554004', '05554', '2015-01-01'),
  ]);
  const closed = { ...AHAUS, validTo: '2013-12-31' };
  assert.match(
    moveProblems(closed, links, '05111', DUS, '2015-01-01')[0]!.message,
    /seit 31\.12\.2013 geschlossen/,
  );
});

test('closing: not while units below or active accounts remain; links end with the unit', () => {
  const children = [{ unit: AHAUS, link: link('05554004', '05554') }];
  assert.match(
    closeProblems(BORKEN, '2014-12-31', [], children, [])[0]!.message,
    /Unter Einheit 05554 stehen nach dem 31\.12\.2014 noch Einheit 05554004/,
  );
  const movedAway = [{ unit: AHAUS, link: link('05554004', '05554', '2005-01-01', '2014-12-31') }];
  assert.deepEqual(closeProblems(BORKEN, '2014-12-31', [], movedAway, []), []);
  assert.match(
    closeProblems(BORKEN, '2014-12-31', [], movedAway, ['anna', 'bert'])[0]!.message,
    /aktive Benutzer \(anna und bert\)/,
  );
  assert.deepEqual(
    closeProblems(BORKEN, '2004-12-31', [], [], []).map((p) => p.path),
    ['validTo'],
  );
  assert.match(
    closeProblems(AHAUS, '2014-12-31', [link('05554004', '05111', '2015-01-01')], [], [])[0]!
      .message,
    /ab 01\.01\.2015 neu zugeordnet/,
  );
  assert.deepEqual(
    linksAfterClose(
      [
        link('X', 'A', '2005-01-01', '2009-12-31'),
        link('X', 'B', '2010-01-01'),
        link('X', 'C', '2016-01-01'),
      ],
      '2014-12-31',
    ),
    [link('X', 'A', '2005-01-01', '2009-12-31'), link('X', 'B', '2010-01-01', '2014-12-31')],
  );
});

test('dayBefore crosses months, years and leap days', () => {
  assert.equal(dayBefore('2015-01-01'), '2014-12-31');
  assert.equal(dayBefore('2016-03-01'), '2016-02-29');
  assert.equal(dayBefore('2014-06-15'), '2014-06-14');
});
