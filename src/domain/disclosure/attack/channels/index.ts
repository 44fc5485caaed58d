import type { CHANNEL_IDS } from '../channel-ids.ts';
import { averagedRates } from './averaged-rates.ts';
import type { Channel } from './channel.ts';
import { direct } from './direct.ts';
import { rolling12 } from './rolling-sums.ts';
import { sexes } from './sexes.ts';
import { stockFlow } from './stock-flow.ts';
import { subsets } from './subsets.ts';
import { tree } from './tree.ts';
import { values } from './values.ts';
import { yearToDate } from './year-to-date.ts';

export type { Channel } from './channel.ts';

export const CHANNELS: Record<(typeof CHANNEL_IDS)[number], Channel> = {
  rolling12,
  sexes,
  averagedRates,
  yearToDate,
  stockFlow,
  tree,
  direct,
  subsets,
  values,
};
