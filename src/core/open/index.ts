export { checkSafeUrl, MAX_URL_LENGTH, type UrlCheck } from './safeUrl.js';
export { openUrl, type OpenDependencies, type OpenResult, type SpawnFunction } from './openUrl.js';
export { clipboardCopy, type CopyResult } from './clipboard.js';
export { openContentFile } from './openFile.js';
