/**
 * Puts Fig. 2 together from two Plot renders: the parts that never change (rendered once with
 * fig2Spec(…, 'fixed')) and the parts that follow the state (fig2Spec(…, 'state'), rendered on
 * every redraw). The result is the same markup as one render of the whole figure (the unit test
 * compares them), but a redraw no longer rebuilds the axes, grid, Hubble regions and model line. The state render
 * is the root, so Plot's pointer tip keeps its listeners. DOM-only (works with linkedom too).
 */
import { FIG2_FIXED_ABOVE } from './spec';

/**
 * @param fixed the root <svg> of a 'fixed' render (kept intact; its parts are cloned)
 * @param state the root <svg> of a 'state' render of the same size (receives the clones)
 * @returns `state`, now the whole figure
 */
export function composeFig2(fixed: Element, state: Element): Element {
  const fixedParts = [...fixed.children].filter((el) => el.tagName.toLowerCase() !== 'style');
  const below = fixedParts.slice(0, fixedParts.length - FIG2_FIXED_ABOVE);
  const above = fixedParts.slice(fixedParts.length - FIG2_FIXED_ABOVE);
  const style = [...state.children].find((el) => el.tagName.toLowerCase() === 'style');
  // The pointer tip is drawn after every other mark; the fixed parts above the data go before it.
  const tip = [...state.children].find((el) => el.getAttribute('aria-label') === 'tip') ?? null;
  const afterStyle = style ? style.nextSibling : state.firstChild;
  for (const el of below) state.insertBefore(el.cloneNode(true), afterStyle);
  for (const el of above) state.insertBefore(el.cloneNode(true), tip);
  return state;
}
