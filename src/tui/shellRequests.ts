// Performs what the reducer asked for (open a URL, copy one) and returns the footer message.
import { clipboardCopy } from '../core/open/clipboard.js';
import { openContentFile } from '../platform/openFile.js';
import { openUrl } from '../platform/openUrl.js';
import type { Command } from './commands.js';

export type PerformRequest = (request: Extract<Command, { kind: 'openUrl' | 'openFile' | 'copy' }>) => Promise<string>;

/** `contentDir`: the blog's folder, the only place local files (images) are opened from. */
export function requestPerformer(stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv, contentDir?: string): PerformRequest {
  return async (request) => {
    if (request.kind === 'openUrl') return (await openUrl(request.url, { env })).message;
    if (request.kind === 'openFile')
      return contentDir ? (await openContentFile(contentDir, request.path, { env })).message : 'no content folder to open files from';
    const copy = clipboardCopy(request.url);
    if (copy.ok) stdout.write(copy.sequence);
    return copy.message;
  };
}
