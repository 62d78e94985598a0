// Performs what the reducer asked for (open a URL, copy one) and returns the footer message.
import { clipboardCopy } from '../core/open/clipboard.js';
import { openUrl } from '../platform/openUrl.js';
import type { Command } from './commands.js';

export type PerformRequest = (request: Extract<Command, { kind: 'openUrl' | 'copy' }>) => Promise<string>;

export function requestPerformer(stdout: NodeJS.WriteStream, env: NodeJS.ProcessEnv): PerformRequest {
  return async (request) => {
    if (request.kind === 'openUrl') return (await openUrl(request.url, { env })).message;
    const copy = clipboardCopy(request.url);
    if (copy.ok) stdout.write(copy.sequence);
    return copy.message;
  };
}
