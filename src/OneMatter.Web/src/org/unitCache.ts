import { org } from '../api/endpoints';
import type { Unit } from '../api/types';

// The org directory's units, fetched once per page load for the transfer, delegate and signer pickers.
let units: Promise<Unit[]> | null = null;

export function allUnits(): Promise<Unit[]> {
  units ??= org.units().catch((error: unknown) => { units = null; throw error; });
  return units;
}
