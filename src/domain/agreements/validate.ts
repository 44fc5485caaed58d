/**
 * Semantic checks of agreement content beyond its shape (the zod contract checks the shape):
 * unique target ids, parts of composite targets exist, decimals 0–3, a tolerance only with
 * "ungefähr", a monthly target path of 12 values, at most one signature per party, and dates
 * that fit the agreement year. Returns findings; an empty list means consistent.
 */
import { targetsOf, type AgreementContent, type Target } from './agreement.ts';
import { partyProblems } from './parties.ts';
import { targetWhere } from './target-label.ts';
import { checkCriterion, type ValidationFinding } from './validate-criterion.ts';

export type { ValidationFinding } from './validate-criterion.ts';

const MONTHS = 12;

interface Located {
  target: Target;
  path: string;
  where: string;
}

function locateTargets(content: AgreementContent): Located[] {
  return content.goals.flatMap((goal, g) =>
    goal.blocks.flatMap((block, b) =>
      block.kind === 'ziel'
        ? [
            {
              target: block.target,
              path: `goals.${g}.blocks.${b}.target`,
              where: targetWhere(block.target, goal.number),
            },
          ]
        : [],
    ),
  );
}

function checkTargets(content: AgreementContent): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const targetIds = new Set(targetsOf(content).map((t) => t.id));
  const firstSeen = new Map<string, string>();
  for (const { target, path, where } of locateTargets(content)) {
    if (target.id.trim() === '')
      findings.push({ path: `${path}.id`, message: `${where}: Die Ziel-Kennung fehlt.` });
    const earlier = firstSeen.get(target.id);
    if (earlier !== undefined)
      findings.push({
        path: `${path}.id`,
        message: `Die Ziel-Kennung „${target.id}“ kommt mehrfach vor (zuerst bei ${earlier}).`,
      });
    else firstSeen.set(target.id, where);
    const scope = { year: content.year, targetIds, targetId: target.id, where };
    if (target.criterion !== null)
      findings.push(...checkCriterion(target.criterion, `${path}.criterion`, scope));
    const monthly = target.values.path;
    if (monthly !== null && monthly.length !== MONTHS) {
      findings.push({
        path: `${path}.values.path`,
        message: `${where}: Der Soll-Verlauf braucht 12 Monatswerte (Januar bis Dezember), nicht ${monthly.length}.`,
      });
    }
    const sexes = new Set<string>();
    target.split?.parts.forEach((part, i) => {
      if (sexes.has(part.sex))
        findings.push({
          path: `${path}.split.parts.${i}.sex`,
          message: `${where}: Die Aufteilung nennt „${part.sex}“ doppelt.`,
        });
      sexes.add(part.sex);
      findings.push(...checkCriterion(part.criterion, `${path}.split.parts.${i}.criterion`, scope));
    });
  }
  return findings;
}

function checkSignatures(content: AgreementContent): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const signed = new Set<number>();
  content.signatures.forEach((s, i) => {
    const party = content.parties[s.party];
    if (party === undefined) {
      findings.push({
        path: `signatures.${i}.party`,
        message: `Die Unterschrift nennt Vertragspartner Nr. ${s.party + 1}; die Vereinbarung hat ${content.parties.length}.`,
      });
      return;
    }
    const name = party.name;
    if (signed.has(s.party))
      findings.push({
        path: `signatures.${i}.party`,
        message: `Für ${name} ist mehr als eine Unterschrift eingetragen.`,
      });
    signed.add(s.party);
    const year = Number(s.date.slice(0, 4));
    // Agreements are signed in the planning autumn before the year or during the year itself.
    if (year !== content.year && year !== content.year - 1) {
      findings.push({
        path: `signatures.${i}.date`,
        message: `Die Unterschrift für ${name} ist vom ${s.date}; für das Jahr ${content.year} wird ${content.year - 1} oder ${content.year} erwartet.`,
      });
    }
  });
  return findings;
}

function checkNumbering(content: AgreementContent): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const goals = new Set<string>();
  content.goals.forEach((goal, g) => {
    if (goals.has(goal.number))
      findings.push({
        path: `goals.${g}.number`,
        message: `Ziel ${goal.number} kommt mehrfach vor.`,
      });
    goals.add(goal.number);
  });
  const areas = new Set<number>();
  content.focusAreas.forEach((area, i) => {
    if (areas.has(area.number))
      findings.push({
        path: `focusAreas.${i}.number`,
        message: `Schwerpunkt ${area.number} kommt mehrfach vor.`,
      });
    areas.add(area.number);
  });
  return findings;
}

export function validateAgreementContent(content: AgreementContent): ValidationFinding[] {
  return [
    ...checkNumbering(content),
    ...partyProblems(content),
    ...checkTargets(content),
    ...checkSignatures(content),
  ];
}
