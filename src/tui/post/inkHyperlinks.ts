// Hyperlinks (OSC 8) as the Post screen hands them to Ink. Ink re-tokenizes every drawn line,
// grapheme by grapheme, on every frame, so the bytes of each URL cost time on every key: on a
// screen full of links, 9 KB of line text instead of 3 KB, and 25 ms per frame instead of 9.
// - Only the focused link keeps its hyperlink (decision: it is the link the reader acts on, with
//   Enter, `y` or a click; the others are reached with Tab, as in lynx; glow and less emit none).
// - It ends with BEL, not ST (ESC \) as the renderer writes it: Ink's tokenizer
//   (@alcalzone/ansi-tokenize) only recognizes BEL-ended OSC 8 and otherwise draws each byte of
//   the URL as a cell of its own. Both endings are standard; terminals with hyperlinks accept BEL.
const HYPERLINK = /\u001b\]8;[^;\u0007\u001b]*;([^\u0007\u001b]*)\u001b\\/g;

/** `line` with only the hyperlinks to `keptUrl` (none when undefined), BEL-ended. */
export function hyperlinksForInk(line: string, keptUrl: string | undefined): string {
  if (!line.includes('\u001b]8;')) return line;
  // A hyperlink closes with an empty URL: it is kept when the link it closes was.
  let insideKept = false;
  return line.replace(HYPERLINK, (_sequence, url: string) => {
    const opening = url !== '';
    const kept = opening ? url === keptUrl : insideKept;
    insideKept = opening && kept;
    return kept ? `\u001b]8;;${url}\u0007` : '';
  });
}
