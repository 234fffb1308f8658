import { InvalidVariablesError, type Channel, type Register, type RenderOptions, type RenderResult, type Tactful, type TemplateDescriptor } from '../../../dist/index.js';
import { byId, describeError, h, setOptions, showMessage } from './dom';
import { htmlPreview } from './html-preview';
import { variableField, type VariableField } from './variable-form';

/** The render call with a template id only known at run time (the typed API wants a literal id). */
type DynamicRender = (id: string, variables: Readonly<Record<string, unknown>>, options: RenderOptions) => RenderResult;

const TIME_ZONES = ['UTC', 'Europe/Riga', 'Europe/Vilnius', 'Europe/Bucharest', 'Europe/Chisinau', 'Europe/Kyiv', 'Europe/London', 'America/New_York'];

/** What the render panel hands to the linter: the reply as a customer would read it. */
export interface RenderedReply {
  readonly text: string;
  readonly locale: string;
  readonly register: Register;
}

/** Example values by locale, then template id: `templates/examples/<lng>.json`. */
export type LocalizedExamples = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

export function setupRenderPanel(
  tactful: Tactful,
  locales: readonly { code: string; name: string }[],
  examples: LocalizedExamples,
  onCheck: (reply: RenderedReply) => void,
): void {
  const category = byId('render-category', HTMLSelectElement);
  const search = byId('render-search', HTMLInputElement);
  const templateSelect = byId('render-template', HTMLSelectElement);
  const count = byId('render-count', HTMLElement);
  const description = byId('render-description', HTMLElement);
  const tags = byId('render-tags', HTMLElement);
  const locale = byId('render-locale', HTMLSelectElement);
  const register = byId('render-register', HTMLSelectElement);
  const channel = byId('render-channel', HTMLSelectElement);
  const variant = byId('render-variant', HTMLSelectElement);
  const timeZone = byId('render-timezone', HTMLSelectElement);
  const strict = byId('render-strict', HTMLInputElement);
  const variables = byId('render-variables', HTMLElement);
  const reset = byId('render-reset', HTMLButtonElement);
  const errorBox = byId('render-error', HTMLElement);
  const output = byId('render-output', HTMLElement);
  const sourceLabel = byId('render-source-label', HTMLElement);
  const htmlBox = byId('render-html', HTMLElement);
  const preview = byId('render-preview', HTMLElement);
  const meta = byId('render-meta', HTMLElement);
  const toLint = byId('render-to-lint', HTMLButtonElement);
  const render = tactful.renderResult as unknown as DynamicRender;

  const all = tactful.templates();
  setOptions(category, [{ value: '', label: 'All categories' }, ...[...new Set(all.map((t) => t.category))].sort().map((c) => ({ value: c, label: c }))]);
  setOptions(locale, locales.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` })));
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  setOptions(timeZone, [...new Set([...TIME_ZONES, browserZone])].map((zone) => ({ value: zone, label: zone === browserZone ? `${zone} (this browser)` : zone })));

  let current: TemplateDescriptor | undefined;
  let fields: VariableField[] = [];
  let lastReply: RenderedReply | undefined;

  const showTemplates = () => {
    const found = tactful.templates({ ...(category.value ? { category: category.value } : {}), ...(search.value.trim() ? { search: search.value } : {}) });
    const keep = current && found.some((t) => t.id === current!.id) ? current.id : found[0]?.id;
    setOptions(templateSelect, found.map((t) => ({ value: t.id, label: t.id, title: t.description })));
    count.textContent = `(${found.length} of ${all.length})`;
    if (keep === undefined) {
      chooseTemplate(undefined);
      return;
    }
    templateSelect.value = keep;
    if (keep !== current?.id) chooseTemplate(found.find((t) => t.id === keep));
  };

  const chooseTemplate = (template: TemplateDescriptor | undefined) => {
    current = template;
    description.textContent = template?.description ?? 'No template matches the search.';
    tags.replaceChildren(...(template?.tags ?? []).map((tag) => h('span', { class: 'tag' }, tag)));
    setOptions(variant, [
      { value: '', label: 'default' },
      ...Array.from({ length: template?.variants ?? 0 }, (_, i) => ({ value: String(i), label: `${i + 1} of ${template!.variants}` })),
    ]);
    variant.disabled = (template?.variants ?? 0) < 2;
    fields = (template?.variables ?? []).map((descriptor) => variableField(descriptor, () => timeZone.value, edit));
    variables.replaceChildren(...(fields.length > 0 ? fields.map((f) => f.element) : [h('p', { class: 'hint' }, 'This template takes no variables.')]));
    fillExample();
    update();
  };

  // The example in the reply's language where one is written; the fields follow the language
  // until the user edits one of them.
  let edited = false;
  const edit = () => {
    edited = true;
    update();
  };
  const fillExample = () => {
    const localized = (current && examples[locale.value]?.[current.id]) ?? {};
    for (const field of fields) {
      const name = field.descriptor.name;
      field.fill(Object.hasOwn(localized, name) ? localized[name] : current?.example[name]);
    }
    edited = false;
  };

  const clearOutput = () => {
    output.textContent = '';
    preview.replaceChildren();
    meta.replaceChildren();
    toLint.disabled = true;
    lastReply = undefined;
  };

  function update(): void {
    showMessage(errorBox, undefined);
    for (const field of fields) field.setError(undefined);
    if (!current) {
      clearOutput();
      return;
    }
    const values: Record<string, unknown> = {};
    let unreadable = false;
    for (const field of fields) {
      const read = field.read();
      if ('error' in read) {
        field.setError(read.error);
        unreadable = true;
      } else if ('value' in read) values[field.descriptor.name] = read.value;
    }
    if (unreadable) {
      clearOutput();
      showMessage(errorBox, 'Some variables cannot be read: see the fields marked on the left.');
      return;
    }
    let result: RenderResult;
    try {
      result = render(current.id, values, {
        locale: locale.value,
        register: register.value as Register,
        channel: channel.value as Channel,
        timeZone: timeZone.value,
        strict: strict.checked,
        ...(variant.value === '' ? {} : { variant: Number(variant.value) }),
      });
    } catch (error) {
      clearOutput();
      if (error instanceof InvalidVariablesError) {
        const elsewhere: string[] = [];
        for (const issue of error.issues) {
          const field = fields.find((f) => f.descriptor.name === issue.variable);
          if (field) field.setError(issue.problem);
          else elsewhere.push(`${issue.variable}: ${issue.problem}`);
        }
        showMessage(errorBox, `The variables do not fit the template${elsewhere.length ? ` (${elsewhere.join('; ')})` : ''}: see the fields marked on the left.`);
      } else showMessage(errorBox, describeError(error));
      return;
    }
    const html = result.channel === 'html';
    output.textContent = result.text;
    output.lang = result.locale;
    output.dataset.channel = result.channel;
    sourceLabel.hidden = !html;
    htmlBox.hidden = !html;
    preview.lang = result.locale;
    preview.replaceChildren(html ? htmlPreview(result.text) : '');
    const rows: [string, string, string][] = [
      ['template', 'Template', result.templateId],
      ['locale', 'Written in', result.locale],
      ['requested-locale', 'Asked for', result.requestedLocale],
      ['fallback', 'Fallback to another language', result.fallback ? 'yes' : 'no'],
      ['register', 'Register', result.register],
      ['channel', 'Channel', result.channel],
      ['variant', 'Phrasing', `${result.variant + 1} of ${current.variants}`],
    ];
    meta.replaceChildren(...rows.flatMap(([key, label, value]) => [h('dt', {}, label), h('dd', { 'data-field': key, class: key === 'fallback' && result.fallback ? 'warn' : undefined }, value)]));
    lastReply = { text: html ? readableText(preview) : result.text, locale: result.locale, register: result.register };
    toLint.disabled = false;
  }

  category.addEventListener('change', showTemplates);
  search.addEventListener('input', showTemplates);
  templateSelect.addEventListener('change', () => chooseTemplate(all.find((t) => t.id === templateSelect.value)));
  locale.addEventListener('change', () => {
    if (!edited) fillExample();
    update();
  });
  for (const control of [register, channel, variant, strict]) control.addEventListener('change', update);
  timeZone.addEventListener('change', update);
  reset.addEventListener('click', () => {
    fillExample();
    update();
  });
  toLint.addEventListener('click', () => {
    if (lastReply) onCheck(lastReply);
  });
  showTemplates();
}

/** The text of the html preview, paragraphs apart, for the linter. */
function readableText(preview: HTMLElement): string {
  const paragraphs = Array.from(preview.querySelectorAll('p'));
  return paragraphs.length > 0 ? paragraphs.map((p) => p.textContent ?? '').join('\n\n') : (preview.textContent ?? '');
}
