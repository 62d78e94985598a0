// How the reader names a post in its state (List hits, the open post, history, render
// commands): by key, never by the Post object, so reloading the content can replace every post
// and still find the ones the reader was on. The one place that says what the key is.
import type { Post } from '../core/types.js';

export type PostKey = string;

/** The post's id: unique within a load, and the same when the content is read again. */
export function postKey(post: Post): PostKey {
  return post.id;
}
