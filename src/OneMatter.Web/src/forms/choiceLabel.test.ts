import { describe, expect, it } from 'vitest';
import type { Option } from '../api/types';
import { choiceLabel, optionsById } from './choiceLabel';

const options: Option[] = [
  { value: 'new', label: '新建', labelEn: 'New house' },
  { value: 'rebuild', label: '原址翻建', labelEn: 'Rebuild on the same plot' },
  { value: 'extend', label: '改扩建' },
];

describe('choiceLabel', () => {
  it('shows the option label in the language asked', () => {
    expect(choiceLabel('new', options, 'zh-CN')).toBe('新建');
    expect(choiceLabel('new', options, 'en')).toBe('New house');
  });
  it('falls back to the Chinese label where an option has no English one', () => {
    expect(choiceLabel('extend', options, 'en')).toBe('改扩建');
  });
  it('shows each of several values, and an unknown value as itself', () => {
    expect(choiceLabel('new;extend', options, 'zh-CN')).toBe('新建、改扩建');
    expect(choiceLabel('new; rebuild', options, 'en')).toBe('New house, Rebuild on the same plot');
    expect(choiceLabel('old', options, 'zh-CN')).toBe('old');
    expect(choiceLabel('new', undefined, 'en')).toBe('new');
  });
});

describe('optionsById', () => {
  it('takes each field from the first source that has options for it', () => {
    const first = [{ id: 'build_type', options: [options[0]] }, { id: 'name', options: [] }];
    const second = [{ id: 'build_type', options }, { id: 'name', options: [options[2]] }];
    const found = optionsById(first, undefined, second);
    expect(found.build_type).toEqual([options[0]]);
    expect(found.name).toEqual([options[2]]);
    expect(optionsById(null)).toEqual({});
  });
});
