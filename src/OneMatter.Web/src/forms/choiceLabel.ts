import type { Option } from '../api/types';
import { pick, type Language } from '../i18n/format';

/** A choice field's stored value (one option's value, or several joined with `;`) as its options'
 * labels in `language`; a value that no option has is shown as itself. */
export function choiceLabel(value: string, options: readonly Option[] | null | undefined, language: Language): string {
  return value.split(';').map((v) => v.trim()).filter(Boolean)
    .map((v) => {
      const option = options?.find((o) => o.value === v);
      return option ? pick(language, option.label, option.labelEn) : v;
    })
    .join(language === 'en' ? ', ' : '、');
}

/** The options of each choice field among `sources`, by field id; an earlier source wins. */
export function optionsById(...sources: ({ id: string; options?: readonly Option[] | null }[] | null | undefined)[]): Record<string, readonly Option[]> {
  const found: Record<string, readonly Option[]> = {};
  for (const fields of sources) {
    for (const field of fields ?? []) {
      if (field.options?.length && !(field.id in found)) found[field.id] = field.options;
    }
  }
  return found;
}
