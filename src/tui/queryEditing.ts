// Line editing shared by both search prompts (List `/` and Post `/`). The cursor is always at
// the end, like glow's filter and less's search prompt.
import { removeUnsafeAndLineBreaks } from '../core/sanitize.js';
import { MAX_QUERY_LENGTH } from '../core/search/index.js';

export type QueryEdit = { kind: 'insert'; text: string } | { kind: 'deleteChar' } | { kind: 'deleteWord' } | { kind: 'clear' };

export function editQuery(query: string, edit: QueryEdit): string {
  switch (edit.kind) {
    case 'insert': {
      // A paste may carry newlines or controls; a query is one printable line.
      const text = removeUnsafeAndLineBreaks(edit.text);
      return Array.from(query + text)
        .slice(0, MAX_QUERY_LENGTH)
        .join('');
    }
    case 'deleteChar':
      return Array.from(query).slice(0, -1).join('');
    case 'deleteWord':
      // Ctrl-W as in a shell: trailing spaces, then the word before them.
      return query.replace(/\S*\s*$/, '');
    case 'clear':
      return '';
  }
}
