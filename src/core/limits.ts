// Sizes that more than one layer must agree on, named once.

/** The largest content file the loader reads; a post within it is never too long to render. */
export const MAX_POST_BYTES = 2 * 1024 * 1024;

/** Post text is at most this many columns wide unless --width says otherwise: longer lines are hard to read. */
export const MAX_TEXT_WIDTH = 100;

/** The narrowest text width accepted or laid out: below it most words and table cells break apart. */
export const MIN_TEXT_WIDTH = 20;
