/**
 * One small change to the valid fixture per problem kind of kennzahlen.md §1; each must be
 * refused with exactly that problem: file, line (CSV: header = line 1), column, and a sentence
 * that names the offending value.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  inputFolder,
  refusal,
  removeInputFolders,
  VALID_FIXTURE,
  withConnection,
} from './test-support.ts';

after(removeInputFolders);

/** The valid fixture file with line `line` (1 = header) replaced, or a line added when `line` is past the end. */
function withLine(file: string, line: number, text: string): Record<string, string> {
  const lines = readFileSync(join(VALID_FIXTURE, file), 'utf8').trimEnd().split('\n');
  lines[line - 1] = text;
  return { [file]: `${lines.join('\n')}\n` };
}

interface Case {
  kind: string;
  file: string;
  line: number;
  text: string;
  column: string;
  /** Text the problem sentence must contain (the offending value, or the whole sentence). */
  says: string;
}

const CASES: Case[] = [
  {
    kind: 'date that does not exist',
    file: 'personen.csv',
    line: 3,
    text: 'P2,w,1975-02-29',
    column: 'geburtsdatum',
    says: '"1975-02-29" is not a valid date',
  },
  {
    kind: 'date in another format',
    file: 'elb_zeiten.csv',
    line: 2,
    text: 'P1,J1,B1,01.01.2014,2014-06-30,0',
    column: 'von',
    says: '"01.01.2014"',
  },
  {
    kind: 'bis that is no date',
    file: 'beschaeftigungen.csv',
    line: 3,
    text: 'P2,geringfuegig,2014-03-01,2014-05-32',
    column: 'bis',
    says: '"2014-05-32"',
  },
  {
    kind: 'month without leading zero',
    file: 'leistungen.csv',
    line: 4,
    text: 'B2,J2,2014-2,1000,500.10',
    column: 'monat',
    says: '"2014-2" is not a month (YYYY-MM)',
  },
  {
    kind: 'decimal comma',
    file: 'leistungen.csv',
    line: 2,
    text: 'B1,J1,2014-01,"400,50",300',
    column: 'llu',
    says: '"400,50" is not an amount',
  },
  {
    kind: 'negative llu',
    file: 'leistungen.csv',
    line: 3,
    text: 'B1,J1,2014-01,-0.25,0',
    column: 'llu',
    says: '"-0.25" is negative',
  },
  {
    kind: 'negative luh',
    file: 'leistungen.csv',
    line: 5,
    text: 'B3,T2,2014-03,12.345678,-1',
    column: 'luh',
    says: '"-1" is negative',
  },
  {
    kind: 'empty person_id',
    file: 'personen.csv',
    line: 6,
    text: ',m,1999-01-01',
    column: 'person_id',
    says: 'person_id is empty',
  },
  {
    kind: 'empty unit id',
    file: 'einheiten.csv',
    line: 7,
    text: ',Jobcenter Rhede,jobcenter,T1',
    column: 'id',
    says: 'id is empty',
  },
  {
    kind: 'empty unit name',
    file: 'einheiten.csv',
    line: 7,
    text: 'J3,,jobcenter,T1',
    column: 'name',
    says: 'name is empty',
  },
  {
    kind: 'empty bg_id',
    file: 'elb_zeiten.csv',
    line: 3,
    text: 'P2,J2,,2014-02-01,,1',
    column: 'bg_id',
    says: 'bg_id is empty',
  },
  {
    kind: 'empty von',
    file: 'massnahmen.csv',
    line: 2,
    text: 'P1,aktiv,FbW,,2014-04-30',
    column: 'von',
    says: 'von is empty',
  },
  {
    kind: 'empty stichtag',
    file: 'stichtage.csv',
    line: 2,
    text: '2014-01,',
    column: 'stichtag',
    says: 'stichtag is empty',
  },
  {
    kind: 'duplicate unit id',
    file: 'einheiten.csv',
    line: 7,
    text: 'J2,Jobcenter Bocholt-Süd,jobcenter,T1',
    column: 'id',
    says: 'id "J2" appears more than once (first in line 5)',
  },
  {
    kind: 'duplicate person_id',
    file: 'personen.csv',
    line: 6,
    text: 'P2,w,1975-02-28',
    column: 'person_id',
    says: 'person_id "P2" appears more than once (first in line 3)',
  },
  {
    kind: 'duplicate stichtage month',
    file: 'stichtage.csv',
    line: 3,
    text: '2014-01,2014-01-15',
    column: 'monat',
    says: 'monat "2014-01" appears more than once (first in line 2)',
  },
  {
    kind: 'unknown person in elb_zeiten',
    file: 'elb_zeiten.csv',
    line: 5,
    text: 'P7,J2,B4,2014-07-01,,0',
    column: 'person_id',
    says: 'person_id "P7" is not in personen.csv',
  },
  {
    kind: 'unknown person in beschaeftigungen',
    file: 'beschaeftigungen.csv',
    line: 2,
    text: 'P8,svb,2014-07-01,',
    column: 'person_id',
    says: '"P8" is not in personen.csv',
  },
  {
    kind: 'unknown person in massnahmen',
    file: 'massnahmen.csv',
    line: 3,
    text: 'P9,oeffentlich_gefoerdert,,2014-06-01,',
    column: 'person_id',
    says: '"P9" is not in personen.csv',
  },
  {
    kind: 'unknown unit in elb_zeiten',
    file: 'elb_zeiten.csv',
    line: 3,
    text: 'P2,J7,B2,2014-02-01,,1',
    column: 'einheit_id',
    says: 'einheit_id "J7" is not in einheiten.csv',
  },
  {
    kind: 'unknown unit in leistungen',
    file: 'leistungen.csv',
    line: 4,
    text: 'B2,J7,2014-02,1000,500.10',
    column: 'einheit_id',
    says: '"J7" is not in einheiten.csv',
  },
  {
    kind: 'unknown parent',
    file: 'einheiten.csv',
    line: 6,
    text: 'T2,Stadt Münster,traeger,L9',
    column: 'parent_id',
    says: 'parent_id "L9" is not in einheiten.csv',
  },
  {
    kind: 'elb_zeiten at a unit with sub-units',
    file: 'elb_zeiten.csv',
    line: 2,
    text: 'P1,T1,B1,2014-01-01,2014-06-30,0',
    column: 'einheit_id',
    says: 'einheit_id "T1" is not a leaf',
  },
  {
    kind: 'leistungen at a Land',
    file: 'leistungen.csv',
    line: 5,
    text: 'B3,L1,2014-03,12.345678,0',
    column: 'einheit_id',
    says: '"L1" is not a leaf',
  },
  {
    kind: 'unknown ebene',
    file: 'einheiten.csv',
    line: 4,
    text: 'J1,Jobcenter Ahaus,gemeinde,T1',
    column: 'ebene',
    says: 'ebene "gemeinde" is not one of land, traeger, jobcenter',
  },
  {
    kind: 'parent not above the child',
    file: 'einheiten.csv',
    line: 6,
    text: 'T2,Stadt Münster,traeger,T1',
    column: 'parent_id',
    says: 'parent_id "T1" has ebene traeger, which is not above traeger',
  },
  {
    kind: 'bis before von in elb_zeiten',
    file: 'elb_zeiten.csv',
    line: 2,
    text: 'P1,J1,B1,2014-01-01,2013-12-31,0',
    column: 'bis',
    says: 'bis 2013-12-31 is before von 2014-01-01',
  },
  {
    kind: 'bis before von in massnahmen',
    file: 'massnahmen.csv',
    line: 2,
    text: 'P1,aktiv,FbW,2014-02-01,2014-01-31',
    column: 'bis',
    says: 'bis 2014-01-31 is before von 2014-02-01',
  },
  {
    kind: 'unknown art',
    file: 'beschaeftigungen.csv',
    line: 2,
    text: 'P1,minijob,2014-07-01,',
    column: 'art',
    says: 'art "minijob" is not one of svb, ausbildung, selbstaendig, geringfuegig',
  },
  {
    kind: 'unknown kategorie',
    file: 'massnahmen.csv',
    line: 2,
    text: 'P1,passiv,FbW,2014-02-01,2014-04-30',
    column: 'kategorie',
    says: 'kategorie "passiv" is not one of aktiv, begleitend, oeffentlich_gefoerdert',
  },
  {
    kind: 'alleinerziehend 2',
    file: 'elb_zeiten.csv',
    line: 3,
    text: 'P2,J2,B2,2014-02-01,,2',
    column: 'alleinerziehend',
    says: 'alleinerziehend "2" is not one of 0, 1',
  },
  {
    kind: 'alleinerziehend as a word',
    file: 'elb_zeiten.csv',
    line: 3,
    text: 'P2,J2,B2,2014-02-01,,ja',
    column: 'alleinerziehend',
    says: '"ja"',
  },
  {
    kind: 'stichtag outside its month',
    file: 'stichtage.csv',
    line: 2,
    text: '2014-01,2014-02-01',
    column: 'stichtag',
    says: 'stichtag 2014-02-01 does not lie in monat 2014-01',
  },
];

