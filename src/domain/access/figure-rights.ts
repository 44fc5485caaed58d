/** The figure operations of the rights decision: loading a Datenstand, local indicators. Pure. */
import { VALUE_SOURCE_LABELS } from './roles.ts';
import {
  ALLOWED,
  unitName,
  NO_FIGURES,
  notFound,
  PARTY_ROLE,
  refuse,
  seesUnit,
  type Decision,
  type Operation,
  type Principal,
  type UnitIndex,
} from './rights-model.ts';

export function decideIndicator(p: Principal, units: UnitIndex, owner: string | null): Decision {
  const own = units.byId.get(p.unitId);
  if (own === undefined || PARTY_ROLE[own.kind] !== p.role)
    return refuse(
      'forbidden',
      'Lokale Kennzahlen legen das Land, ein Träger oder ein örtliches Jobcenter für sich fest.',
    );
  if (owner !== null && owner !== p.unitId)
    return refuse(
      'forbidden',
      `Die lokale Kennzahl gehört ${unitName(units, owner)}; nur ${unitName(units, owner)} ändert sie.`,
    );
  return ALLOWED;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function decideImport(
  p: Principal,
  units: UnitIndex,
  op: Extract<Operation, { kind: 'figures.import' }>,
): Decision {
  if (p.role === 'administration') return refuse('forbidden', NO_FIGURES);
  if (p.role === 'leser')
    return refuse('forbidden', 'Mit Lesezugriff werden keine Zahlen geladen.');
  const source = VALUE_SOURCE_LABELS[op.source];
  if (!p.importSources.includes(op.source))
    return refuse(
      'forbidden',
      `Einen Datenstand der Quelle „${source}“ zu laden, ist Ihnen nicht erlaubt.`,
    );
  if (!ISO.test(op.stand) || op.stand > op.today)
    return refuse(
      'forbidden',
      `Der Datenstand ${op.stand} liegt in der Zukunft (heute ist ${op.today}); Zahlen tragen den Tag, an dem sie feststanden.`,
    );
  if (op.latestMonth !== null && op.stand < `${nextMonth(op.latestMonth)}-01`)
    return refuse(
      'forbidden',
      `Ein Datenstand vom ${op.stand} kann keine Zahlen für ${op.latestMonth} enthalten: der Monat war noch nicht abgelaufen.`,
    );
  for (const unitId of op.unitIds)
    if (!seesUnit(p, units, unitId)) return notFound(`Einheit ${unitId}`);
  if (op.source === 'manuell') {
    if (op.hasStatutoryFigures)
      return refuse(
        'forbidden',
        'Von Hand erfasst werden nur Werte lokaler Kennzahlen; Kennzahlen nach § 48a SGB II und Grundgrößen kommen aus Mikrodaten oder der BA-Veröffentlichung.',
      );
    const foreign = op.indicatorOwners.find((o) => o !== p.unitId);
    if (foreign !== undefined)
      return refuse(
        'forbidden',
        `Werte einer lokalen Kennzahl erfasst die Einheit, der sie gehört (${unitName(units, foreign)}).`,
      );
    return ALLOWED;
  }
  if (op.unitIds.includes(p.unitId))
    return refuse(
      'forbidden',
      `${unitName(units, p.unitId)} kann das eigene Monitoring nicht mit Zahlen der Quelle „${source}“ speisen: die Zahlen der eigenen Einheit lädt die steuernde Seite.`,
    );
  return ALLOWED;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** What the principal may do with an agreement now: the web application offers exactly these. */
