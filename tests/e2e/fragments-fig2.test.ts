// Fig. 2: build markup = browser markup for every fragment (legend, hypothetical limits, g−2 band
// text, "Show data" table; tests/setup/fragments.ts). The Node side reads a query string as the
// browser's controller does (parseFig2State: a reversed mass range falls back to the defaults).
import limitsJson from '../../src/data/millicharge-limits.json';
import { renderFigure } from '../../src/figures/shared/render.server';
import { fig2Figure } from '../../src/figures/fig2/descriptor';
import { parseFig2State } from '../../src/figures/fig2/state';
import { limitsData } from '../../src/figures/shared/figure-data.server';
import { sameFragments } from '../setup/fragments';

const data = limitsData();
const ALL = `exp=${limitsJson.limits.map((l) => l.id).join(',')}`;

sameFragments({
  page: 'limits/',
  element: 'fig2-widget',
  render: (query) => renderFigure(fig2Figure, data, parseFig2State(data, query).state).fragments,
  states: [
    'flavor=both',
    'flavor=tau&treatment=signed',
    // The 2025 set has no band at 2σ, only a ceiling; a wide mass range.
    'set=2025&sigma=2&mmin=1&mmax=300&flavor=mu',
    'exp=none',
    `${ALL}&whatif=${encodeURIComponent('Mine~mu~-1e-14~2e-14~0.9~observed,Next~tau~-3e-16~1e-16~~projection')}`,
    // Hostile: a reversed mass range, a script as a flavour, markup as a hypothetical limit's name.
    `mmin=50&mmax=5&flavor=${encodeURIComponent('<script>alert(1)</script>')}&whatif=${encodeURIComponent('<img src=x onerror=alert(1)>~tau~0~1e-15~~observed,Ok~tau~-1e-15~1e-15~~astro')}`,
  ],
});
