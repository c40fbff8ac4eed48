// "Never read these sites": the hosts whose pages Sidechat will not read, whatever the user
// clicks. A listed site covers its subdomains (mail.example.com under example.com).

/** The host a line names: a bare host, a URL, or `*.host`; '' when it names none. */
export function siteOf(line: string): string {
  const trimmed = line.trim().toLowerCase().replace(/^\*\./, '');
  if (!trimmed) return '';
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`);
    return url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The sites a text (one per line, or separated by commas or spaces) lists, deduplicated. */
export function parseSiteList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,\s]+/)
        .map(siteOf)
        .filter(Boolean),
    ),
  ];
}

/** True when `url` is on a listed site or one of its subdomains. */
export function isNeverRead(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
