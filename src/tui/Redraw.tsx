// Draws the whole frame again on request: after another program (an editor) used the terminal,
// the screen is blank but Ink believes its last frame is still there and writes only changes.
// One empty frame (its children stay mounted, hidden), then the real one: Ink sees a change.
import { Box } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';

export function Redraw({ children, register }: { children: ReactNode; register: (redraw: () => void) => void }) {
  const [blank, setBlank] = useState(false);
  useEffect(() => register(() => setBlank(true)), [register]);
  useEffect(() => {
    if (blank) setBlank(false);
  }, [blank]);
  return <Box display={blank ? 'none' : 'flex'}>{children}</Box>;
}
