/**
 * The operator acting through the CLI or the demo loader: someone with access to the database
 * and the microdata folder, hence the administration role (sees every unit).
 */
import type { Actor } from '../context.ts';

export const BUND_ID = 'DE';

export function systemActor(id = 'system'): Actor {
  return {
    id,
    name: 'Betrieb (Kommandozeile)',
    role: 'administration',
    unitId: BUND_ID,
    microdataRights: true,
    importSources: ['mikrodaten', 'ba_veroeffentlichung', 'manuell'],
    operator: true,
  };
}
