import { ApiError } from '../../api/problem';
import type { Definition } from '../model/definitionTypes';
import { definitionsApi } from './definitionsApi';

/** What opening a definition in the designer needs, asked for in one round trip. */
export interface OpeningTexts {
  /** The working draft's text, else the latest published one, else null (a new matter). */
  text: string | null;
  /** The published version's data (the server's JSON form) when `text` is that version: the
   * canvas draws from it without parsing the YAML first. */
  definition: Definition | null;
  hasDraft: boolean;
  published: boolean;
  retired: boolean;
}

const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Asks for the list (published and retired state), the draft and the published version as YAML
 * and as JSON together: one round trip before the canvas can show anything, not two. */
export async function fetchOpening(id: string): Promise<OpeningTexts> {
  const [list, draft, latest, json] = await Promise.all([
    definitionsApi.list(),
    definitionsApi.draft(id).catch((error: unknown) => {
      if (notFound(error)) return null;
      throw error;
    }),
    definitionsApi.publishedYaml(id).catch(() => null),
    definitionsApi.published(id).catch(() => null),
  ]);
  const summary = list.find((d) => d.id === id);
  const published = summary?.latestVersion != null;
  const hasDraft = draft !== null;
  let text = draft?.yaml ?? null;
  let definition: Definition | null = null;
  if (text === null && published) {
    // asked again when the first answer failed, so that a real failure is shown
    text = latest ?? (await definitionsApi.publishedYaml(id));
    definition = latest !== null && json !== null && json.version === summary?.latestVersion ? json.definition : null;
  }
  return { text, definition, hasDraft, published, retired: summary?.retired ?? false };
}

let early: { id: string; opening: Promise<OpeningTexts> } | null = null;

/** Starts fetching a definition's opening texts while the app is still starting (the sign-in
 * check, the designer's chunk), when the page was loaded at /designer/{id}. */
export function fetchOpeningEarly(id: string): void {
  const opening = fetchOpening(id);
  opening.catch(() => {}); // a visitor not signed in: asked again once the page opens
  early = { id, opening };
}

/** The opening texts: those fetched early for this id (once), else fetched now. */
export function openingOf(id: string): Promise<OpeningTexts> {
  if (early?.id === id) {
    const { opening } = early;
    early = null;
    return opening.catch(() => fetchOpening(id));
  }
  return fetchOpening(id);
}
