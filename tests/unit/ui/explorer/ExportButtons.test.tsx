// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '../../../../src/export/build.ts';
import type { ExportDocument } from '../../../../src/export/schema.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import { ExportButtons } from '../../../../src/ui/export/ExportButtons.tsx';

const doc: ExportDocument = {
  page: { url: 'https://example.org/a', title: 'Магнезий', exportedAt: '2025-03-14T09:00:00.000Z' },
  items: [],
};

afterEach(() => {
  document.body.innerHTML = '';
});

async function show(actions: Parameters<typeof ExportButtons>[0]['actions'], empty = false) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <ExportButtons t={createTranslator('en')} label="Export" build={(format) => (empty ? null : buildExport(doc, format))} actions={actions} />,
      root,
    );
  });
  return root;
}

describe('ExportButtons', () => {
  it('downloads each format under its file name and says so', async () => {
    const download = vi.fn();
    const root = await show({ download, copy: async () => true });
    const buttons = root.querySelectorAll('button');
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Export');
    for (const button of [...buttons].slice(0, 3)) await act(async () => button.click());
    expect(download.mock.calls.map(([built]) => built.fileName)).toEqual([
      'mglens-2025-03-14-магнезий.jsonld',
      'mglens-2025-03-14-магнезий.csv',
      'mglens-2025-03-14-магнезий.md',
    ]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Saved mglens-2025-03-14-магнезий.md.');
  });

  it('copies the Markdown and reports success or failure', async () => {
    const copy = vi.fn(async (_text: string) => true);
    let root = await show({ download: vi.fn(), copy });
    await act(async () => root.querySelectorAll('button')[3]!.click());
    expect(copy.mock.calls[0]![0]).toMatch(/^# Claims on “Магнезий”/);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Markdown copied to the clipboard.');
    document.body.innerHTML = '';
    root = await show({ download: vi.fn(), copy: async () => false });
    await act(async () => root.querySelectorAll('button')[3]!.click());
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Could not copy. Download the Markdown file instead.');
  });

  it('says there is nothing to export instead of saving an empty file', async () => {
    const download = vi.fn();
    const root = await show({ download, copy: async () => true }, true);
    await act(async () => root.querySelector('button')!.click());
    expect(download).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Nothing to export yet.');
  });
});
