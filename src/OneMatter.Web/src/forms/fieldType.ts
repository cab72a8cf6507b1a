/** The field types of a definition's form, as the engine knows them (FieldType.cs). */
export type FieldKind = 'text' | 'number' | 'date' | 'choice' | 'idcard' | 'phone' | 'jurisdiction' | 'file' | 'boolean';

const kinds: FieldKind[] = ['text', 'number', 'date', 'choice', 'idcard', 'phone', 'jurisdiction', 'file', 'boolean'];

/** The kind of a field type as sent by the server (`idcard`) or written in YAML (`id-card`);
 * anything unknown is treated as text. */
export function fieldKind(type: string): FieldKind {
  const normalised = type.replace(/[-_]/g, '').toLowerCase() as FieldKind;
  return kinds.includes(normalised) ? normalised : 'text';
}
