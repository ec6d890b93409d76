/**
 * The one controller every live figure extends: a custom element that reads its state from the
 * URL, binds its controls through `data-control`, loads its figure code lazily and redraws.
 *
 * First load ships only this class and the small shared helpers; the figure's descriptor, Plot
 * and the physics arrive with the lazily loaded `<figure>-live.ts` (a {@link FigureLive}) when the
 * figure nears the viewport, a control is touched, or the URL names a state.
 *
 * Controls: any element inside with `data-control="<state key>"` (or, for a second control of one
 * key under its own name, `data-control="<name>" data-key="<state key>"`):
 * - radio buttons, a <select>: the value is read with the schema's parameter (as the URL is);
 * - checkboxes of one key: the checked values as a list (`none` when empty);
 * - a range input with `data-scale="log10"`: 10^value, four significant digits (`data-digits`
 *   to change that); a drag makes one history entry;
 * - a text field: checked as typed (a message next to it, see number-field.ts; `data-label`,
 *   `data-min`, `data-max` give the rule) and drawn at once; the URL follows when it is committed
 *   (Enter or leaving it).
 * Changes are drawn first and written to the URL after the paint (url-sync.ts `urlWriter`).
 */
import type { Schema } from '../../figures/shared/url-state';
import type { FigureLive } from './figure-live';
import { wireFrame } from './frame';
import { measured, onceVisible } from './lazy';
import { checkNumber, setFieldError, type NumberRule } from './number-field';
import { onUrlStateChange, urlWriter, type UrlWriter } from './url-sync';
import { parseState, sameState } from '../../figures/shared/url-state';

type Control = HTMLInputElement | HTMLSelectElement;

/**
 * A URL parameter's error phrase as a sentence: a full stop, and an upper-case first letter unless
 * the phrase starts with a symbol ('g must be…', 'q² must be…').
 */
