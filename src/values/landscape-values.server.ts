/**
 * <Value> keys of the landscape page (src/figures/landscape): how many limits it draws, and for
 * each value set and band width the mass where the drawn limits first exclude the (g−2)_μ band.
 */
import { landscapeData } from '../figures/landscape/data.server';
import { LANDSCAPE_MASS_MIN_MEV } from '../figures/landscape/state';
import { landscapeView } from '../figures/landscape/view';
import { BAND_WIDTHS, type Registry } from './entry';

const SOURCE = 'src/data/zprime-limits.json, the (g−2) band of eq. (6) (src/figures/landscape/survival.ts)';

/**
 * - `landscape/limits-drawn`: the number of limit curves drawn
 * - `landscape/<set>/<1|2>sigma/first-exclusion` (MeV): the upper end of the band's surviving window
 *   that starts at the chart's lightest mass (10⁻³ MeV), i.e. where a drawn limit first closes the
 *   band; absent when the band is a ceiling at that width or is already excluded at 10⁻³ MeV
 */
export function addLandscapeValues(r: Registry): void {
  const data = landscapeData();
  r['landscape/limits-drawn'] = () => ({ value: data.limits.length, digits: 1, source: 'src/data/zprime-limits.json (limits)' });
  for (const set of data.sets) {
    for (const sigma of BAND_WIDTHS) {
      const view = () => landscapeView({ set: set.id, sigma, show: [], m: 1 }, data);
      const low = set.value - sigma * set.sigma;
      // Decided without computing the band: only the window's end needs eq. (6).
      if (low <= 0) continue;
      r[`landscape/${set.id}/${sigma}sigma/first-exclusion`] = () => {
        const first = view().windows[0];
        if (!first || first.from !== LANDSCAPE_MASS_MIN_MEV)
          throw new RangeError(`landscape: the band of set ${set.id} at ${sigma}σ is excluded at ${LANDSCAPE_MASS_MIN_MEV} MeV`);
        return { value: first.to, unit: 'MeV', digits: 3, plainAbove: 4, source: `${SOURCE}, set ${set.id} at ${sigma}σ` };
      };
    }
  }
}
