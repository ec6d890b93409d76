// The g−2 explorer: build markup = browser markup for every fragment (tests/setup/fragments.ts): readout,
// legend and both "Show data" tables, the hypothetical limits of the whatif parameter included.
import { renderFigure } from '../../src/figures/shared/render.server';
import { gm2Figure } from '../../src/figures/gm2/descriptor';
import { gm2DataFromFiles } from '../../src/figures/gm2/data.server';
import { readGm2State } from '../../src/figures/gm2/state';
import { sameFragments } from '../setup/fragments';

const data = gm2DataFromFiles();
const schema = gm2Figure.schema(data);

sameFragments({
  page: 'muon-g-2/',
  element: 'gm2-explorer',
  // As the browser reads the URL: the schema's parameters and the whatif limits (gm2-element.ts).
  render: (query) => renderFigure(gm2Figure, data, readGm2State(schema, query).state).fragments,
  states: [
    'm=15',
    // A g−2 ceiling at the lightest mass (the table's masses 10⁻³ … 10⁴ as at build time), 2σ.
    'm=0.001&set=2025&sigma=2',
    'm=3160&flavor=mu&treatment=signed&set=2021',
    // Hostile values: each falls back to its default.
    'm=1e400&set=%3Cscript%3E&sigma=7&flavor=e&treatment=%22%3E%3Cimg%20src=x%3E',
    // Hypothetical limits: a valid one on ν_μ, one with markup in its name (dropped with a notice).
    'flavor=mu&whatif=My%20Exp~mu~-1e-14~2e-14~0.9~projection,%3Cb%3Ex%3C%2Fb%3E~mu~-1e-14~1e-14~0.9~observed',
    'whatif=Tiny~tau~-1e-20~1e-20~~astro&m=9999.5',
  ],
});
