import type { Field } from '../api/types';

const levels = ['city', 'county', 'zone', 'township', 'village'];

/** The jurisdiction level a field asks for: the definition's `level` when the server sends it,
 * else the level its id names (`township`, `village_id`), else any level. */
export function placeLevel(field: Pick<Field, 'id' | 'level'>): string | undefined {
  if (field.level) return field.level.toLowerCase();
  const id = field.id.toLowerCase();
  return levels.find((level) => id === level || id.startsWith(`${level}_`) || id.endsWith(`_${level}`));
}

/** The level just above `level` in the directory, whose choice narrows a field of this level. */
export function parentLevel(level: string | undefined): string | undefined {
  return level === 'village' ? 'township' : level === 'township' ? 'county' : undefined;
}
