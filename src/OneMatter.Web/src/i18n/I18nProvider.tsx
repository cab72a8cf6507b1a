import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { format, isMessageKey, pick, type Language, type Params } from './format';
import type { MessageKey } from './zh';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: Params) => string;
  /** A message whose key is built at run time (e.g. `status.${status}`), or the fallback. */
  tr: (key: string, fallback: string, params?: Params) => string;
  pick: (zhLabel: string, enLabel?: string | null) => string;
}

export const I18nContext = createContext<I18n | null>(null);

const storageKey = 'onematter.language';

function initialLanguage(): Language {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

/** Holds the language (remembered in the browser) and switches antd's and dayjs's locale with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLanguageState(next);
  }, []);
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  const value = useMemo<I18n>(() => ({
    language,
    setLanguage,
    t: (key, params) => format(language, key, params),
    tr: (key, fallback, params) => (isMessageKey(key) ? format(language, key, params) : fallback),
    pick: (zhLabel, enLabel) => pick(language, zhLabel, enLabel),
  }), [language, setLanguage]);
  document.documentElement.lang = language;
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN}>{children}</ConfigProvider>
    </I18nContext.Provider>
  );
}
