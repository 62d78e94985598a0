import { describe, expect, it } from 'vitest';
import { linkOutcome } from '../src/tui/post/linkOutcome.js';
import type { RenderedLink, RenderResult } from '../src/core/types.js';

const rendered: RenderResult = { lines: [], links: [], headings: [{ level: 2, text: 'Next Steps', id: 'next-steps', line: 42 }] };
const link = (fields: Partial<RenderedLink>): RenderedLink => ({ index: 0, text: 't', url: '', kind: 'external', spans: [], ...fields });

describe('linkOutcome', () => {
  it('opens internal links as posts, with the anchor of the URL', () => {
    expect(linkOutcome(link({ kind: 'internal', url: '/posts/other/', target: 'other' }), rendered)).toEqual({ kind: 'openPost', id: 'other' });
    expect(linkOutcome(link({ kind: 'internal', url: '../other.md#a%20b', target: 'other' }), rendered)).toEqual({
      kind: 'openPost',
      id: 'other',
      anchor: 'a b',
    });
  });
  it('scrolls to a heading of this post, or names the missing one', () => {
    expect(linkOutcome(link({ kind: 'anchor', url: '#next-steps', target: 'next-steps' }), rendered)).toEqual({ kind: 'scrollToLine', line: 42 });
    expect(linkOutcome(link({ kind: 'anchor', url: '#nope', target: 'nope' }), rendered)).toEqual({ kind: 'refused', message: 'no heading #nope' });
  });
  it('hands external links to the opener and names refused URLs', () => {
    expect(linkOutcome(link({ url: 'https://mlflow.org', target: 'https://mlflow.org/' }), rendered)).toEqual({
      kind: 'openExternal',
      url: 'https://mlflow.org/',
    });
    expect(linkOutcome(link({ kind: 'refused', url: 'javascript:alert(1)', reason: 'javascript: links are not followed' }), rendered)).toEqual({
      kind: 'refused',
      message: 'refused javascript:alert(1): javascript: links are not followed',
    });
  });
});
