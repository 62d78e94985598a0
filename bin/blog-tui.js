#!/usr/bin/env node
// The whole program is one minified bundle (see scripts/build.mjs); this file only loads it.
import '../dist/blog-tui.js';
