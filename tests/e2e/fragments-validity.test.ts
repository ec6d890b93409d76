// The validity explorer: build markup = browser markup for every fragment (tests/setup/fragments.ts):
// the readout with its sentences, the legend's swatch of the bound and the "Show data" table.
import { renderFigure } from '../../src/figures/shared/render.server';
import { validityData, validityFigure } from '../../src/figures/validity/data.server';
import { sameFragments } from '../setup/fragments';

const data = validityData();

sameFragments({
  page: 'validity/',
  element: 'validity-explorer',
  render: (query) => renderFigure(validityFigure, data, query).fragments,
  states: [
    'exp=coherent-2021-mu',
    // The red giant's |q| is a plasmon energy; signed treatment; a mass below every |q|.
    'exp=red-giant-plasmon&m=0.001&treatment=signed',
    // The 2025 value set only gives a ceiling; the heaviest mass.
    'set=2025&m=1000',
    // A disputed limit: the verdict says so first.
    'exp=gemma&m=0.000001',
    // Hostile values: each rejected with a notice, the defaults drawn.
    'exp=%3Cscript%3Ealert(1)%3C%2Fscript%3E&m=1e400',
    'm=abc&treatment=both&set=1999&exp=lz-tau%22%3E',
  ],
});
