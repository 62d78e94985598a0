// Draws whichever overlay is open, over the whole screen: the Links overlay has its own layout
// (numbered links with their URLs); help, warnings and the tag picker share OverlayScreen.
import type { AppState, Overlay } from '../state.js';
import { bodyHeight } from '../layout.js';
import type { Theme } from '../views/theme.js';
import { LinksOverlay } from './LinksOverlay.js';
import { OverlayScreen } from './OverlayScreen.js';

export function OverlayView({ state, overlay, theme, color }: { state: AppState; overlay: Overlay; theme: Theme; color: boolean }) {
  if (overlay.kind !== 'links') return <OverlayScreen state={state} overlay={overlay} theme={theme} />;
  return (
    <LinksOverlay
      links={state.post?.rendered?.links ?? []}
      cursor={overlay.cursor}
      offset={overlay.offset}
      height={bodyHeight(state.size)}
      width={state.size.columns}
      typed={overlay.typed}
      color={color}
    />
  );
}
