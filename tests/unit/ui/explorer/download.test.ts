// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyText, downloadExport, downloadText } from '../../../../src/ui/explorer/download.ts';

describe('downloadText', () => {
  it('clicks a hidden <a download> on an object URL of the text, removes it, and revokes the URL later', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:mglens/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('\uFEFFa,b\r\nМг,1\r\n', 'mglens-2025-03-14-x.csv', 'text/csv;charset=utf-8');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('mglens-2025-03-14-x.csv');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:mglens/1');
    expect(document.querySelector('a')).toBeNull();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:mglens/1');
    vi.useRealTimers();
  });

  it('downloads a built export under its own name and type', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:mglens/2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    downloadExport({ content: '# x', fileName: 'a.md', mediaType: 'text/markdown;charset=utf-8' });
    expect(names).toEqual(['a.md']);
  });
});

describe('copyText', () => {
  it('writes to the clipboard and reports success', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyText('# notes', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('# notes');
  });
  it('reports failure instead of throwing when the clipboard refuses or is missing', async () => {
    expect(await copyText('x', { writeText: async () => Promise.reject(new Error('denied')) })).toBe(false);
    expect(await copyText('x', null)).toBe(false);
  });
});
