import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Preact's own render into a fresh container (no testing-library); returns it and a cleanup. */
export function mount(vnode: ComponentChild): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  render(vnode, container);
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Clicks and lets Preact flush the state updates the click caused. */
export async function click(element: Element | null | undefined, init: MouseEventInit = {}): Promise<MouseEvent> {
  if (!element) throw new Error('nothing to click');
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  await act(() => {
    element.dispatchEvent(event);
  });
  return event;
}

export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
