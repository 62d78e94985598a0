// Phishing check for link text: `[paypal.com](https://evil.example/)` reads as one host and goes
// to another. The text is compared the way a reader sees it: invisible characters (format
// characters such as zero-width spaces, soft hyphens and joiners; default-ignorable fillers) add
// nothing on screen, combining marks at the edges hide on neighbouring text, and compatibility
// forms (full-width letters and dots) read as the plain ones. Hosts are compared as `new URL`
// spells them (lower case, IDNA punycode), so a look-alike letter from another script differs.

const HOST_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[\p{L}\p{N}\p{M}-]+\.)+[\p{L}\p{M}]{2,})\.?(?::\d+)?(?:[/?#]\S*)?$/iu;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const EDGE_MARKS = /^\p{Mn}+|\p{Mn}+$/gu;
// Dots that IDNA reads as `.` (NFKC already maps the full-width one).
const OTHER_DOTS = /[\u3002\uFF61]/g;

/** The link text as a reader sees it, for comparing hosts. */
function visibleLinkText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(OTHER_DOTS, '.').trim().replace(EDGE_MARKS, '');
}

/** Link text that reads as a URL or domain whose host differs from the real target. */
export function looksLikeOtherHost(text: string, url: string): boolean {
  const shownHost = HOST_LIKE.exec(visibleLinkText(text))?.[1];
  if (!shownHost) return false;
  const real = hostOf(url);
  const shown = hostOf(`http://${shownHost}`);
  // A target without a host (or a text that is no valid host) cannot be vouched for.
  return real === undefined || shown === undefined || bare(shown) !== bare(real);
}

/**
 * A URL as shown where the reader decides whether to follow it: its host in punycode
 * (`xn--pypal-4ve.com`, not a Cyrillic look-alike of `paypal.com`); unchanged when it does not parse.
 */
export function urlForDecision(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? url : parsed.href;
  } catch {
    return url;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function bare(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
