/**
 * A joint jobcenter's agreement for API tests (§ 48b Abs. 1 S. 1 Nr. 3 SGB II): the Agentur für
 * Arbeit Düsseldorf and the Landeshauptstadt Düsseldorf as kommunaler Träger on side 0, the
 * Geschäftsführung of the gE (unit 05111 of the test tree) on side 1; the organisations are made
 * by the administration outside the Träger tree.
 */
import assert from 'node:assert/strict';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { buildFixtureAgreement } from '../../domain/agreements/agreement-fixture.ts';
import type { Actor } from '../../services/context.ts';
import { ACTORS } from '../../services/test-support.ts';
import type { ApiTestBed } from '../test-support.ts';

const actor = (id: string, unitId: string, role: Actor['role'] = 'traeger'): Actor => ({
  id,
  name: id,
  role,
  unitId,
  microdataRights: false,
  importSources: [],
});
export const AGENTUR = actor('agentur-duesseldorf', 'AA337');
export const STADT = actor('stadt-duesseldorf', 'K05111');
export const GESCHAEFTSFUEHRUNG = actor('gf-jobcenter-duesseldorf', '05111');

/** BA › Regionaldirektion NRW › Agentur Düsseldorf, and the Stadt as kommunaler Träger. */
export async function createOrganisations(api: ApiTestBed): Promise<void> {
  const units = [
    { id: 'BA', name: 'Bundesagentur für Arbeit', kind: 'ba', parentId: null },
    {
      id: 'RD-NRW',
      name: 'Regionaldirektion Nordrhein-Westfalen',
      kind: 'regionaldirektion',
      parentId: 'BA',
    },
    {
      id: 'AA337',
      name: 'Agentur für Arbeit Düsseldorf',
      kind: 'agentur',
      parentId: 'RD-NRW',
      dienststelle: '337',
    },
    {
      id: 'K05111',
      name: 'Landeshauptstadt Düsseldorf',
      kind: 'kommune',
      parentId: null,
      regionalschluessel: '05111',
    },
  ];
  for (const unit of units) {
    const r = await api.call(
      'POST',
      '/api/admin/units',
      { ...unit, validFrom: '2005-01-01' },
      ACTORS.administration,
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
}

export function jointContent(): AgreementContent {
  const base = buildFixtureAgreement();
  const [land, kreis] = base.parties as [
    AgreementContent['parties'][number],
    AgreementContent['parties'][number],
  ];
  return {
    ...base,
    parties: [
      {
        ...land,
        side: 0,
        unitId: 'AA337',
        name: 'Agentur für Arbeit Düsseldorf',
        shortName: 'AA Düsseldorf',
        representative: {
          salutation: 'Frau',
          office: 'Vorsitzende der Geschäftsführung',
          name: 'A. Agentur',
        },
      },
      {
        ...kreis,
        side: 0,
        unitId: 'K05111',
        name: 'Landeshauptstadt Düsseldorf',
        shortName: 'Stadt Düsseldorf',
        capacity: 'als kommunalem Träger',
        representative: { salutation: 'Herrn', office: 'Beigeordneter', name: 'B. Stadt' },
      },
      {
        ...kreis,
        side: 1,
        unitId: '05111',
        name: 'Geschäftsführung des Jobcenters Düsseldorf',
        shortName: 'Jobcenter Düsseldorf',
        capacity: null,
        representative: { salutation: 'Herrn', office: 'Geschäftsführer', name: 'C. Jobcenter' },
      },
    ],
    introduction:
      'Gemäß § 48b Abs. 1 S. 1 Nr. 3 SGB II schließen die Agentur für Arbeit Düsseldorf und die Landeshauptstadt Düsseldorf als kommunaler Träger und die Geschäftsführung des Jobcenters Düsseldorf folgende',
    legalBasis: '§ 48b Abs. 1 S. 1 Nr. 3 SGB II',
    signatures: [],
  };
}

export const signature = (party: number, signatory: string) => ({
  party,
  place: 'Düsseldorf',
  date: '2014-03-10',
  capacityLine: null,
  signatory,
});
