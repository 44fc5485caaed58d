/**
 * Target values still to be agreed ("noch zu vereinbaren"): a template or an offer may leave a
 * change or a level open. Such an agreement is signed only once every open value is filled in
 * or the parties leave it open on purpose (TargetValues.leftOpen); until then the target is
 * not judged (monitoring: zielwert_offen).
 */
import { targetsOf, type AgreementContent, type Target } from './agreement.ts';
import type { Criterion } from './criteria.ts';

/** Whether the criterion (or a composite's rule, or a sex-split part) leaves its value open. */
export function hasOpenValue(criterion: Criterion | null): boolean {
  if (criterion === null) return false;
  switch (criterion.kind) {
    case 'relative_aenderung':
      return criterion.change === null;
    case 'absolut':
      return criterion.value === null;
    case 'zusammengesetzt':
      return hasOpenValue(criterion.rule);
    default:
      return false;
  }
}

function targetHasOpenValue(target: Target): boolean {
  return (
    hasOpenValue(target.criterion) ||
    (target.split?.parts.some((p) => hasOpenValue(p.criterion)) ?? false)
  );
}

/** German reasons why the content cannot be signed yet because of open target values. */
export function openValueProblems(content: AgreementContent): string[] {
  return targetsOf(content)
    .filter((t) => targetHasOpenValue(t) && t.values.leftOpen !== true)
    .map(
      (t) =>
        `Ziel ${t.id}: Der Zielwert ist noch zu vereinbaren – bitte eintragen oder ausdrücklich offen lassen.`,
    );
}
