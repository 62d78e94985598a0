// The build-time edits of Ink's frame drawing (scripts/inkSpeedups.mjs) must not change a byte
// of what Ink draws: the same frames are drawn by Ink as published and by Ink as edited, each
// bundled by esbuild as the shipped reader is, twice in a row (the second frame uses what the
// edited Ink kept from the first).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import xterm from '@xterm/headless';
import { afterAll, describe, expect, it } from 'vitest';
import { inkSpeedups, speedUpInkSource } from '../scripts/inkSpeedups.mjs';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'blog-tui-ink-speedups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Frames that go through each edited path: clipping (a row wider than its overflow-hidden box,
// one that fits), wide characters and emoji, colours, text wrapped and truncated, and one frame
// changed from the one before.
const ENTRY = `
import React from 'react';
import { Box, Text, renderToString } from 'ink';
const h = React.createElement;
const row = (text, color) => h(Text, { wrap: 'truncate', color }, text);
const frame = (query) =>
  h(Box, { flexDirection: 'column', width: 40 },
    h(Text, { bold: true }, 'blog · 12 of 1000 posts  3 unread'),
    h(Text, {}, '/' + query + '█'),
    h(Box, { flexDirection: 'row', height: 4 },
      h(Box, { flexDirection: 'column', width: 24, height: 4, overflow: 'hidden' },
        row('> 2024-01-02  A title far wider than the box it sits in', 'green'),
        row('  2024-01-01  漢字のタイトルと絵文字 🎉 混在', undefined),
        row(h(Text, {}, 'fits ', h(Text, { color: 'yellow', inverse: true }, 'match'), ' end'), undefined),
        h(Text, { wrap: 'none' }, 'no wrap, wider than twenty-four columns')),
      h(Box, { width: 16 }, h(Text, { dimColor: true }, 'A summary that wraps onto several lines here'))),
    h(Text, { wrap: 'wrap' }, 'é'.repeat(30) + ' ' + '\\u001b[31mred\\u001b[39m tail'));
export const frames = () => ['pi', 'pi', 'pip', '漢'].map((query) => renderToString(frame(query), { columns: 40 }));
`;

interface LogUpdate {
  create(stream: { write(text: string): boolean; isTTY: boolean }, options: { incremental: boolean }): (output: string) => void;
}

const LOG_UPDATE_ENTRY = `export { default } from './node_modules/ink/build/log-update.js';`;

/** Each frame drawn in turn by Ink's log-update into a terminal of 7 rows: the screen after it and the bytes written for it. */
async function drawnScreens(logUpdate: LogUpdate, incremental: boolean, frames: string[]): Promise<{ screen: string[]; bytes: string }[]> {
  // As through a pseudo-terminal, whose line discipline turns \n into \r\n.
  const terminal = new xterm.Terminal({ cols: 30, rows: 7, allowProposedApi: true, convertEol: true });
  let bytes = '';
  const log = logUpdate.create(
    {
      write: (text) => {
        bytes += text;
        terminal.write(text);
        return true;
      },
      isTTY: true,
    },
    { incremental },
  );
  const drawn = [];
  for (const frame of frames) {
    bytes = '';
    log(frame);
    await new Promise<void>((resolve) => terminal.write('', resolve));
    const buffer = terminal.buffer.active;
    drawn.push({ screen: Array.from({ length: terminal.rows }, (_, row) => buffer.getLine(row)?.translateToString(true) ?? ''), bytes });
  }
  terminal.dispose();
  return drawn;
}

async function bundle<T>(name: string, plugins: Plugin[], entry = ENTRY): Promise<T> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
    banner: { js: "import{createRequire as __inkTestRequire}from'node:module';const require=__inkTestRequire(import.meta.url);" },
    plugins,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as T;
}

function bundled(name: string): string {
  return readFileSync(join(dir, `${name}.mjs`), 'utf8');
}

describe('Ink speed-ups', () => {
  it('draw every frame exactly as Ink does, colours included, frame after frame', async () => {
    process.env.FORCE_COLOR = '3';
    const { frames: published } = await bundle<{ frames: () => string[] }>('published', []);
    const { frames: edited } = await bundle<{ frames: () => string[] }>('edited', [inkSpeedups]);
    expect(bundled('edited')).toContain('sharedOutputCaches()');
    expect(bundled('edited')).toContain('keptWidestLine(text)');
    const expected = published();
    expect(expected.join('\n')).toContain('\u001b[');
    expect(edited()).toEqual(expected);
    expect(edited()).toEqual(expected);
  }, 60_000);

  it('incremental rendering writes only the changed lines, from the first row of the frame, and the screen shows the frame', async () => {
    const { default: logUpdate } = await bundle<{ default: LogUpdate }>('log-update', [inkSpeedups], LOG_UPDATE_ENTRY);
    const frames = [
      ['blog            3 of 3', '> first', '  second', '  third', 'Enter open'],
      ['blog            2 of 3', '/se█', '> second', '  third', 'Esc clear'],
      ['blog            2 of 3', '/se█', '  second', '> third', 'Esc clear'],
      ['blog            0 of 3', '/sex█', 'no posts match', '', 'Esc clear'],
      ['blog            3 of 3', '> first', '  second', '  third', 'Enter open'],
    ].map((lines) => `${lines.join('\n')}\n`);
    const standard = await drawnScreens(logUpdate, false, frames);
    const incremental = await drawnScreens(logUpdate, true, frames);
    expect(incremental.map(({ screen }) => screen)).toEqual(standard.map(({ screen }) => screen));
    expect(standard[2]?.screen).toEqual(['blog            2 of 3', '/se█', '  second', '> third', 'Esc clear', '', '']);
    // From the row below the frame: up five rows, past the two unchanged ones, the two that changed.
    expect(incremental[2]?.bytes).toBe('\u001b[5A\u001b[E\u001b[E\u001b[1G  second\u001b[K\n\u001b[1G> third\u001b[K\n\u001b[E');
  }, 60_000);

  it('stops the build when Ink no longer has the text an edit replaces', () => {
    expect(() => speedUpInkSource('output.js', 'export default class Output {}')).toThrow(/scripts\/inkSpeedups\.mjs/);
  });
});
