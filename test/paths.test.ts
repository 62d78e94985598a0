import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDir } from '../src/core/paths.js';

describe('our own folders, after the XDG convention', () => {
  it('uses an absolute XDG variable and ignores a relative one, as the convention says', () => {
    expect(appDir('XDG_CACHE_HOME', { XDG_CACHE_HOME: '/var/cache-here' })).toBe('/var/cache-here/blog-tui');
    expect(appDir('XDG_CACHE_HOME', { XDG_CACHE_HOME: 'relative/cache' })).toBe(join(homedir(), '.cache', 'blog-tui'));
    expect(appDir('XDG_STATE_HOME', {})).toBe(join(homedir(), '.local', 'state', 'blog-tui'));
    expect(appDir('XDG_STATE_HOME', { XDG_STATE_HOME: '/state' })).toBe('/state/blog-tui');
  });
});
