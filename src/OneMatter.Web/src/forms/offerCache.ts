import { matters } from '../api/endpoints';
import type { Field, MatterOffer } from '../api/types';

// The matters on offer, fetched once per page load: the task screen finds a matter's English name
// and a choice field's option labels in its definition as offered.
let offers: Promise<Map<string, MatterOffer>> | null = null;

/** A definition on offer (its latest version), or none when it is not offered (retired). */
export async function offered(definitionId: string): Promise<MatterOffer | undefined> {
  offers ??= matters.offers().then((list) => new Map(list.map((o) => [o.id, o])))
    .catch((error: unknown) => { offers = null; throw error; });
  return (await offers).get(definitionId);
}

/** The application form of a definition on offer. */
export async function offeredForm(definitionId: string): Promise<Field[] | undefined> {
  return (await offered(definitionId))?.form;
}
