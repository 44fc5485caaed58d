/** The names of one side of an agreement ("Agentur für Arbeit Düsseldorf und Landeshauptstadt Düsseldorf"). */
import { joinDe } from '../../domain/agreements/parties.ts';
import type { AgreementSummary } from './types.ts';

export const sideNames = (agreement: Pick<AgreementSummary, 'parties'>, side: 0 | 1): string =>
  joinDe(agreement.parties.filter((p) => p.side === side).map((p) => p.name));
