/** Element builder: attributes set as properties or attributes, `on…` as listeners, children as nodes or text (never HTML). */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else if (name === 'class') el.className = String(value);
    else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'selected') (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

/** Replaces an element's content. */
export function render(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

let ids = 0;
/** A unique id for label/aria wiring. */
export const uid = (prefix: string) => `${prefix}-${++ids}`;

/** A labelled <select>; options as [value, text]. */
export function selectField(label: string, options: [string, string][], value: string, onChange: (v: string) => void, name?: string): HTMLElement {
  const id = uid('sel');
  const select = h('select', { id, name: name ?? id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    options.map(([v, t]) => h('option', { value: v, selected: v === value }, t)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

/** A table from a header row and body rows; the caption names it for screen readers. */
export function table(caption: string, head: string[], rows: (string | number | Node)[][], opts: { numericFrom?: number } = {}): HTMLTableElement {
  const numericFrom = opts.numericFrom ?? 1;
  return h('table', { class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((c, i) => h('th', { scope: 'col', class: i >= numericFrom ? 'num' : undefined }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: i >= numericFrom ? 'num' : undefined }, c)))))),
  );
}
