/** Every operation of the API, one file each. */
import type { App } from '../app-types.ts';
import { registerListUnits } from './units/list-units.ts';
import { registerQueryValues } from './values/query-values.ts';
import { registerImportValues } from './values/import-values.ts';
import { registerListDatenstaende } from './values/list-datenstaende.ts';

export const ROUTES: ((app: App) => void)[] = [
  registerListUnits,
  registerQueryValues,
  registerImportValues,
  registerListDatenstaende,
];
