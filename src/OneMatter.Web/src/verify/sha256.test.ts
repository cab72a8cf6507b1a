import { describe, expect, it } from 'vitest';
import { normalizeHash, sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('hashes bytes like the server stores them', async () => {
    const bytes = new TextEncoder().encode('<p>受理回执</p>');
    // Same value as: printf '<p>受理回执</p>' | sha256sum
    expect(await sha256Hex(bytes.buffer as ArrayBuffer)).toBe('516472444fe3f7051d6cbecc92b94f7468ae2a4456ba5d6818e5537de0ea624a');
  });

  it('gives the well-known hash of the empty input', async () => {
    expect(await sha256Hex(new ArrayBuffer(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('normalizeHash', () => {
  it('accepts 64 hex digits in any case and spacing', () => {
    expect(normalizeHash('  E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 ')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('refuses anything else', () => {
    expect(normalizeHash('')).toBeUndefined();
    expect(normalizeHash('abc')).toBeUndefined();
    expect(normalizeHash('g'.repeat(64))).toBeUndefined();
  });
});
