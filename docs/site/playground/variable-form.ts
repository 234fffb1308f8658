import type { VariableDescriptor } from '../../../dist/index.js';
import { h } from './dom';
import { fromWallTime, toWallTime } from './time-zone';

/** What a field holds: a value, nothing (the variable is left out), or why it cannot be read. */
export type FieldValue = { readonly value: unknown } | { readonly empty: true } | { readonly error: string };

/** One variable's part of the form. */
export interface VariableField {
  readonly descriptor: VariableDescriptor;
  readonly element: HTMLElement;
  read(): FieldValue;
  fill(value: unknown): void;
  /** Shows a problem next to the field (or clears it). */
  setError(problem: string | undefined): void;
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'RON', 'MDL', 'UAH', 'PLN', 'SEK', 'CHF'];
const EMPTY = { empty: true } as const;

/** The shared <datalist> of currency codes (made once per page). */
function currencyList(): string {
  const id = 'currency-codes';
  if (!document.getElementById(id)) document.body.appendChild(h('datalist', { id }, ...CURRENCIES.map((code) => h('option', { value: code }))));
  return id;
}

function numberOf(input: HTMLInputElement): FieldValue {
  if (input.value === '') return input.validity.badInput ? { error: 'must be a number' } : EMPTY;
  return { value: input.valueAsNumber };
}

/**
 * Builds the field for one variable, by its kind: text, url, number, count, percent, money
 * (amount + currency), date (date and time in the chosen zone), list (one item a line), boolean;
 * anything else as JSON. `onInput` runs on every change.
 */
export function variableField(descriptor: VariableDescriptor, timeZone: () => string, onInput: () => void): VariableField {
  const id = `var-${descriptor.name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = descriptor.description ? `${hintId} ${errorId}` : errorId;
  const common = { 'aria-describedby': describedBy, 'aria-required': descriptor.required ? 'true' : undefined, autocomplete: 'off' };
  const error = h('p', { id: errorId, class: 'field-error', hidden: true });
  const hint = descriptor.description ? h('p', { id: hintId, class: 'hint' }, descriptor.description) : null;
  const marker = descriptor.required ? h('span', { class: 'required-mark' }, 'required') : h('span', { class: 'optional-mark' }, 'optional');
  const labelText = (forId: string | undefined) =>
    h(forId ? 'label' : 'span', forId ? { for: forId, class: 'field-label' } : { class: 'field-label', id: `${id}-label` }, h('code', {}, descriptor.name), ' ', h('span', { class: 'kind' }, descriptor.kind), ' ', marker);

  let inputs: HTMLElement[];
  let read: () => FieldValue;
  let fill: (value: unknown) => void;
  let element: HTMLElement;

  switch (descriptor.kind) {
    case 'money': {
      const amount = h('input', { id: `${id}-amount`, type: 'number', step: 'any', inputmode: 'decimal', ...common });
      const currency = h('input', { id: `${id}-currency`, type: 'text', maxlength: '3', size: '4', list: currencyList(), class: 'currency', ...common });
      inputs = [amount, currency];
      read = () => {
        if (amount.value === '' && currency.value.trim() === '') return amount.validity.badInput ? { error: 'the amount must be a number' } : EMPTY;
        if (amount.value === '') return { error: 'enter an amount' };
        return { value: { amount: amount.valueAsNumber, currency: currency.value.trim() } };
      };
      fill = (value) => {
        const money = value as { amount?: unknown; currency?: unknown } | undefined;
        amount.value = typeof money?.amount === 'number' ? String(money.amount) : '';
        currency.value = typeof money?.currency === 'string' ? money.currency : '';
      };
      element = h(
        'div',
        { class: 'field money', role: 'group', 'aria-labelledby': `${id}-label` },
        labelText(undefined),
        h('div', { class: 'money-inputs' }, h('label', { for: amount.id, class: 'sub-label' }, 'Amount'), amount, h('label', { for: currency.id, class: 'sub-label' }, 'Currency'), currency),
      );
      break;
    }
    case 'date': {
      const input = h('input', { id, type: 'datetime-local', step: '60', ...common });
      inputs = [input];
      read = () => {
        if (input.value === '') return input.validity.badInput ? { error: 'not a complete date and time' } : EMPTY;
        const date = fromWallTime(input.value, timeZone());
        return date ? { value: date } : { error: 'not a date and time' };
      };
      fill = (value) => {
        input.value = value instanceof Date && !Number.isNaN(value.getTime()) ? toWallTime(value, timeZone()) : '';
      };
      element = h('div', { class: 'field' }, labelText(id), input);
      break;
    }
    case 'list': {
      const input = h('textarea', { id, rows: '3', ...common });
      inputs = [input];
      read = () => {
        const items = input.value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        return items.length === 0 ? EMPTY : { value: items };
      };
      fill = (value) => {
        input.value = Array.isArray(value) ? value.join('\n') : '';
      };
      element = h('div', { class: 'field' }, labelText(id), input, h('p', { class: 'hint' }, 'One item a line.'));
      break;
    }
    case 'boolean': {
      const input = h('input', { id, type: 'checkbox', ...common });
      inputs = [input];
      read = () => (input.checked || descriptor.required ? { value: input.checked } : EMPTY);
      fill = (value) => {
        input.checked = value === true;
      };
      element = h('div', { class: 'field checkbox' }, input, labelText(id));
      break;
    }
    case 'count':
    case 'number':
    case 'percent': {
      const bounds = descriptor.kind === 'percent' ? { min: '0', max: '100' } : descriptor.kind === 'count' ? { min: '0' } : {};
      const input = h('input', { id, type: 'number', step: 'any', inputmode: 'decimal', ...bounds, ...common });
      inputs = [input];
      read = () => numberOf(input);
      fill = (value) => {
        input.value = typeof value === 'number' ? String(value) : '';
      };
      element = h('div', { class: 'field' }, labelText(id), input);
      break;
    }
    case 'text':
    case 'url': {
      const input = h('input', { id, type: descriptor.kind === 'url' ? 'url' : 'text', ...common });
      inputs = [input];
      read = () => (input.value.trim() === '' ? EMPTY : { value: input.value });
      fill = (value) => {
        input.value = typeof value === 'string' ? value : '';
      };
      element = h('div', { class: 'field' }, labelText(id), input);
      break;
    }
    default: {
      const input = h('textarea', { id, rows: '2', class: 'json', ...common });
      inputs = [input];
      read = () => {
        if (input.value.trim() === '') return EMPTY;
        try {
          return { value: JSON.parse(input.value) as unknown };
        } catch {
          return { error: 'must be JSON' };
        }
      };
      fill = (value) => {
        input.value = value === undefined ? '' : JSON.stringify(value);
      };
      element = h('div', { class: 'field' }, labelText(id), input, h('p', { class: 'hint' }, 'As JSON.'));
    }
  }
  if (hint) element.appendChild(hint);
  element.appendChild(error);
  element.dataset.variable = descriptor.name;
  element.dataset.kind = descriptor.kind;
  for (const input of inputs) input.addEventListener('input', onInput);

  return {
    descriptor,
    element,
    read,
    fill,
    setError(problem) {
      error.textContent = problem ?? '';
      error.hidden = problem === undefined;
      element.classList.toggle('invalid', problem !== undefined);
      for (const input of inputs) {
        if (problem === undefined) input.removeAttribute('aria-invalid');
        else input.setAttribute('aria-invalid', 'true');
      }
    },
  };
}
