import { useEffect, useState } from 'react';
import { org } from '../../api/endpoints';
import type { Unit } from '../../api/types';

let cached: Promise<Unit[]> | null = null;

/** The org directory's units, fetched once per page load: unit pickers and colours use them. */
export function useUnits(): Unit[] {
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    let live = true;
    cached ??= org.units().catch(() => {
      cached = null;
      return [];
    });
    void cached.then((list) => live && setUnits(list));
    return () => {
      live = false;
    };
  }, []);
  return units;
}
