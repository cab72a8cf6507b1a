import { describe, expect, it } from 'vitest';
import { parseProblem, problemText } from './problem';

describe('parseProblem', () => {
  it('reads a validation problem with its field errors', () => {
    const p = parseProblem(400, 'Bad Request', {
      title: 'One or more validation errors occurred.', status: 400, detail: 'phone: 联系电话…',
      errors: { phone: ['联系电话: 电话号码格式不正确'], id_number: ['身份证号校验位不正确'] },
    });
    expect(p.status).toBe(400);
    expect(p.errors).toEqual({ phone: ['联系电话: 电话号码格式不正确'], id_number: ['身份证号校验位不正确'] });
    expect(problemText(p)).toBe('phone: 联系电话…');
  });
  it('turns the field a rejection names into a field error', () => {
    const p = parseProblem(422, '', { title: 'Rejected', detail: 'no such unit', code: 'UnknownUnit', field: 'toUnit' });
    expect(p.code).toBe('UnknownUnit');
    expect(p.errors).toEqual({ toUnit: ['no such unit'] });
  });
  it('answers a bare problem for bodies that are not problems', () => {
    expect(parseProblem(502, 'Bad Gateway', '<html>')).toEqual({ status: 502, title: 'Bad Gateway', errors: {} });
    expect(problemText(parseProblem(500, '', null))).toBe('HTTP 500');
  });
});
