import { describe, expect, it } from 'vitest';
import { format, isMessageKey, pick } from './format';
import { zh } from './zh';
import { en } from './en';

describe('messages', () => {
  it('fills parameters in either language', () => {
    expect(format('zh-CN', 'form.tooLong', { max: 50 })).toBe('最多 50 个字');
    expect(format('en', 'form.tooLong', { max: 50 })).toBe('at most 50 characters');
  });
  it('has an English message for every Chinese one, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.values(en).filter((m) => m.trim() === '')).toEqual([]);
  });
  it('picks the English label only in English and only when there is one', () => {
    expect(pick('en', '农民建房', 'Rural housing')).toBe('Rural housing');
    expect(pick('en', '农民建房', null)).toBe('农民建房');
    expect(pick('zh-CN', '农民建房', 'Rural housing')).toBe('农民建房');
  });
  it('knows which run-time keys are messages', () => {
    expect(isMessageKey('status.Running')).toBe(true);
    expect(isMessageKey('status.Nowhere')).toBe(false);
  });
});
