import { z } from 'zod/mini';

/**
 * Site names as the site list stores them: lower case, no port, no trailing dot, and `www.`
 * dropped so `www.example.com` and `example.com` are one site to the reader.
 */

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const DNS_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const MAX_LENGTH = 253;

export const HostnameSchema = z
  .string()
  .check(z.maxLength(MAX_LENGTH), z.refine((name) => DNS_NAME.test(name) || IPV6.test(name), { message: 'not a host name' }));

/**
 * Turns what a reader types or what a tab reports (a host name, or a whole URL) into the stored
 * form, or null when it names no site. IDN names come out in punycode, as `location.hostname` does.
 */
export function normaliseHostname(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 2048) return null;
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('www.') && host.indexOf('.', 4) > 0) host = host.slice(4);
  return HostnameSchema.safeParse(host).success ? host : null;
}

/** The site of an http(s) page, or null for browser pages, files and anything unparsable. */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normaliseHostname(parsed.hostname);
}
