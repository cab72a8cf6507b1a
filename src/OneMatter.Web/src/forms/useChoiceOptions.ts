import { useEffect, useMemo, useState } from 'react';
import type { Field, FormValue, Option } from '../api/types';
import { optionsById } from './choiceLabel';
import { fieldKind } from './fieldType';
import { offeredForm } from './offerCache';

/** The options of the choice fields of a matter's form, by field id: those the values carry,
 * then the task node's fields, then the definition's form as it is offered. */
export function useChoiceOptions(definitionId: string, values: FormValue[], fields: Field[] = []): Record<string, readonly Option[]> {
  const [offered, setOffered] = useState<Field[]>();
  const wanted = values.some((v) => fieldKind(v.type) === 'choice' && v.value && !v.options?.length);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    offeredForm(definitionId).then((form) => { if (live) setOffered(form); }).catch(() => undefined);
    return () => { live = false; };
  }, [definitionId, wanted]);
  return useMemo(() => optionsById(values, fields, offered), [values, fields, offered]);
}
