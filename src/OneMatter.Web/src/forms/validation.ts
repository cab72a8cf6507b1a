import type { Field } from '../api/types';
import type { MessageKey } from '../i18n/zh';
import { fieldKind } from './fieldType';
import { checkIdCard, isRealDate } from './idCard';

// The browser's copy of the server's form rules (src/OneMatter.Engine/Forms/FormValidator.cs):
// values are the canonical strings the API takes; an empty value is only checked for `required`;
// the server checks again and its field errors are shown the same way.

/** What is wrong with a value: a message key of the `form.` group and its parameters. */
export interface FieldProblem { key: MessageKey; params?: Record<string, string | number> }

const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
// decimal.TryParse with NumberStyles.Number: sign before or after, thousands separators, a point.
const numberPattern = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)[+-]?$/;
const patternCache = new Map<string, RegExp | null>();

function anchored(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    let regex: RegExp | null = null;
    try {
      regex = new RegExp(`^(?:${pattern})$`);
    } catch {
      // A .NET-only construct: leave this pattern to the server.
      regex = null;
    }
    patternCache.set(pattern, regex);
  }
  return patternCache.get(pattern)!;
}

const split = (text: string) => text.split(';').map((p) => p.trim()).filter((p) => p.length > 0);

/** Parses a number as the server does; NaN when it is not one. */
export function parseNumber(text: string): number {
  if (!numberPattern.test(text) || (text.match(/[+-]/g)?.length ?? 0) > 1) return Number.NaN;
  const negative = text.includes('-');
  const value = Number(text.replace(/[+,-]/g, ''));
  return negative ? -value : value;
}

/** Checks one value of a field; `places` (ids of the known jurisdictions), when given, bounds a
 * jurisdiction field. Returns null when the value is acceptable. */
export function checkField(field: Field, raw: string | null | undefined, places?: ReadonlySet<string>): FieldProblem | null {
  const text = (raw ?? '').trim();
  // The label here is the Chinese one; a screen shows the field's label in its own language.
  if (text === '') return field.required ? { key: 'form.required', params: { label: field.label } } : null;
  switch (fieldKind(field.type)) {
    case 'text': {
      if (field.min != null && text.length < field.min) return { key: 'form.tooShort', params: { min: field.min } };
      if (field.max != null && text.length > field.max) return { key: 'form.tooLong', params: { max: field.max } };
      const regex = field.pattern ? anchored(field.pattern) : null;
      if (regex && !regex.test(text)) return { key: 'form.pattern' };
      return null;
    }
    case 'number': {
      const value = parseNumber(text);
      if (Number.isNaN(value)) return { key: 'form.notNumber', params: { value: text } };
      if (field.min != null && value < field.min) return { key: 'form.tooSmall', params: { min: field.min } };
      if (field.max != null && value > field.max) return { key: 'form.tooLarge', params: { max: field.max } };
      return null;
    }
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match || !isRealDate(match[1], match[2], match[3])) return { key: 'form.notDate' };
      if (field.minDate && text < field.minDate) return { key: 'form.tooEarly', params: { min: field.minDate } };
      if (field.maxDate && text > field.maxDate) return { key: 'form.tooLate', params: { max: field.maxDate } };
      return null;
    }
    case 'choice': {
      const parts = text.includes(';') ? split(text) : [text];
      if (!field.multiple && parts.length > 1) return { key: 'form.chooseOne' };
      const wrong = parts.find((part) => !field.options.some((o) => o.value === part));
      return wrong === undefined ? null : { key: 'form.notOption', params: { value: wrong } };
    }
    case 'idcard': {
      const problem = checkIdCard(text);
      return problem ? { key: `form.${problem}` } : null;
    }
    case 'phone':
      return phonePattern.test(text) ? null : { key: 'form.phone' };
    case 'jurisdiction':
      return places && !places.has(text) ? { key: 'form.unknownPlace' } : null;
    case 'file':
      return !field.multiple && split(text).length > 1 ? { key: 'form.oneFile' } : null;
    case 'boolean':
      return /^(true|false)$/i.test(text) ? null : { key: 'form.notBoolean' };
  }
}

/** Checks every field and answers the problems by field id (empty: the form may be sent), and
 * the values to send: trimmed, empty ones left out as the server drops them. */
export function checkForm(fields: Field[], values: Record<string, string | undefined>, places?: ReadonlySet<string>):
  { values: Record<string, string>; problems: Record<string, FieldProblem> } {
  const problems: Record<string, FieldProblem> = {};
  const clean: Record<string, string> = {};
  for (const field of fields) {
    const problem = checkField(field, values[field.id], places);
    if (problem) problems[field.id] = problem;
    const text = (values[field.id] ?? '').trim();
    if (text !== '') clean[field.id] = text;
  }
  return { values: clean, problems };
}
