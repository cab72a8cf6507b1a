import type { MessageKey } from './zh';
import { zh } from './zh';
import { en } from './en';

/** The languages of the web app; zh-CN is the default. */
export type Language = 'zh-CN' | 'en';

export type Params = Record<string, string | number | undefined | null>;

const catalogs: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The message of `key` in `language` with `{name}` parameters filled in; a key missing from a
 * catalogue falls back to Chinese, so a forgotten translation still shows something. */
export function format(language: Language, key: MessageKey, params?: Params): string {
  const text = catalogs[language][key] ?? zh[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] ?? whole).toString());
}

/** A server-given label in the current language: the English one when asked and present. */
export function pick(language: Language, zhLabel: string, enLabel?: string | null): string {
  return language === 'en' && enLabel ? enLabel : zhLabel;
}

/** Whether `key` names a message (for keys built from server values, e.g. a status). */
export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}
