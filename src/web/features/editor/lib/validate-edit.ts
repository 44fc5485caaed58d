/**
 * Checks an edit before it is sent, with the same rules the server applies: the zod contract of a
 * target (shape, required texts, dates) and the domain's meaning checks over the whole content
 * (unique ids, parts that exist, decimals 0–3, tolerance only with "ungefähr"). Messages are
 * placed at the field they concern; the rest goes to the summary.
 */
import type { AgreementContent, Target } from '../../../../domain/agreements/agreement.ts';
import { validateAgreementContent } from '../../../../domain/agreements/validate.ts';
import { targetSchema } from '../../../../contracts/agreement-content.ts';
import { applyEdit, locateEdit, type ContentEdit } from './content-edits.ts';
import type { FieldError } from './criterion-draft.ts';

export interface EditProblems {
  /** relative to the edited target ("criterion.change") */
  fields: FieldError[];
  /** everything else, in German */
  general: string[];
}

/** Sorts error paths of the whole content (with or without "content.") into fields and the rest. */
export function placeErrors(
  errors: readonly FieldError[],
  targetLocation: string | null,
): EditProblems {
  const prefix = targetLocation === null ? null : `${targetLocation}.`;
  const out: EditProblems = { fields: [], general: [] };
  for (const e of errors) {
    const path = e.path.replace(/^content\./, '');
    if (prefix !== null && path.startsWith(prefix))
      out.fields.push({ path: path.slice(prefix.length), message: e.message });
    else out.general.push(e.message);
  }
  return out;
}

export function validateEdit(
  content: AgreementContent,
  edit: ContentEdit,
  target: Target,
): EditProblems {
  const shape = targetSchema.safeParse(target);
  if (!shape.success) {
    return {
      fields: shape.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
      general: [],
    };
  }
  const applied = applyEdit(content, edit);
  if (!applied.ok) return { fields: [], general: [applied.reason] };
  // Only findings of the new content that the old one did not have are this edit's doing.
  const before = new Set(validateAgreementContent(content).map((f) => f.message));
  const findings = validateAgreementContent(applied.content).filter((f) => !before.has(f.message));
  return placeErrors(findings, locateEdit(content, edit));
}
