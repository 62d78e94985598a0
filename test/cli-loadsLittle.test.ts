// The print commands start fast because they load only what they use (the built program is split
// into files under dist/; a load hook records which of them each command evaluates): the reader's
// libraries (Ink, React, yoga) are never among them, nor the renderer's (marked, highlight.js)
// for anything but `read`, which loads only the highlight.js grammars its post's code names. And where Node has a compile cache, the program uses one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_FIXTURES, REPO_ROOT } from './cli-run.js';

const CLI_BLOG = join(CLI_FIXTURES, 'blog');
const scratch = mkdtempSync(join(tmpdir(), 'blog-tui-loads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Text that survives minification, each found only in the library it names.
const LIBRARIES = {
  'React (with Ink and yoga)': 'react.transitional.element',
  marked: 'marked(): input parameter is undefined or null',
  'highlight.js': 'highlightAuto',
  // Grammars, each in a file of its own: one the posts read here name, one none of them does.
  'the Python grammar': 'name:"Python"',
  'the Brainfuck grammar': 'name:"Brainfuck"',
  // The fuzzy search, for --search and --tag only.
  'fuse.js': 'Invalid value for key',
};

/** The files under dist/ that `blog-tui args` evaluates, recorded by a module load hook. */
function distFilesLoaded(args: string[]): string[] {
  const log = join(scratch, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const hooks = join(scratch, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  const register = join(scratch, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, 'bin/blog-tui.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, BLOG_TUI_NO_CACHE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const dist = pathToFileURL(join(REPO_ROOT, 'dist')).href + '/';
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(dist))
    .map((url) => fileURLToPath(url));
}

function librariesIn(files: string[]): string[] {
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  return Object.entries(LIBRARIES)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);
}

describe('what each command loads', () => {
  it.each([[['--version']], [['--help']], [['list']], [['tags']], [['list', '--json']]])('blog-tui %j loads no reader and no renderer', (args) => {
    const files = distFilesLoaded(args);
    expect(files.length).toBeGreaterThan(0);
    expect(librariesIn(files)).toEqual([]);
  });

  it('blog-tui read loads the renderer and the grammars its post names, not the reader', () => {
    expect(librariesIn(distFilesLoaded(['read', 'building-scalable-ml-pipelines']))).toEqual(['marked', 'highlight.js', 'the Python grammar']);
  });

  it('blog-tui list loads the search only when a filter asks for it', () => {
    expect(librariesIn(distFilesLoaded(['list', '--search', 'pipelines']))).toEqual(['fuse.js']);
    expect(librariesIn(distFilesLoaded(['list', '--tag', 'python']))).toEqual(['fuse.js']);
  });

  it('blog-tui read of a post without code loads no grammar', () => {
    expect(librariesIn(distFilesLoaded(['read', 'older', CLI_BLOG]))).toEqual(['marked', 'highlight.js']);
  });
});

describe('the compile cache', () => {
  // Node >= 22.1 has module.enableCompileCache; Node 20 has not, and starts without one.
  const nodeHasOne = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it(`is ${nodeHasOne ? 'kept under the XDG cache folder' : 'skipped without error on this Node'}`, () => {
    const cacheHome = join(scratch, 'xdg');
    const result = spawnSync(process.execPath, ['bin/blog-tui.js', '--version'], {
      cwd: REPO_ROOT,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(existsSync(join(cacheHome, 'blog-tui', 'compile'))).toBe(nodeHasOne);
  });

  it('is not written with BLOG_TUI_NO_CACHE=1', () => {
    const cacheHome = join(scratch, 'xdg-off');
    const result = spawnSync(process.execPath, ['bin/blog-tui.js', '--version'], {
      cwd: REPO_ROOT,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, BLOG_TUI_NO_CACHE: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(existsSync(cacheHome)).toBe(false);
  });
});
