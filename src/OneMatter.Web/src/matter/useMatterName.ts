import { useEffect, useState } from 'react';
import { offered } from '../forms/offerCache';
import { useI18n } from '../i18n/useI18n';

/** A matter's name in the UI language: the server's (Chinese) `name`, and in English the name of
 * its definition on offer once it has arrived (the server's task and inbox rows carry no English
 * name). */
export function useMatterName(definitionId: string | undefined, name: string | undefined): string {
  const { language, pick } = useI18n();
  const [nameEn, setNameEn] = useState<string>();
  useEffect(() => {
    if (language !== 'en' || !definitionId) return undefined;
    let live = true;
    offered(definitionId).then((o) => { if (live) setNameEn(o?.nameEn); }).catch(() => undefined);
    return () => { live = false; };
  }, [definitionId, language]);
  return pick(name ?? '', nameEn);
}
