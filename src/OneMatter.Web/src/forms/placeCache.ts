import { org } from '../api/endpoints';
import type { Jurisdiction } from '../api/types';

// The directory's places change only with a deployment: fetched once per level per page load.
const byLevel = new Map<string, Promise<Jurisdiction[]>>();

export function placesOfLevel(level: string | undefined): Promise<Jurisdiction[]> {
  const key = level ?? '*';
  if (!byLevel.has(key)) {
    const loading = org.jurisdictions(level);
    loading.catch(() => byLevel.delete(key));
    byLevel.set(key, loading);
  }
  return byLevel.get(key)!;
}
