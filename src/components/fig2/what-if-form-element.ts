/**
 * <what-if-form>: the what-if form's controller. Its code (what-if-form-live.ts: checking the
 * fields, writing the `whatif` URL parameter that every Fig. 2 and bound table on the page follows,
 * errors next to the fields, the list of the reader's limits) loads when the form connects, so the
 * page's first load carries only this.
 */
import { lazyModule } from '../shared/lazy';
import { onUrlStateChange } from '../shared/url-sync';

const load = lazyModule(() => import('./what-if-form-live'));

class WhatIfForm extends HTMLElement {
  connectedCallback() {
    this.querySelector<HTMLElement>('[data-nojs]')?.remove();
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void load().then((form) => form.add(this));
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => void load().then((form) => form.clear(this)));
    const list = () => void load().then((form) => form.renderList(this));
    onUrlStateChange(list);
    list();
  }
}

customElements.define('what-if-form', WhatIfForm);
