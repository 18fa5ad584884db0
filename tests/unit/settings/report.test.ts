import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportClaimCount } from '../../../src/settings/report.ts';

describe('reportClaimCount', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends the count to the background', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    await reportClaimCount(3);
    expect(send).toHaveBeenCalledWith({ type: 'page-state-changed', claimCount: 3 });
  });

  it('never throws into the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(reportClaimCount(3)).resolves.toBeUndefined();
    await expect(reportClaimCount(Number.NaN)).resolves.toBeUndefined();
  });
});
