import { describe, expect, it } from 'vitest';
import type { Field } from '../api/types';
import { checkField, checkForm, parseNumber } from './validation';
import { checkIdCard, idCardCheckCharacter } from './idCard';
import { fieldKind } from './fieldType';

const field = (over: Partial<Field>): Field => ({ id: 'f', label: '字段', type: 'text', required: false, options: [], multiple: false, ...over });
const key = (f: Field, value: string | undefined, places?: ReadonlySet<string>) => checkField(f, value, places)?.key ?? null;

// 11010519491231002X is the standard's own example number.
const validId = '11010519491231002X';

describe('required', () => {
  it('refuses empty and blank values of a required field', () => {
    expect(key(field({ required: true }), undefined)).toBe('form.required');
    expect(key(field({ required: true }), '   ')).toBe('form.required');
    expect(checkField(field({ required: true, label: '申请人' }), '')?.params).toEqual({ label: '申请人' });
  });
  it('accepts an empty optional value of any type without further checks', () => {
    for (const type of ['text', 'number', 'date', 'choice', 'idcard', 'phone', 'jurisdiction', 'file', 'boolean']) {
      expect(key(field({ type, min: 5 }), '')).toBeNull();
    }
  });
});

describe('text', () => {
  it('bounds the length with min and max', () => {
    expect(key(field({ min: 2 }), '一')).toBe('form.tooShort');
    expect(key(field({ max: 3 }), '一二三四')).toBe('form.tooLong');
    expect(key(field({ min: 2, max: 3 }), '一二三')).toBeNull();
  });
  it('matches the whole value against the pattern', () => {
    const f = field({ pattern: '[A-Z]{2}\\d+' });
    expect(key(f, 'AB12')).toBeNull();
    expect(key(f, 'AB12x')).toBe('form.pattern');
    expect(key(f, 'xAB12')).toBe('form.pattern');
  });
  it('checks the trimmed value', () => {
    expect(key(field({ max: 2 }), '  ab  ')).toBeNull();
  });
});

describe('number', () => {
  const f = field({ type: 'number', min: 1, max: 20 });
  it('accepts numbers within the bounds, inclusive', () => {
    expect(key(f, '1')).toBeNull();
    expect(key(f, '20')).toBeNull();
    expect(key(f, '7.5')).toBeNull();
  });
  it('refuses values outside the bounds', () => {
    expect(key(f, '0')).toBe('form.tooSmall');
    expect(key(f, '20.01')).toBe('form.tooLarge');
    expect(key(f, '-3')).toBe('form.tooSmall');
  });
  it('refuses what is not a number', () => {
    expect(key(f, 'abc')).toBe('form.notNumber');
    expect(key(f, '1e3')).toBe('form.notNumber');
    expect(key(f, '--1')).toBe('form.notNumber');
  });
  it('parses like decimal.TryParse with NumberStyles.Number', () => {
    expect(parseNumber('1,000.5')).toBe(1000.5);
    expect(parseNumber('+3')).toBe(3);
    expect(parseNumber('3-')).toBe(-3);
    expect(parseNumber('.5')).toBe(0.5);
  });
});

describe('date', () => {
  const f = field({ type: 'date' });
  it('accepts a real yyyy-MM-dd date', () => {
    expect(key(f, '2026-02-28')).toBeNull();
    expect(key(f, '2024-02-29')).toBeNull();
  });
  it('refuses other formats and dates that do not exist', () => {
    expect(key(f, '2026/02/28')).toBe('form.notDate');
    expect(key(f, '2026-2-28')).toBe('form.notDate');
    expect(key(f, '2026-02-29')).toBe('form.notDate');
    expect(key(f, '2026-13-01')).toBe('form.notDate');
  });
  it('honours minDate and maxDate when the server sends them', () => {
    const bounded = field({ type: 'date', minDate: '2026-01-01', maxDate: '2026-12-31' });
    expect(key(bounded, '2025-12-31')).toBe('form.tooEarly');
    expect(key(bounded, '2027-01-01')).toBe('form.tooLate');
    expect(key(bounded, '2026-06-01')).toBeNull();
  });
});

