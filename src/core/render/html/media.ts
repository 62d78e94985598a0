// Images and embedded media: where they point and how they are labelled. Every image reads
// `[image: ALT]` (alt, else title, else the file name), every embed `[video: TITLE or host]`.
import type { DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

const attributeOf = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;

/** An <img>'s URL: src, else the lazy-loading data-src, else the first srcset candidate. */
export function imageSource(img: Element): string | undefined {
  const source = attributeOf(img, 'src') || attributeOf(img, 'data-src') || attributeOf(img, 'srcset')?.trim().split(/\s+/)[0];
  return source === undefined || source === '' ? undefined : source.trim();
}

/** An embed's URL: src (iframe, video, audio, embed), data (object), else its first <source>. */
export function embedSource(element: Element): string | undefined {
  const own = attributeOf(element, 'src') || attributeOf(element, 'data');
  if (own) return own.trim();
  for (const child of element.childNodes) {
    if ('tagName' in child && child.tagName === 'source') {
      const source = attributeOf(child, 'src');
      if (source) return source.trim();
    }
  }
  return undefined;
}

/** The title when there is one, else the URL's host (without www.), else the kind alone. */
export function embedLabel(title: string | undefined, url: string | undefined): string {
  const shown = title?.replace(/\s+/g, ' ').trim();
  if (shown) return shown;
  return (url && hostOf(url)) || fileName(url ?? '') || 'embedded';
}

export function imageLabel(alt: string, title: string | null | undefined, url: string): string {
  const label = [alt, title ?? '', fileName(url)].map((text) => text.replace(/\s+/g, ' ').trim()).find((text) => text !== '');
  return label ? `[image: ${label}]` : '[image]';
}

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url.startsWith('//') ? `https:${url}` : url).hostname;
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function fileName(url: string): string {
  if (url.startsWith('data:')) return '';
  const path = url.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
