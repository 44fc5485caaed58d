/** Cube slots the per-person pass adds to (what each holds: QuantityCube.countSlot). */
import { countSlot } from '../quantity-cube.ts';

export const Q = {
  ELB_AE: countSlot('ELB_AE'),
  LZB_MOVES: countSlot('LZB'),
  LZB_AKTIV: countSlot('LZB_AKTIV'),
  ZUGANG_ELB: countSlot('ZUGANG_ELB'),
  ABGANG_ELB: countSlot('ABGANG_ELB'),
  ZUGANG_LZB: countSlot('ZUGANG_LZB'),
  ABGANG_LZB: countSlot('ABGANG_LZB'),
  INT: countSlot('INT'),
  INT_SVB: countSlot('INT_SVB'),
  INT_AE: countSlot('INT_AE'),
  INT_LZB: countSlot('INT_LZB'),
  EIN_GB: countSlot('EIN_GB'),
  EIN_OEG: countSlot('EIN_OEG'),
  INT_NACHHALTIG: countSlot('INT_NACHHALTIG'),
  INT_KONTINUIERLICH: countSlot('INT_KONTINUIERLICH'),
  INT_BEDARFSDECKEND: countSlot('INT_BEDARFSDECKEND'),
} as const;
