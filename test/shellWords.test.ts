import { describe, expect, it } from 'vitest';
import { editorCommand } from '../src/core/open/editorLaunch.js';
import { splitShellWords } from '../src/core/open/shellWords.js';

const words = (text: string) => {
  const split = splitShellWords(text);
  if (!split.ok) throw new Error(split.error);
  return split.words;
};

describe('splitShellWords (editor variables split as a shell splits words)', () => {
  it('splits on blanks, keeping quoted and escaped blanks inside a word', () => {
    expect(words('vim')).toEqual(['vim']);
    expect(words('  code   --wait ')).toEqual(['code', '--wait']);
    expect(words("'/opt/My Editor/bin/ed' -f")).toEqual(['/opt/My Editor/bin/ed', '-f']);
    expect(words('"/opt/My Editor/bin/ed" -f')).toEqual(['/opt/My Editor/bin/ed', '-f']);
    expect(words('/opt/My\\ Editor/ed')).toEqual(['/opt/My Editor/ed']);
    expect(words('emacs -nw --eval "(setq x \\"y\\")"')).toEqual(['emacs', '-nw', '--eval', '(setq x "y")']);
  });

  it('single quotes keep backslashes and dollars literally; double quotes keep a backslash before other characters', () => {
    expect(words("'a\\b $HOME'")).toEqual(['a\\b $HOME']);
    expect(words('"a\\b \\$HOME"')).toEqual(['a\\b $HOME']);
    expect(words('a"b c"\'d\'')).toEqual(['ab cd']);
    expect(words("ed ''")).toEqual(['ed', '']);
  });

  it('refuses unclosed quotes and a trailing backslash', () => {
    expect(splitShellWords("'vim")).toEqual({ ok: false, error: 'a single quote is not closed' });
    expect(splitShellWords('"vim')).toEqual({ ok: false, error: 'a double quote is not closed' });
    expect(splitShellWords('vim\\')).toEqual({ ok: false, error: 'ends with a backslash' });
  });
});

describe('editorCommand', () => {
  it('prefers $VISUAL, then $EDITOR, then vi, and appends the file as one argument', () => {
    expect(editorCommand({ VISUAL: 'code --wait', EDITOR: 'nano' }, '/b/my post.md')).toEqual({
      ok: true,
      editor: { command: 'code', args: ['--wait', '/b/my post.md'] },
    });
    expect(editorCommand({ VISUAL: ' ', EDITOR: 'nano -R' }, '/f.md')).toEqual({ ok: true, editor: { command: 'nano', args: ['-R', '/f.md'] } });
    expect(editorCommand({}, '/f.md')).toEqual({ ok: true, editor: { command: 'vi', args: ['/f.md'] } });
  });

  it('no shell: metacharacters are plain arguments, not commands', () => {
    expect(editorCommand({ EDITOR: 'vi; rm -rf ~' }, '/f.md')).toEqual({ ok: true, editor: { command: 'vi;', args: ['rm', '-rf', '~', '/f.md'] } });
  });

  it('says why a variable cannot be used', () => {
    expect(editorCommand({ EDITOR: "'vi" }, '/f.md')).toEqual({ ok: false, error: '$EDITOR cannot be read: a single quote is not closed' });
    expect(editorCommand({ VISUAL: "''" }, '/f.md')).toEqual({ ok: false, error: '$VISUAL names no command' });
  });
});
