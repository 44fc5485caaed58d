/** How targets are named in paths, findings and messages ("Ziel II › Teilziel II.1"). */
import type { Target, TargetRole } from './agreement.ts';

export const ROLE_LABELS: Record<TargetRole, string> = {
  hauptziel: 'Hauptziel',
  teilziel: 'Teilziel',
  gesamtziel: 'Gesamtziel',
};

/** "Teilziel II.1"; the goal's own target (id = goal number) is just "Hauptziel". */
export function targetLabel(target: Pick<Target, 'id' | 'role'>, goalNumber: string): string {
  return target.id === goalNumber
    ? ROLE_LABELS[target.role]
    : `${ROLE_LABELS[target.role]} ${target.id}`;
}

/** "Ziel II, Teilziel II.1" for running text. */
export function targetWhere(target: Pick<Target, 'id' | 'role'>, goalNumber: string): string {
  return `Ziel ${goalNumber}, ${targetLabel(target, goalNumber)}`;
}
