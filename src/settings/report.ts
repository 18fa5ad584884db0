import { sendToBackground } from './messages.ts';

/**
 * For the content script: tells the background (toolbar badge) and an open popup how many claim
 * sentences the page highlights now. Send it after every full pass (0 when annotation turns off
 * or the site is off) and whenever the number changes: an open popup reloads on each report.
 * Never throws: a background that is restarting or an extension being updated must not break
 * the page.
 */
export async function reportClaimCount(claimCount: number): Promise<void> {
  try {
    await sendToBackground({ type: 'page-state-changed', claimCount: Math.max(0, Math.floor(claimCount)) });
  } catch {
    // The badge is a convenience; the next report will set it.
  }
}
