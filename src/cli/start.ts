// The program's entry (dist/blog-tui.js): the compile cache is turned on before anything else is
// loaded, so that the program itself is served from it; the rest comes in by import() (main.ts).
import { enableCompileCache } from './compileCache.js';

enableCompileCache(process.env);
await import('./main.js');
