import { byId } from './dom';

/** The tabs of the page, as the WAI-ARIA tabs pattern has them: arrow keys, Home, End; the URL hash names the open one. */
export interface Tabs {
  select(name: string, focus?: boolean): void;
}

export function setupTabs(names: readonly string[]): Tabs {
  const tabs = names.map((name) => ({ name, tab: byId(`tab-${name}`, HTMLButtonElement), panel: byId(`panel-${name}`, HTMLElement) }));
  const select = (name: string, focus = false) => {
    const chosen = tabs.find((t) => t.name === name) ?? tabs[0]!;
    for (const t of tabs) {
      const selected = t === chosen;
      t.tab.setAttribute('aria-selected', String(selected));
      t.tab.tabIndex = selected ? 0 : -1;
      t.panel.hidden = !selected;
    }
    if (focus) chosen.tab.focus();
    if (location.hash !== `#${chosen.name}`) history.replaceState(null, '', `#${chosen.name}`);
  };
  tabs.forEach((t, index) => {
    t.tab.addEventListener('click', () => select(t.name));
    t.tab.addEventListener('keydown', (event) => {
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length]!.name, true);
    });
  });
  window.addEventListener('hashchange', () => select(location.hash.slice(1)));
  select(location.hash.slice(1));
  return { select };
}