describe('choice', () => {
  const options = [{ value: 'new', label: '新建' }, { value: 'rebuild', label: '翻建' }];
  it('accepts one of the options', () => {
    expect(key(field({ type: 'choice', options }), 'new')).toBeNull();
    expect(key(field({ type: 'choice', options }), 'old')).toBe('form.notOption');
  });
  it('allows several only when multiple', () => {
    expect(key(field({ type: 'choice', options }), 'new;rebuild')).toBe('form.chooseOne');
    expect(key(field({ type: 'choice', options, multiple: true }), 'new; rebuild')).toBeNull();
    expect(key(field({ type: 'choice', options, multiple: true }), 'new;old')).toBe('form.notOption');
  });
});

describe('id card (GB 11643)', () => {
  const f = field({ type: 'idcard' });
  it('accepts a valid number, with x or X as check character', () => {
    expect(key(f, validId)).toBeNull();
    expect(key(f, validId.toLowerCase())).toBeNull();
    expect(key(field({ type: 'id-card' }), validId)).toBeNull();
  });
  it('computes the MOD 11-2 check character', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
    expect(idCardCheckCharacter('44052418800101001')).toBe('4');
  });
  it('names what is wrong', () => {
    expect(checkIdCard('1101051949123100')).toBe('idCardLength');
    expect(checkIdCard('1101051949123100AX')).toBe('idCardDigits');
    expect(checkIdCard('110105194902300021')).toBe('idCardBirth');
    expect(checkIdCard('110105194912310021')).toBe('idCardCheck');
    expect(key(f, '110105194912310021')).toBe('form.idCardCheck');
  });
});

describe('phone', () => {
  const f = field({ type: 'phone' });
  it('accepts mobiles and landlines', () => {
    for (const ok of ['13800138000', '0570-8765432', '05708765432', '010-12345678']) expect(key(f, ok)).toBeNull();
  });
  it('refuses anything else', () => {
    for (const bad of ['12800138000', '1380013800', '570-8765432', '+8613800138000']) expect(key(f, bad)).toBe('form.phone');
  });
});

describe('jurisdiction, file and boolean', () => {
  it('bounds a jurisdiction to the known places when they are given', () => {
    const f = field({ type: 'jurisdiction' });
    expect(key(f, 'baishi', new Set(['baishi']))).toBeNull();
    expect(key(f, 'nowhere', new Set(['baishi']))).toBe('form.unknownPlace');
    expect(key(f, 'anything')).toBeNull();
  });
  it('allows several attachment ids only when multiple', () => {
    expect(key(field({ type: 'file' }), 'a1;a2')).toBe('form.oneFile');
    expect(key(field({ type: 'file', multiple: true }), 'a1;a2')).toBeNull();
    expect(key(field({ type: 'file' }), 'a1')).toBeNull();
  });
  it('takes true or false', () => {
    expect(key(field({ type: 'boolean' }), 'true')).toBeNull();
    expect(key(field({ type: 'boolean' }), 'False')).toBeNull();
    expect(key(field({ type: 'boolean' }), 'yes')).toBe('form.notBoolean');
  });
});

describe('checkForm', () => {
  it('answers every problem at once and the trimmed non-empty values', () => {
    const fields = [field({ id: 'a', required: true }), field({ id: 'b', type: 'number', max: 3 }), field({ id: 'c' })];
    const result = checkForm(fields, { a: '', b: '9', c: '  x ' });
    expect(Object.keys(result.problems).sort()).toEqual(['a', 'b']);
    expect(result.values).toEqual({ b: '9', c: 'x' });
  });
});

describe('fieldKind', () => {
  it('normalises the spellings of a type', () => {
    expect(fieldKind('id-card')).toBe('idcard');
    expect(fieldKind('IdCard')).toBe('idcard');
    expect(fieldKind('mystery')).toBe('text');
  });
});
