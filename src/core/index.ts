// The pure core: content loading, search, rendering and link resolution. No React, no Ink.
export * from './types.js';
export * from './sanitize.js';
export { loadPosts } from './content/loadPosts.js';
export { createSearchIndex, parseQuery, searchPosts, tagCounts, type SearchHit, type SearchIndex } from './search/index.js';
export { renderPost } from './render/renderPost.js';
