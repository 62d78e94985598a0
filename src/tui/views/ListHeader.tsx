// The List's top rows: blog name, result count, warnings; then the search prompt and tag filters.
import { sanitizeLine } from '../../core/sanitize.js';
import { siteLabel, type AppState } from '../state.js';
import { unreadCount } from '../reading.js';
import { truncateToWidth } from '../../core/text/truncate.js';
import { displayWidth } from '../../core/text/width.js';
import { Line } from './Line.js';
import type { Theme } from './theme.js';

/** After the count while a search's body matches are still to come; the short form when the header is narrow. */
const BODIES_PENDING = ' (searching bodies…)';
const BODIES_PENDING_SHORT = ' (searching…)';
/** The blog's name keeps at least this many columns before the pending note is shortened. */
const NAME_COLUMNS = 12;

export function ListHeader({ state, theme }: { state: AppState; theme: Theme }) {
  const width = state.size.columns;
  const count = `${state.list.hits.length} of ${state.posts.length} posts`;
  const warnings = state.warnings.length > 0 ? `! ${state.warnings.length} warning${state.warnings.length === 1 ? '' : 's'}` : '';
  const unread = state.reading.enabled ? `${unreadCount(state)} unread` : '';
  // The order is named only when it is not the default one.
  const sort = state.sort === 'weight' ? '' : `by ${state.sort}`;
  const rightWith = (pending: string): string => [sort, `${count}${pending}`, unread, warnings].filter(Boolean).join('  ');
  const long = rightWith(state.list.bodiesPending ? BODIES_PENDING : '');
  const right = state.list.bodiesPending && displayWidth(long) > width - 2 - NAME_COLUMNS ? rightWith(BODIES_PENDING_SHORT) : long;
  const title = [state.blogName, siteLabel(state.site)].filter(Boolean).join(' · ');
  const name = truncateToWidth(sanitizeLine(title), Math.max(0, width - displayWidth(right) - 2));
  const gap = ' '.repeat(Math.max(1, width - displayWidth(name) - displayWidth(right)));
  return <Line text={truncateToWidth(`${name}${gap}${right}`, width)} style={theme.header} />;
}

/** The search words that are not text; the help overlay lists them too. */
const QUERY_HINT = '(also #tag, is:unread, is:starred)';

export function FilterLine({ state, theme }: { state: AppState; theme: Theme }) {
  const { query, editing, tags } = state.list;
  // An empty prompt says what else it understands besides words.
  const search = editing || query ? `/${query}${editing ? '█' : ''}${editing && query === '' ? ` ${QUERY_HINT}` : ''}` : '';
  const tagText = tags.length > 0 ? `tags: ${tags.map((tag) => `#${tag}`).join(' ')}` : '';
  const text = [search, tagText].filter(Boolean).join('   ');
  return <Line text={truncateToWidth(sanitizeLine(text), state.size.columns)} style={editing ? {} : theme.notice} />;
}
