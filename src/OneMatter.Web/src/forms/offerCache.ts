import { matters } from '../api/endpoints';
import type { Field } from '../api/types';

// The matters on offer with their forms, fetched once per page load: the task screen finds a
// choice field's option labels in its definition's form there.
let offers: Promise<Map<string, Field[]>> | null = null;

/** The application form of a definition on offer (its latest version), or none when it is not
 * offered (retired). */
export async function offeredForm(definitionId: string): Promise<Field[] | undefined> {
  offers ??= matters.offers().then((list) => new Map(list.map((o) => [o.id, o.form])))
    .catch((error: unknown) => { offers = null; throw error; });
  return (await offers).get(definitionId);
}
