// The landscape: build markup = browser markup for every fragment (tests/setup/fragments.ts).
import { renderFigure } from '../../src/figures/shared/render.server';
import { landscapeFigure } from '../../src/figures/landscape/descriptor';
import { landscapeData } from '../../src/figures/landscape/data.server';
import { sameFragments } from '../setup/fragments';

sameFragments({
  page: 'landscape/',
  element: 'landscape-figure',
  render: (query) => renderFigure(landscapeFigure, landscapeData(), query).fragments,
  states: ['m=300', 'set=2021&sigma=2&m=216', 'set=2025&show=band', 'show=none&m=0.001', 'm=1e4&show=limits', 'm=%3Cscript%3E&set=%22&sigma=3&show=x'],
});
