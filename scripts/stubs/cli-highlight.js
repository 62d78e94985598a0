// marked-terminal imports cli-highlight (and through it every highlight.js grammar, parse5 and
// chalk) for its code renderer, which blog-tui replaces with its own (src/core/render/highlight.ts):
// this stub stands in, so none of that is bundled or evaluated.
export function highlight(code) {
  return code;
}