function sentence(phrase: string): string {
  const text = phrase.trim();
  const symbol = /^\S{1,2}\s/.test(text);
  return `${symbol ? text[0] : (text[0]?.toUpperCase() ?? '')}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export abstract class FigureElement<S, D, V> extends HTMLElement {
  /** Loads the figure's live module once (`lazyModule(() => import('./x-live'))`). */
  protected abstract load(): Promise<FigureLive<S, D, V>>;

  /** The data the page embeds in `data-figure` (JSON), read once. */
  protected data!: D;
  /** BibTeX entries by key, embedded in `data-bibtex`. */
  protected bibtex: Record<string, string> = {};
  protected live?: FigureLive<S, D, V>;
  protected schema?: Schema<S>;
  protected state?: S;
  /** The state last drawn (undefined before the first draw). */
  protected drawn?: S;
  private url?: UrlWriter;
  private width = 0;
  private dragging = false;
  /** Whether the reader has used a control (then the first read of the URL must not undo it). */
  private touched = false;

  connectedCallback(): void {
    this.data = JSON.parse(this.dataset.figure ?? 'null') as D;
    this.bibtex = JSON.parse(this.dataset.bibtex ?? '{}') as Record<string, string>;
    for (const control of this.controls()) this.bind(control);
    wireFrame(this.frame(), {
      fileStem: () => (this.live && this.drawn ? this.live.figure.download.fileStem(this.view()) : this.localName),
      csv: () => this.live!.csv(this.view()),
      json: () => this.live!.json(this.view()),
      bibtex: () => this.citation(),
    });
    onUrlStateChange(() => void this.fromUrl());
    const preload = () => void this.ensureLive().catch(() => undefined);
    this.addEventListener('pointerdown', preload, { once: true });
    this.addEventListener('focusin', preload, { once: true });
    this.watchWidth();
    // A shared link: draw now; otherwise when the figure nears the viewport.
    if (window.location.search) void this.fromUrl(true);
    else onceVisible(this, () => void this.fromUrl(true));
  }

  /** The state and notices a query string gives (override to read parameters beyond the schema). */
  protected readState(schema: Schema<S>, search: string): { state: S; notices: string[] } {
    return parseState(schema, search);
  }

  /** A check across controls (e.g. lowest ≤ highest mass): the control to flag and its message. */
  protected checkState(_state: S): { control: string; message: string } | undefined {
    return undefined;
  }

  /** Whether two states draw the same view (override when the view depends on more than the schema). */
  protected sameView(a: S, b: S): boolean {
    return sameState(this.schema!, a, b);
  }

  /** The view of the current state (computed by the descriptor). */
  protected view(): V {
    return this.live!.figure.view(this.state!, this.data);
  }

  /** The widget's <figure>. */
  protected frame(): HTMLElement {
    return this.querySelector('figure')!;
  }

  /** The controls of a state key (all of them when no key is given). */
  protected controls(key?: string): Control[] {
    return [...this.querySelectorAll<Control>(key ? `[data-control="${key}"]:not([data-key]), [data-key="${key}"]` : '[data-control]')];
  }

  /** BibTeX for what is shown: the descriptor's keys over the page's entries, each entry once. */
  protected citation(): string {
    const keys = this.live && this.state ? this.live.figure.cite(this.view()) : ['paper'];
    const texts = keys.map((key) => this.bibtex[key]).filter((text): text is string => Boolean(text));
    return [...new Set(texts.flatMap((text) => text.split('\n\n')))].join('\n\n');
  }

  private async ensureLive(): Promise<FigureLive<S, D, V>> {
    if (!this.live) {
      const live = await this.load();
      this.schema ??= live.figure.schema(this.data);
      this.url ??= urlWriter(this.schema, () => this.state!);
      this.state ??= this.readState(this.schema, window.location.search).state;
      this.live = live;
    }
    return this.live;
  }

  /**
   * Reads the URL (after any widget's write, back/forward or a shared link) and redraws if it names
   * another view. `first`: the read when the figure comes into view (or a shared link is opened).
   */
  protected async fromUrl(first = false): Promise<void> {
    const live = await this.ensureLive();
    // The reader's latest change is newer than the URL: a write is scheduled, or, for the first
    // read, the reader used a control while the figure code loaded (a typed number, say, that is
    // drawn but not yet in the URL).
    if (this.url!.pending || (first && this.touched)) return;
    const { state, notices } = this.readState(this.schema!, window.location.search);
    this.showNotices(notices);
    // After our own write the controls already say this (and the reader may be typing in one).
    if (this.drawn && this.sameView(state, this.drawn)) return;
    this.state = state;
    this.syncControls();
    await this.redraw(live);
  }

  private showNotices(notices: readonly string[]): void {
    const box = this.frame().querySelector<HTMLElement>('[data-notices]');
    if (box) box.textContent = notices.join('\n');
  }

  /** A control's value as the state wants it, or an error message (text fields). */
  private read(control: Control, key: string): { value: S[keyof S] } | { error: string } {
    const def = this.schema![key as keyof S];
    let raw = control.value;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      raw =
        this.controls(key)
          .filter((box) => (box as HTMLInputElement).checked)
          .map((box) => box.value)
          .join(',') || 'none';
    } else if (control instanceof HTMLInputElement && control.dataset.scale === 'log10') {
      raw = String(Number((10 ** Number(control.value)).toPrecision(Number(control.dataset.digits ?? 4))));
    } else if (control instanceof HTMLInputElement && control.type === 'text') {
      const rule: NumberRule = {
        label: control.dataset.label ?? key,
        min: Number(control.dataset.min ?? -Number.MAX_VALUE),
        max: Number(control.dataset.max ?? Number.MAX_VALUE),
      };
      const typed = checkNumber(raw, rule);
      if ('error' in typed) return typed;
      raw = String(typed.value);
    }
    const parsed = def.parse(raw);
    return 'value' in parsed ? { value: parsed.value } : { error: sentence(parsed.error) };
  }

  private bind(control: Control): void {
    const key = control.dataset.key ?? control.dataset.control!;
    const isText = control instanceof HTMLInputElement && control.type === 'text';
    const isRange = control instanceof HTMLInputElement && control.type === 'range';
    // A field with data-commit="change" is checked as typed but drawn only when committed (Enter or
    // leaving it): Fig. 2's two masses, whose pair must stay ordered while one is half typed.
    const onCommit = isText && control.dataset.commit === 'change';
    // Read the control before any await: while the figure code loads, a first draw from the URL
    // may reset the controls, and the reader's choice must win.
    control.addEventListener(isText || isRange ? 'input' : 'change', () => {
      this.touched = true;
      const typed = control.value;
      void this.ensureLive().then(() => {
        control.value = typed;
        const result = this.read(control, key);
        if (control instanceof HTMLInputElement && isText) setFieldError(control, 'error' in result ? result.error : undefined);
        if ('error' in result || onCommit) return;
        const replace = isRange && this.dragging;
        if (isRange) this.dragging = true;
        void this.commit({ [key]: result.value } as Partial<S>, { source: control, writeUrl: !isText, replace });
      });
    });
    if (isRange) control.addEventListener('change', () => (this.dragging = false));
    if (isText) {
      // After the input handler above (the figure code may still be loading when Enter is pressed).
      control.addEventListener('change', () => {
        void this.ensureLive().then(() => {
          if (onCommit) {
            const result = this.read(control, key);
            setFieldError(control as HTMLInputElement, 'error' in result ? result.error : undefined);
            if (!('error' in result)) void this.commit({ [key]: result.value } as Partial<S>, { source: control });
            return;
          }
          if (this.state && !control.hasAttribute('aria-invalid') && this.checkState(this.state) === undefined) this.url!.write();
        });
      });
    }
  }

  /**
   * Applies a change from a control: checks it across controls, draws it at once and writes the
   * URL after the paint.
   */
  protected async commit(
    patch: Partial<S>,
    { source, writeUrl = true, replace = false }: { source?: Control; writeUrl?: boolean; replace?: boolean } = {},
  ): Promise<void> {
    const live = await this.ensureLive();
    const next = { ...this.state!, ...patch };
    const problem = this.checkState(next);
    const [flagged] = problem ? this.controls(problem.control) : [];
    if (problem && flagged instanceof HTMLInputElement) {
      setFieldError(flagged, problem.message);
      return;
    }
    this.state = next;
    // Every control shows the state, the source too (a first draw from the URL may have reset it
    // while the figure code loaded), except a text field the reader is typing in.
    this.syncControls(source instanceof HTMLInputElement && source.type === 'text' ? source : undefined);
    if (writeUrl) this.url!.write({ replace });
    await this.redraw(live);
  }

  /** Sets every control (but the one the reader is using) from the state. */
  protected syncControls(except?: Control): void {
    const state = this.state!;
    for (const control of this.controls()) {
      if (control === except) continue;
      const key = (control.dataset.key ?? control.dataset.control!) as keyof S;
      const def = this.schema![key];
      const value = state[key];
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = (value as readonly string[]).includes(control.value);
      else if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === def.format(value);
      else if (control instanceof HTMLInputElement && control.dataset.scale === 'log10') {
        control.value = String(Math.log10(value as number));
        control.setAttribute('aria-valuetext', `${Number((value as number).toPrecision(3))}${control.dataset.unit ? ` ${control.dataset.unit}` : ''}`);
      } else if (control instanceof HTMLInputElement && control.type === 'text') {
        if (Number(control.value) !== value || control.value.trim() === '') control.value = def.format(value);
        setFieldError(control, undefined);
      } else control.value = def.format(value);
    }
  }

  /** Keeps the chart's width current from a ResizeObserver, so a redraw never forces a layout. */
  private watchWidth(): void {
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    if (!holder || !('ResizeObserver' in window)) return;
    new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (!width || width === this.width) return;
      this.width = width;
      if (this.drawn && this.live) void this.redraw(this.live);
    }).observe(holder);
  }

  /** Draws the current state (timed as `<name>:redraw` for the tests and the bench). */
  protected async redraw(live: FigureLive<S, D, V>): Promise<void> {
    const state = this.state!;
    this.width ||= this.querySelector<HTMLElement>('[data-chart]')?.clientWidth ?? 0;
    await measured(`${live.figure.name}:redraw`, () => live.draw(this, live.figure.view(state, this.data), this.width || Infinity));
    this.drawn = state;
  }
}
