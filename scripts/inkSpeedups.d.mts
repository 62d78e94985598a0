import type { Plugin } from 'esbuild';

/** `source` (Ink's build/`file`) with the speed-ups applied; throws when one no longer applies. */
export function speedUpInkSource(file: string, source: string): string;
/** The esbuild plugin applying speedUpInkSource to Ink's files. */
export const inkSpeedups: Plugin;
