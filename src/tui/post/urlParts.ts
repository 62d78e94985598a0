// Splits a URL around its host so the footer can emphasize it: the host is what tells the reader
// where a link really goes (a link's text may claim another site).

export interface UrlParts {
  before: string;
  host: string;
  after: string;
}

const WITH_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?)([^/?#:]*)(.*)$/i;
const MAILTO = /^(mailto:[^@?]*@)([^?]*)(.*)$/i;

export function urlParts(url: string): UrlParts {
  const match = WITH_AUTHORITY.exec(url) ?? MAILTO.exec(url);
  return match ? { before: match[1]!, host: match[2]!, after: match[3]! } : { before: url, host: '', after: '' };
}
