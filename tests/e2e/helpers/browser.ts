import { launchChromium, type ChromiumSession } from '../../../scripts/lib/chromium.ts';

export interface ProfileOptions {
  profileDir: string;
  /** Path for --log-net-log; Chromium completes the file when it closes. */
  netLog?: string;
}

/**
 * Chromium with the unpacked build on a profile folder the caller keeps (so a test can close the
 * browser and open the same profile again), optionally writing Chromium's own network log.
 */
export function launchChromiumWithProfile({ profileDir, netLog }: ProfileOptions): Promise<ChromiumSession> {
  return launchChromium({ profileDir, ...(netLog ? { netLog } : {}) });
}

/** Every http(s)/ws(s) address and resolved host name in a Chromium network log. */
export function netLogAddresses(log: string): { urls: string[]; hosts: string[] } {
  const urls = [...new Set(log.match(/\b(?:https?|wss?|ftp):\/\/[^"\\\s]+/g) ?? [])];
  const hosts = [...new Set([...log.matchAll(/"host":"([^"]+)"/g)].map((m) => m[1]!))];
  return { urls, hosts };
}
