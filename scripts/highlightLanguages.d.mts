/** The text of src/core/render/highlightLanguages.ts (before formatting), from highlight.js as installed. */
export function generateLanguageTable(): string;
