#!/usr/bin/env node
// The program is built into dist/ (see scripts/build.mjs); this file only loads its entry.
import '../dist/blog-tui.js';
