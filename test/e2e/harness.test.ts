// Proves the harness sees what a terminal user would: text, cell colours, and side effects.
import { afterEach, describe, expect, it } from 'vitest';
import { killAllPtyApps, startInPty } from './harness.js';

afterEach(killAllPtyApps);

/** Runs a small Node script in the pty. */
function runScript(source: string, options?: { cols?: number; rows?: number }) {
  return startInPty(process.execPath, ['-e', source], options);
}

describe('pty harness', () => {
  it('reads text, positions and cell attributes', async () => {
    const app = await runScript(
      String.raw`process.stdout.write('plain \x1b[1;31mred bold\x1b[0m 漢字 \x1b[38;2;1;2;3mrgb\x1b[0m \x1b[7minv\x1b[0m\n')`,
    );
    await app.exited;
    expect(app.lines()[0]).toBe('plain red bold 漢字 rgb inv');
    expect(app.find('red')).toEqual({ row: 0, col: 6 });
    // The wide characters take two columns each, so "rgb" starts at column 15 + 5.
    expect(app.find(/rgb/)).toEqual({ row: 0, col: 20 });
    expect(app.cell(0, 6)).toMatchObject({ char: 'r', bold: true, fg: { mode: 'palette', value: 1 } });
    expect(app.cell(0, 0)).toMatchObject({ bold: false, fg: { mode: 'default' } });
    expect(app.cell(0, 15)).toMatchObject({ char: '漢', width: 2 });
    expect(app.cell(0, 20).fg).toEqual({ mode: 'rgb', value: 0x010203 });
    expect(app.cell(0, 24).inverse).toBe(true);
    expect(app.find('absent')).toBeNull();
  });

  it('records title changes, OSC 52, hyperlinks and clears after the first frame, but not before', async () => {
    const app = await runScript(
      String.raw`process.stdout.write('\x1b[2J\x1b]0;first\x07\x1b]2;second\x1b\\shown\x1b]52;c;SGVsbG8=\x07' +
        '\x1b]8;;https://example.com/\x1b\\link\x1b]8;;\x1b\\\x1b[2J\x1bc\x1b[?25l')`,
    );
    await app.exited;
    expect(app.events.titles).toEqual(['first', 'second']);
    expect(app.events.osc52).toEqual(['c;SGVsbG8=']);
    expect(app.events.hyperlinks).toEqual(['https://example.com/']);
    // The first ED 2 hit a blank screen; after "shown" appeared, ED 2 counts, and RIS then hits a cleared screen.
    expect(app.events.clears).toEqual(['ED2']);
    expect(app.cursorVisible()).toBe(false);
  });

  it('counts a reset (RIS) of a screen that shows something', async () => {
    const app = await runScript(String.raw`process.stdout.write('frame\x1b[?25l\x1bc')`);
    await app.exited;
    expect(app.events.clears).toEqual(['RIS']);
    expect(app.cursorVisible()).toBe(true);
  });

  it('presses keys, waits for text, tracks the alternate screen and resizes', async () => {
    const app = await runScript(
      `process.stdout.write('\\x1b[?1049hready');
       process.stdin.setRawMode(true);
       process.stdin.on('data', (key) => {
         if (String(key) === 'q') { process.stdout.write('\\x1b[?1049l'); process.exit(3); }
         process.stdout.write('\\r\\x1b[2Kgot ' + JSON.stringify(String(key)));
       });
       process.stdout.on('resize', () => process.stdout.write('\\r\\x1b[2Ksize ' + process.stdout.columns + 'x' + process.stdout.rows));`,
      { cols: 60, rows: 10 },
    );
    await app.waitForText('ready');
    expect(app.altScreen()).toBe(true);
    expect(await app.press('\x1b[B')).toBe(true);
    expect(app.lines()[0]).toBe('got "\\u001b[B"');
    await app.waitForNoText('ready', 100);
    expect(await app.resize(70, 12)).toBe(true);
    expect(app.lines()).toHaveLength(12);
    expect(app.text()).toContain('size 70x12');
    await expect(app.waitForText('never shown', 200)).rejects.toThrow(/Never saw never shown.*Screen:\nsize 70x12/s);
    await app.press('q');
    expect(await app.exited).toMatchObject({ exitCode: 3 });
    expect(app.altScreen()).toBe(false);
  });

  it('reports a press that changes nothing, and fails fast once the program has exited', async () => {
    const app = await runScript(`process.stdin.setRawMode(true); process.stdout.write('still'); setTimeout(() => process.exit(0), 1500)`);
    const started = Date.now();
    expect(await app.press('x')).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await app.exited;
    await expect(app.waitForText('never', 5000)).rejects.toThrow(/the program exited/);
  });

  it('never looks at a frame half written: a wait sees the whole frame or the one before', async () => {
    // One frame in two writes 300 ms apart, as a large frame arrives in several pty reads: the
    // new body first, then the new footer. The old footer must not be seen with the new body.
    const app = await runScript(
      String.raw`process.stdout.write('\x1b[?2026hold body\r\nold footer\x1b[?2026l');
       setTimeout(() => process.stdout.write('\x1b[?2026h\x1b[H\x1b[2Knew body\r\n'), 300);
       setTimeout(() => process.stdout.write('\x1b[2Knew footer\x1b[?2026l'), 600);
       setInterval(() => {}, 1000);`,
    );
    await app.waitForText('new body');
    expect(app.lines().slice(0, 2)).toEqual(['new body', 'new footer']);
  });

  it('kills a running program', async () => {
    const app = await runScript(`process.stdout.write('running'); setInterval(() => {}, 1000)`);
    app.kill();
    const { exitCode, signal } = await app.exited;
    expect(exitCode !== 0 || signal !== 0).toBe(true);
  });
});
