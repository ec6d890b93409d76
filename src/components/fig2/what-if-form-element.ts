/**
 * <what-if-form>: the what-if form's controller. Checks the fields (src/figures/fig2/what-if.ts),
 * adds the limit to the `whatif` URL parameter (every Fig. 2 and bound table on the page follows),
 * shows errors next to the fields, and lists the reader's limits with a button to remove each.
 */
import { checkWhatIf, formatWhatIfItem, WHAT_IF_MAX_ITEMS, whatIfParam, type WhatIfFields, type WhatIfLimit } from '../../figures/fig2/what-if';
import { readUrlState, onUrlStateChange, writeUrlState } from '../shared/url-sync';
import { setFieldError } from '../shared/number-field';
import { KIND_WORD } from '../../figures/shared/limit-standing';

const schema = { whatif: whatIfParam('whatif') };
const FIELDS = ['name', 'flavor', 'lower', 'upper', 'cl', 'kind'] as const;

class WhatIfForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    this.querySelector<HTMLElement>('[data-nojs]')?.remove();
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.add();
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      writeUrlState(schema, { whatif: [] });
      this.say('All hypothetical limits removed.');
    });
    onUrlStateChange(() => this.renderList());
    this.renderList();
  }

  private input(name: (typeof FIELDS)[number]) {
    return this.querySelector<HTMLInputElement>(`[data-field="${name}"]`) as HTMLInputElement;
  }

  private say(text: string) {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  private add() {
    const fields = Object.fromEntries(FIELDS.map((name) => [name, this.input(name).value])) as unknown as WhatIfFields;
    for (const name of FIELDS) setFieldError(this.input(name), undefined);
    const result = checkWhatIf(fields);
    if ('errors' in result) {
      for (const { field, message } of result.errors) setFieldError(this.input(field), message);
      this.input(result.errors[0].field).focus();
      this.say('Not added: please correct the highlighted fields.');
      return;
    }
    const current = readUrlState(schema).state.whatif;
    if (current.length >= WHAT_IF_MAX_ITEMS) {
      this.say(`Not added: at most ${WHAT_IF_MAX_ITEMS} hypothetical limits; remove one first.`);
      return;
    }
    writeUrlState(schema, { whatif: [...current, { id: `whatif-${current.length + 1}`, ...result.limit }] });
    this.say(`Added “${result.limit.name}”. The figure and the table now include it, and the page address can be shared.`);
    for (const name of ['name', 'lower', 'upper', 'cl'] as const) this.input(name).value = '';
  }

  private renderList() {
    const { state } = readUrlState(schema);
    const box = this.querySelector<HTMLElement>('[data-current]');
    const list = this.querySelector('[data-list]');
    if (!box || !list) return;
    list.replaceChildren(...state.whatif.map((limit, index) => this.item(limit, index, state.whatif)));
    box.hidden = state.whatif.length === 0;
  }

  private item(limit: WhatIfLimit, index: number, all: readonly WhatIfLimit[]) {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.textContent = `${limit.name}: ν_${limit.flavor === 'mu' ? 'μ' : 'τ'}, q_ν in [${limit.lower}, ${limit.upper}] e, ${limit.cl === null ? 'CL not given' : `CL ${limit.cl}`}, ${KIND_WORD[limit.kind]} (${formatWhatIfItem(limit)})`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${limit.name}`);
    remove.addEventListener('click', () => {
      writeUrlState(schema, { whatif: all.filter((_, i) => i !== index) });
      this.say(`Removed “${limit.name}”.`);
    });
    li.append(text, remove);
    return li;
  }
}

customElements.define('what-if-form', WhatIfForm);
