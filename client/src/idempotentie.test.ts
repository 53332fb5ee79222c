import { describe, expect, it } from 'vitest';
import { nieuweIdempotencyKey } from './idempotentie';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('nieuweIdempotencyKey', () => {
  it('is a random UUID, different every time', () => {
    const eerste = nieuweIdempotencyKey();
    expect(eerste).toMatch(UUID_V4);
    expect(nieuweIdempotencyKey()).not.toBe(eerste);
  });

  it('makes a version 4 UUID itself where randomUUID is missing (no secure context)', () => {
    const bron = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => (array instanceof Uint8Array && array.fill(255), array) };
    expect(nieuweIdempotencyKey(bron)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
