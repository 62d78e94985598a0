// Help, warnings, the tag picker and the outline (the Links overlay has its own layout): each is a titled,
// scrollable list of lines that takes the whole screen (usable down to 40x12), with the
// overlay's key hints at the bottom.
import { Box } from 'ink';
import { sanitizeLine } from '../../core/sanitize.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { helpLines } from '../help.js';
import { currentMode } from '../keymap.js';
import { drawnRows, bodyHeight } from '../layout.js';
import { shownOutline } from './overlayState.js';
import type { AppState, Overlay } from '../state.js';
import { Footer } from '../views/Footer.js';
import { Line } from '../views/Line.js';
import type { Theme } from '../views/theme.js';

interface OverlayLine {
  text: string;
  style?: 'heading' | 'cursor';
}

interface OverlayContent {
  title: string;
  lines: OverlayLine[];
  /** First line shown. */
  offset: number;
}

type ListedOverlay = Exclude<Overlay, { kind: 'links' }>;

function overlayContent(state: AppState, overlay: ListedOverlay): OverlayContent {
  switch (overlay.kind) {
    case 'help':
      return {
        title: 'Keys',
        lines: helpLines().map((line) => ({ text: line.text, style: line.heading ? 'heading' : undefined })),
        offset: overlay.scroll,
      };
    case 'warnings':
      return {
        title: `Warnings (${state.warnings.length})`,
        lines: state.warnings.length
          ? state.warnings.map((warning) => ({ text: sanitizeLine(`${warning.path}: ${warning.reason}`) }))
          : [{ text: 'No warnings: every file was read.' }],
        offset: overlay.scroll,
      };
    case 'tags':
      return {
        title: 'Tags (Space toggles, Enter applies)',
        lines: overlay.choices.length
          ? overlay.choices.map((choice, index) => ({
              text: `${index === overlay.cursor ? '>' : ' '} [${overlay.picked.includes(choice.tag) ? 'x' : ' '}] ${sanitizeLine(`#${choice.tag}`)} (${choice.count})`,
              style: index === overlay.cursor ? 'cursor' : undefined,
            }))
          : [{ text: 'No tags in these posts.' }],
        offset: overlay.offset,
      };
    case 'outline':
      return outlineContent(state, overlay);
  }
}

/** The headings indented by level; `•` marks the section being read; the filter typed so far in the title. */
function outlineContent(state: AppState, overlay: Extract<Overlay, { kind: 'outline' }>): OverlayContent {
  const entries = shownOutline(state, overlay.query);
  const filter = overlay.query === '' ? ' (type to filter)' : `: ${sanitizeLine(overlay.query)}▏`;
  const empty = overlay.query === '' ? 'This post has no headings.' : 'No heading matches.';
  return {
    title: `Outline${filter}`,
    lines: entries.length
      ? entries.map((entry, index) => ({
          text: `${entry.current ? '•' : ' '} ${'  '.repeat(entry.depth)}${sanitizeLine(entry.heading.text)}`,
          style: index === overlay.cursor ? 'cursor' : undefined,
        }))
      : [{ text: empty }],
    offset: overlay.offset,
  };
}

export function OverlayScreen({ state, overlay, theme }: { state: AppState; overlay: ListedOverlay; theme: Theme }) {
  const { columns } = state.size;
  const height = bodyHeight(state.size);
  const content = overlayContent(state, overlay);
  const visible = content.lines.slice(content.offset, content.offset + height);
  const more = content.lines.length > height ? ` ${content.offset + 1}-${content.offset + visible.length} of ${content.lines.length}` : '';
  return (
    <Box flexDirection="column" width={columns} height={drawnRows(state.size)}>
      <Line text={truncateToWidth(`${content.title}${more}`, columns)} style={theme.header} />
      <Box flexDirection="column" height={height}>
        {visible.map((line, index) => (
          <Line
            key={index}
            text={truncateToWidth(line.text, columns)}
            style={line.style === 'heading' ? { bold: true } : line.style === 'cursor' ? theme.selected : {}}
          />
        ))}
      </Box>
      <Footer mode={currentMode(state)} width={columns} theme={theme} />
    </Box>
  );
}
