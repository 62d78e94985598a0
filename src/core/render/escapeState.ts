// What is "open" at a point of a rendered line: SGR attributes, an OSC 8 hyperlink, link
// markers. Lines are drawn independently (the pager scrolls, Ink re-lays them out), so every
// line closes what is open at its end and re-opens it at the start of the next.
import { HYPERLINK_CLOSE, hyperlinkOpen, LINK_END_MARKER, linkStartMarker, SGR_RESET, type Piece } from './ansi.js';

// Which open codes each close code ends (the codes styles.ts uses).
const CLOSES: Record<number, (open: number) => boolean> = {
  22: (open) => open === 1 || open === 2,
  23: (open) => open === 3,
  24: (open) => open === 4,
  27: (open) => open === 7,
  29: (open) => open === 9,
  39: (open) => (open >= 30 && open <= 38) || (open >= 90 && open <= 97),
  49: (open) => (open >= 40 && open <= 48) || (open >= 100 && open <= 107),
};

export class EscapeState {
  private sgr: { raw: string; code: number }[] = [];
  private hyperlink: string | null = null;
  private links: number[] = [];

  apply(piece: Piece): void {
    switch (piece.type) {
      case 'sgr':
        this.applySgr(piece.raw, piece.params[0] ?? 0);
        break;
      case 'hyperlink':
        this.hyperlink = piece.url === '' ? null : piece.url;
        break;
      case 'linkStart':
        this.links.push(piece.id);
        break;
      case 'linkEnd':
        this.links.pop();
        break;
      default:
        break;
    }
  }

  private applySgr(raw: string, code: number): void {
    if (code === 0) {
      this.sgr = [];
      return;
    }
    const closes = CLOSES[code];
    if (closes) this.sgr = this.sgr.filter((open) => !closes(open.code));
    else this.sgr.push({ raw, code });
  }

  /** Escapes that end everything open (written at the end of a line). */
  closers(): string {
    return LINK_END_MARKER.repeat(this.links.length) + (this.hyperlink ? HYPERLINK_CLOSE : '') + (this.sgr.length ? SGR_RESET : '');
  }

  /** Escapes that restore the open state (written at the start of the next line). */
  openers(): string {
    return (
      this.sgr.map((open) => open.raw).join('') + (this.hyperlink ? hyperlinkOpen(this.hyperlink) : '') + this.links.map(linkStartMarker).join('')
    );
  }
}
