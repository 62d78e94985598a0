// Opens a local file of the blog (an image) with the platform's opener, only when it exists
// inside the content folder: a post cannot make the reader open `../../.ssh/id_rsa` or a file
// reached through a symbolic link that leaves the folder.
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { platformLaunch } from '../core/open/launch.js';
import { sanitizeLine } from '../core/sanitize.js';
import { launchDetached, type OpenDependencies, type OpenResult } from './openUrl.js';

export function openContentFile(contentDir: string, relativePath: string, dependencies: OpenDependencies): Promise<OpenResult> {
  const shown = sanitizeLine(relativePath, 200);
  let path: string;
  try {
    const root = realpathSync(contentDir);
    path = realpathSync(join(root, relativePath));
    if (!path.startsWith(root + sep)) return Promise.resolve({ ok: false, message: `refused ${shown}: it is outside the content folder` });
    if (!statSync(path).isFile()) return Promise.resolve({ ok: false, message: `${shown} is not a file` });
  } catch {
    return Promise.resolve({ ok: false, message: `no file ${shown} in the content folder` });
  }
  if (path.startsWith('-')) return Promise.resolve({ ok: false, message: `refused ${shown}` });
  return launchDetached(platformLaunch(dependencies.platform ?? process.platform, path), `opened ${shown}`, shown, dependencies);
}
