/** Shape (zod contract) and meaning (domain rules) of agreement content, as one validation error. */
import { agreementContentSchema, describeIssues } from '../../contracts/agreement-content.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { validateAgreementContent } from '../../domain/agreements/validate.ts';
import { AppError } from '../errors.ts';

export function checkAgreementContent(input: unknown): AgreementContent {
  const parsed = agreementContentSchema.safeParse(input);
  if (!parsed.success) {
    const details = describeIssues(parsed.error).map((d) => ({
      path: d.path === '' ? 'content' : `content.${d.path}`,
      message: d.message,
    }));
    throw new AppError(
      'validation',
      `Die Zielvereinbarung ist unvollständig oder fehlerhaft: ${details
        .slice(0, 3)
        .map((d) => `${d.path}: ${d.message}`)
        .join('; ')}`,
      details,
    );
  }
  const content = parsed.data as AgreementContent;
  const findings = validateAgreementContent(content);
  if (findings.length > 0) {
    const details = findings.map((f) => ({ path: `content.${f.path}`, message: f.message }));
    throw new AppError(
      'validation',
      `Die Zielvereinbarung ist widersprüchlich: ${details
        .slice(0, 3)
        .map((d) => `${d.path}: ${d.message}`)
        .join('; ')}`,
      details,
    );
  }
  return content;
}
