import { Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS, type Size } from '../layout.js';

export function TooSmall({ size }: { size: Size }) {
  return (
    <Text>
      terminal too small (need {MIN_COLUMNS}x{MIN_ROWS}, have {size.columns}x{size.rows}); q quits
    </Text>
  );
}