describe('each problem kind is refused with file, line, column and value', () => {
  for (const c of CASES) {
    test(c.kind, () =>
      withConnection(async (connection) => {
        const problems = await refusal(connection, inputFolder(withLine(c.file, c.line, c.text)));
        assert.deepEqual(
          problems.map((p) => ({ file: p.file, line: p.line, column: p.column })),
          [{ file: c.file, line: c.line, column: c.column }],
        );
        assert.ok(
          problems[0]!.problem.includes(c.says),
          `"${problems[0]!.problem}" should contain "${c.says}"`,
        );
      }),
    );
  }

  test('a cycle in the tree is named with its path', () =>
    withConnection(async (connection) => {
      const problems = await refusal(
        connection,
        inputFolder(withLine('einheiten.csv', 2, 'L1,Nordrhein-Westfalen,land,J1')),
      );
      const cycle = problems.find((p) => p.problem.includes('cycle'));
      assert.deepEqual(cycle, {
        file: 'einheiten.csv',
        line: 2,
        column: 'parent_id',
        problem: 'unit "L1" is part of a cycle: L1 → J1 → T1 → L1',
      });
      // A cycle always breaks the order of the levels too.
      assert.ok(problems.some((p) => p.line === 2 && p.problem.includes('not above land')));
    }));
});
