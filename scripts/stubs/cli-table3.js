// marked-terminal imports cli-table3 (and @colors/colors) for its table renderer, which blog-tui
// replaces with its own (src/core/render/tables.ts): this stub stands in, so neither is bundled.
export default class Table {
  constructor() {
    throw new Error('cli-table3 is not bundled: tables are drawn by src/core/render/tables.ts');
  }
}
