import type { Diagnostic, Register, Severity, Tactful } from '../../../dist/index.js';
import { byId, describeError, h, setOptions, showMessage } from './dom';
import { applyEdit, segmentText } from './highlight';

const SAMPLE = "Pls wait a moment!!! It's company policy. Have you checked our website?";
const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The lint panel's way in from elsewhere on the page. */
export interface LintPanel {
  check(text: string, locale: string, register: Register): void;
}

export function setupLintPanel(tactful: Tactful, locales: readonly { code: string; name: string }[]): LintPanel {
  const input = byId('lint-input', HTMLTextAreaElement);
  const locale = byId('lint-locale', HTMLSelectElement);
  const register = byId('lint-register', HTMLSelectElement);
  const fixAll = byId('lint-fix', HTMLButtonElement);
  const undo = byId('lint-undo', HTMLButtonElement);
  const changes = byId('lint-changes', HTMLElement);
  const errorBox = byId('lint-error', HTMLElement);
  const summary = byId('lint-summary', HTMLElement);
  const highlighted = byId('lint-highlighted', HTMLElement);
  const list = byId('lint-diagnostics', HTMLOListElement);

  setOptions(locale, locales.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` })));
  input.value = SAMPLE;
  let before: string | undefined;

  const options = () => ({ locale: locale.value, register: register.value as Register });

  const update = () => {
    showMessage(errorBox, undefined);
    const text = input.value;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = tactful.lint(text, options());
    } catch (error) {
      showMessage(errorBox, describeError(error));
      diagnostics = [];
    }
    highlighted.lang = locale.value;
    highlighted.replaceChildren(
      ...segmentText(text.length, diagnostics).map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (segment.covers.length === 0) return document.createTextNode(piece);
        const covering = segment.covers.map((i) => diagnostics[i]!);
        const worst = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
        return h(
          'mark',
          {
            'data-rule': [...new Set(covering.map((d) => d.ruleId))].join(' '),
            'data-diagnostics': segment.covers.join(' '),
            class: `severity-${worst.severity}`,
            title: covering.map((d) => `${d.ruleId}: ${d.message}`).join('\n'),
          },
          piece,
        );
      }),
    );
    const counts = (['error', 'warning', 'info'] as const).map((s) => [s, diagnostics.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
    summary.textContent =
      diagnostics.length === 0
        ? text.trim() === ''
          ? 'Type or paste a reply to check it.'
          : 'No problems found.'
        : `${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'}: ${counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ')}.`;
    summary.dataset.count = String(diagnostics.length);
    list.replaceChildren(...diagnostics.map((d, index) => diagnosticItem(d, index)));
    fixAll.disabled = !diagnostics.some((d) => d.fix);
  };

  const diagnosticItem = (d: Diagnostic, index: number): HTMLLIElement => {
    const fix = d.fix;
    const button = fix
      ? h('button', { type: 'button', class: 'secondary small' }, 'Fix: ', h('q', {}, d.text), ' → ', h('q', {}, fix.text || '(remove)'))
      : null;
    button?.addEventListener('click', () => {
      const text = input.value;
      applyChanges(text, applyEdit(text, fix!), [`${d.ruleId}: “${d.text}” → “${fix!.text}”`]);
    });
    const item = h(
      'li',
      { 'data-rule': d.ruleId, 'data-severity': d.severity, class: 'diagnostic' },
      h(
        'p',
        { class: 'diagnostic-head' },
        h('span', { class: `severity severity-${d.severity}` }, d.severity),
        ' ',
        h('a', { href: `../rules/${d.ruleId}.html`, class: 'rule' }, h('code', {}, d.ruleId)),
        ' ',
        h('q', { lang: locale.value }, d.text),
        ' ',
        h('span', { class: 'position' }, `line ${d.line}, column ${d.column}`),
      ),
      h('p', { class: 'message', lang: locale.value }, d.message),
      d.suggestions.length > 0 ? h('ul', { class: 'suggestions', lang: locale.value }, ...d.suggestions.map((s) => h('li', {}, s))) : null,
      button,
    );
    // Pointing at a diagnostic points at its highlight too.
    const marks = () => Array.from(highlighted.querySelectorAll<HTMLElement>('mark')).filter((m) => (m.dataset.diagnostics ?? '').split(' ').includes(String(index)));
    const activate = (on: boolean) => marks().forEach((m) => m.classList.toggle('active', on));
    item.addEventListener('mouseenter', () => activate(true));
    item.addEventListener('mouseleave', () => activate(false));
    item.addEventListener('focusin', () => activate(true));
    item.addEventListener('focusout', () => activate(false));
    return item;
  };

  const applyChanges = (from: string, to: string, described: readonly string[]) => {
    before = from;
    input.value = to;
    undo.disabled = false;
    changes.replaceChildren(h('p', {}, described.length === 0 ? 'Nothing to fix automatically.' : `Applied ${described.length} ${described.length === 1 ? 'fix' : 'fixes'}:`));
    if (described.length > 0) changes.appendChild(h('ul', {}, ...described.map((c) => h('li', {}, c))));
    update();
  };

  fixAll.addEventListener('click', () => {
    const text = input.value;
    try {
      const result = tactful.fixResult(text, options());
      applyChanges(text, result.text, result.applied.map((d) => `${d.ruleId}: “${d.text}” → “${d.fix?.text ?? ''}”`));
    } catch (error) {
      showMessage(errorBox, describeError(error));
    }
  });
  undo.addEventListener('click', () => {
    if (before === undefined) return;
    input.value = before;
    before = undefined;
    undo.disabled = true;
    changes.replaceChildren(h('p', {}, 'Undone.'));
    update();
  });
  input.addEventListener('input', update);
  locale.addEventListener('change', update);
  register.addEventListener('change', update);
  update();

  return {
    check(text, code, reg) {
      input.value = text;
      locale.value = code;
      register.value = reg;
      before = undefined;
      undo.disabled = true;
      changes.replaceChildren();
      update();
    },
  };
}
