/**
 * Cascade of a Träger's agreement to its örtliche Jobcenter: derive the local agreements
 * (cascade-derive.ts) and check that together they reproduce the Träger's targets
 * (cascade-check.ts).
 */
export {
  defaultReplacements,
  deriveIntroduction,
  deriveLocalAgreement,
  type DeriveOptions,
  type LocalPartner,
} from './cascade-derive.ts';
export {
  checkCascade,
  type CascadeCode,
  type CascadeFinding,
  type LocalAgreement,
} from './cascade-check.ts';
