// One screen row, already cut to width by the caller; never wraps.
import { Text, type TextProps } from 'ink';

export function Line({ text, style }: { text: string; style?: TextProps }) {
  // An empty Text has no height in Ink; a space keeps the row.
  return (
    <Text wrap="truncate" {...style}>
      {text === '' ? ' ' : text}
    </Text>
  );
}
