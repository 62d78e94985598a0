// `blog-tui read` highlights code with the grammars its post names, loaded as the post is read
// (the built program ships each highlight.js language as a file of its own). The output is the
// same as when every grammar was registered at start: the golden file was printed by that
// earlier build, colours included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { ESC, runCli } from './cli-run.js';

const DIR = fileURLToPath(new URL('./fixtures/code-languages/', import.meta.url));
const GOLDEN = join(DIR, 'golden', 'many-languages.80.colour.txt');

describe('blog-tui read, code in many languages (colour)', () => {
  const run = runCli(['read', 'many-languages', DIR, '--width', '80'], { FORCE_COLOR: '1' });

  it('highlights python, html (with its style and script), the py, sh and console aliases, a shortcode and an HTML block as before', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('colours keywords of each language, CSS and JavaScript inside the HTML included', () => {
    const lines = run.stdout.split('\n');
    const line = (text: string): string => lines.find((candidate) => stripAnsi(candidate).includes(text)) ?? '';
    expect(line('Flask, jsonify')).toContain(`${ESC}[35mfrom${ESC}[39m`);
    expect(line('font: 16px')).toContain(`${ESC}[33mfont${ESC}[39m`);
    expect(line('await fetch')).toContain(`${ESC}[35mconst${ESC}[39m`);
    expect(line('import requests')).toContain(`${ESC}[35mimport${ESC}[39m`);
    expect(line('set -eu')).toContain(`${ESC}[36mset${ESC}[39m`);
    expect(line('func main()')).toContain(`${ESC}[35mfunc${ESC}[39m`);
    expect(line('puts')).toContain(`${ESC}[35mif${ESC}[39m`);
  });

  it('leaves a block in a language without a grammar as written', () => {
    const block = run.stdout.split('\n').find((line) => line.includes('let x := 42'));
    expect(block).toBe('    let x := 42 in print(x) -- not highlighted');
  });
});
