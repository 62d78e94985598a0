import { describe, expect, it } from 'vitest';
import { withoutFetch } from '../src/cli/withoutFetch.js';

describe('withoutFetch', () => {
  it('hides fetch while the import runs and puts back the very same property afterwards', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    const seen = await withoutFetch(async () => typeof globalThis.fetch);
    expect(seen).toBe('undefined');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
  });

  it('puts fetch back when the import fails', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    await expect(withoutFetch(() => Promise.reject(new Error('missing chunk')))).rejects.toThrow('missing chunk');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
  });
});
