// The kinetic-mixing calculator: build markup = browser markup for every fragment (tests/setup/fragments.ts).
import { renderFigure } from '../../src/figures/shared/render.server';
import { epsilonFigure } from '../../src/figures/epsilon/descriptor';
import { sameFragments } from '../setup/fragments';

sameFragments({
  page: 'kinetic-mixing/',
  element: 'epsilon-calculator',
  render: (query) => renderFigure(epsilonFigure, null, query).fragments,
  states: ['g=5e-4', 'g=1e-3&q2=30000&flavor=tau', 'g=2e-2&q2=-1e7', 'g=1e-9&q2=44000', 'q2=-1e18'],
});
