/**
 * The what-if form's lazily loaded part (what-if-form-element.ts loads it when the form connects):
 * checking the fields (src/figures/fig2/what-if.ts), writing the `whatif` URL parameter, and the
 * list of the reader's limits.
 */
import { checkWhatIf, formatWhatIfItem, WHAT_IF_MAX_ITEMS, whatIfParam, type WhatIfFields, type WhatIfLimit } from '../../figures/fig2/what-if';
import { readUrlState, writeUrlState } from '../shared/url-sync';
import { setFieldError } from '../shared/number-field';
import { KIND_WORD } from '../../figures/shared/limit-standing';

const schema = { whatif: whatIfParam('whatif') };
const FIELDS = ['name', 'flavor', 'lower', 'upper', 'cl', 'kind'] as const;

/** Removes every hypothetical limit from the URL. */
export function clear(root: Element): void {
  writeUrlState(schema, { whatif: [] });
  say(root, 'All hypothetical limits removed.');
}

function input(root: Element, name: (typeof FIELDS)[number]): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(`[data-field="${name}"]`) as HTMLInputElement;
}

function say(root: Element, text: string): void {
  const status = root.querySelector('[data-status]');
  if (status) status.textContent = text;
}

/** Checks the fields and adds the limit to the URL, or shows what is wrong next to the fields. */
export function add(root: Element): void {
  const fields = Object.fromEntries(FIELDS.map((name) => [name, input(root, name).value])) as unknown as WhatIfFields;
  for (const name of FIELDS) setFieldError(input(root, name), undefined);
  const result = checkWhatIf(fields);
  if ('errors' in result) {
    for (const { field, message } of result.errors) setFieldError(input(root, field), message);
    input(root, result.errors[0].field).focus();
    say(root, 'Not added: please correct the highlighted fields.');
    return;
  }
  const current = readUrlState(schema).state.whatif;
  if (current.length >= WHAT_IF_MAX_ITEMS) {
    say(root, `Not added: at most ${WHAT_IF_MAX_ITEMS} hypothetical limits; remove one first.`);
    return;
  }
  writeUrlState(schema, { whatif: [...current, { id: `whatif-${current.length + 1}`, ...result.limit }] });
  say(root, `Added “${result.limit.name}”. The figure and the table now include it, and the page address can be shared.`);
  for (const name of ['name', 'lower', 'upper', 'cl'] as const) input(root, name).value = '';
}

/** Lists the URL's hypothetical limits, each with a button that removes it. */
export function renderList(root: Element): void {
  const { state } = readUrlState(schema);
  const box = root.querySelector<HTMLElement>('[data-current]');
  const list = root.querySelector('[data-list]');
  if (!box || !list) return;
  list.replaceChildren(...state.whatif.map((limit, index) => item(root, limit, index, state.whatif)));
  box.hidden = state.whatif.length === 0;
}

function item(root: Element, limit: WhatIfLimit, index: number, all: readonly WhatIfLimit[]): HTMLLIElement {
  const li = document.createElement('li');
  const text = document.createElement('span');
  text.textContent = `${limit.name}: ν_${limit.flavor === 'mu' ? 'μ' : 'τ'}, q_ν in [${limit.lower}, ${limit.upper}] e, ${limit.cl === null ? 'CL not given' : `CL ${limit.cl}`}, ${KIND_WORD[limit.kind]} (${formatWhatIfItem(limit)})`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove';
  remove.setAttribute('aria-label', `Remove ${limit.name}`);
  remove.addEventListener('click', () => {
    writeUrlState(schema, { whatif: all.filter((_, i) => i !== index) });
    say(root, `Removed “${limit.name}”.`);
  });
  li.append(text, remove);
  return li;
}
