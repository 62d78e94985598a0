// What `npm publish` would ship: packed from a clean copy of the sources (so `prepare` builds the
// bundle there, as on a fresh checkout), then run with npx from an empty folder, offline.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { REPO_ROOT } from './cli-run.js';

const SOURCES = ['package.json', 'tsconfig.json', 'README.md', 'LICENSE', 'bin', 'content', 'scripts', 'src'];

const scratch = mkdtempSync(join(tmpdir(), 'blog-tui-pack-'));
let tarball = '';
let packedFiles: string[] = [];

beforeAll(() => {
  // Packing in the working tree would rebuild dist/blog-tui.js under the tests that are running it.
  const checkout = join(scratch, 'checkout');
  for (const source of SOURCES) cpSync(join(REPO_ROOT, source), join(checkout, source), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: checkout, encoding: 'utf8' });
  // `prepare` (the build) logs to stdout before npm's JSON.
  const [packed] = JSON.parse(output.slice(output.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, packed!.filename);
  packedFiles = packed!.files.map((file) => file.path);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the launcher, the bundle and its licences, the blog, README and LICENSE', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'bin/blog-tui.js',
        'dist/blog-tui.js',
        'dist/THIRD_PARTY_LICENSES.txt',
        'content/posts/building-scalable-ml-pipelines.md',
        'README.md',
        'LICENSE',
        'package.json',
      ]),
    );
    // Nothing else: sources, tests and scripts stay out of the tarball.
    expect(packedFiles.filter((path) => !/^(bin|dist|content)\//.test(path)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
  });

  it('declares no runtime dependencies: everything is inside the bundle', () => {
    const packedManifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(packedManifest.dependencies).toBeUndefined();
    expect(packedManifest.bin).toEqual({ 'blog-tui': 'bin/blog-tui.js' });
  });

  it('runs with npx from an empty folder, offline', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    // Relative on purpose: npx runs an absolute path as a program instead of installing it.
    const version = execFileSync('npx', ['--yes', relative(empty, tarball), '--version'], {
      cwd: empty,
      encoding: 'utf8',
      // A private cache proves nothing came from earlier installs; offline proves nothing is fetched.
      env: { ...process.env, npm_config_cache: join(scratch, 'npm-cache'), npm_config_offline: 'true' },
    });
    expect(version).toBe(`${pkg.version}\n`);
  }, 60_000);
});
