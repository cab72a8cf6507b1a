import { useCallback } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { designerEn } from './designerEn';
import { designerZh, type DesignerKey } from './designerZh';

export type { DesignerKey };

/** The designer's own messages, in the shell's current language (zh-CN first, English when the
 * shell switches). Kept beside the designer so its many labels do not crowd the shell catalogue. */
export function useDesignerText(): (key: DesignerKey, params?: Record<string, string | number>) => string {
  const { language } = useI18n();
  return useCallback(
    (key, params) => {
      // A key built from data the designer does not know yet (a node kind added to the engine
      // later, `kind.draw`) shows the data itself rather than the key.
      const text = (language === 'en' ? designerEn[key] : undefined) ?? designerZh[key] ?? key.slice(key.indexOf('.') + 1);
      return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
    },
    [language],
  );
}
