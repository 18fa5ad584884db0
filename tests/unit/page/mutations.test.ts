// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BURST_LIMIT, REVEALING_ATTRIBUTES, classifyMutations, guardedWrite } from '../../../src/page/mutations.ts';

function observe(root: Node) {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: REVEALING_ATTRIBUTES, attributeOldValue: true });
  return observer;
}

describe('mutation handling', () => {
  it('reports only the outermost added subtree, not each nested node', () => {
    document.body.innerHTML = '<main id="m"></main>';
    const observer = observe(document.body);
    const section = document.createElement('section');
    section.innerHTML = '<p>Magnesium <b>helps</b></p><p>again</p>';
    document.getElementById('m')!.append(section);
    const work = classifyMutations(observer.takeRecords());
    expect(work.full).toBe(false);
    expect(work.roots).toEqual([section]);
  });

  it('re-reads the element whose text node changed', () => {
    document.body.innerHTML = '<p id="p">old text</p>';
    const observer = observe(document.body);
    (document.getElementById('p')!.firstChild as Text).data = 'magnesium now';
    expect(classifyMutations(observer.takeRecords()).roots).toEqual([document.getElementById('p')]);
  });

  it('re-reads an element the page reveals by dropping `hidden` or a hiding inline style', () => {
    document.body.innerHTML = '<section id="a" hidden><p>Magnesium</p></section><div id="b" style="display: none">x</div>';
    const observer = observe(document.body);
    document.getElementById('a')!.removeAttribute('hidden');
    document.getElementById('b')!.setAttribute('style', 'display: block');
    expect(classifyMutations(observer.takeRecords()).roots).toEqual([document.getElementById('a'), document.getElementById('b')]);
  });

  it('sees no work in style changes that hide nothing, nor in hiding', () => {
    document.body.innerHTML = '<div id="spin" style="transform: rotate(0deg)">x</div><p id="p">y</p>';
    const observer = observe(document.body);
    const spin = document.getElementById('spin')!;
    for (let deg = 1; deg < 30; deg += 1) spin.setAttribute('style', `transform: rotate(${deg}deg)`);
    document.getElementById('p')!.setAttribute('hidden', '');
    expect(classifyMutations(observer.takeRecords())).toEqual({ roots: [], full: false });
  });

  it('ignores nodes that belong to MgLens', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const observer = observe(document.body);
    const host = document.createElement('div');
    host.setAttribute('data-mglens-ui', '');
    document.body.append(host);
    expect(classifyMutations(observer.takeRecords()).roots).toEqual([]);
  });

  it('asks for one full rescan when a burst is larger than the limit', () => {
    document.body.innerHTML = '<div id="d"></div>';
    const observer = observe(document.body);
    const d = document.getElementById('d')!;
    for (let i = 0; i <= BURST_LIMIT; i += 1) d.append(document.createElement('p'));
    // Each append is its own record with its own root; the burst exceeds the limit.
    expect(classifyMutations(observer.takeRecords()).full).toBe(true);
  });

  it('hides its own writes from the observer but hands over what the page did before', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const observer = observe(document.body);
    document.body.append(document.createElement('div')); // the page's change
    const handed: MutationRecord[] = [];
    guardedWrite(observer, () => {
      document.getElementById('p')!.append(document.createElement('mark')); // ours
    }, (records) => handed.push(...records));
    expect(handed).toHaveLength(1);
    expect(observer.takeRecords()).toHaveLength(0);
  });
});
