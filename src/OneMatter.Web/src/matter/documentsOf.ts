import type { MatterStatus } from '../api/types';

export interface IssuedDocument { number: string; name: string; nameEn?: string | null }

/** The matter's documents whatever shape the server sends: objects with a number, plain ids
 * (downloaded by id), or, with no list at all, the DocumentIssued entries of a timeline. */
export function documentsOf(status: MatterStatus): IssuedDocument[] {
  if (status.documents && status.documents.length > 0) {
    return status.documents.map((d) => typeof d === 'string'
      ? { number: d, name: d }
      : { number: d.number, name: d.name ?? d.document ?? d.number, nameEn: d.nameEn });
  }
  return (status.timeline ?? [])
    .filter((e) => e.type === 'document-issued' || e.type === 'DocumentIssued')
    .map((e) => ({ number: e.text ?? e.target ?? '', name: e.target ?? e.text ?? '' }))
    .filter((d) => d.number !== '');
}
