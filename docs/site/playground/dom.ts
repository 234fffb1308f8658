/** Small DOM helpers: every node is built with the DOM API, never from an HTML string. */

export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`true` → present, `false`/`undefined` → absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) if (child !== null && child !== undefined && child !== false) parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

/** The element with an id, checked to be of the expected type. */
export function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the playground page has no <${type.name}> #${id}`);
  return element;
}

/** Fills a <select> with options. */
export function setOptions(select: HTMLSelectElement, options: readonly { value: string; label: string; title?: string }[]): void {
  select.replaceChildren(...options.map((o) => h('option', { value: o.value, title: o.title }, o.label)));
}

/** Shows a message in an error box, or hides the box when there is none. */
export function showMessage(box: HTMLElement, message: string | undefined): void {
  box.textContent = message ?? '';
  box.hidden = message === undefined;
}

/** What an error says, for the page (the playground never lets an error reach the console). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
