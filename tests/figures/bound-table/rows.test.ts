import { describe, expect, it } from 'vitest';
import { boundTableBody } from '../../../src/figures/bound-table/rows';
import { boundTableRows } from '../../../src/figures/bound-table/table';
import { parseFig2State } from '../../../src/figures/fig2/state';
import { limitsData } from '../../../src/figures/shared/figure-data.server';
import { serverDocument } from '../../../src/figures/shared/render.server';

const data = limitsData();

describe('boundTableBody(doc, rows)', () => {
  it('names each data cell’s column in data-label, for the stacked (card) layout on phones', () => {
    const rows = boundTableRows(data, parseFig2State(data, '').state);
    const body = boundTableBody(serverDocument(), rows);
    const first = body.querySelector('tr')!;
    // The row header (the experiment) heads the card and has no label; the other ten cells do, in
    // the header's order (BoundTable.astro writes the same titles into <thead>).
    expect(first.querySelector('th')!.hasAttribute('data-label')).toBe(false);
    expect([...first.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual([
      'Flavour',
      'g_max, symmetric',
      'g_max, signed',
      'Paper quotes',
      'g_max, joint μ–τ estimate (site’s own)',
      'Rules out the g−2 band?',
      'Rules out Hubble region?',
      'Allowed q_ν (e)',
      'Kind, CL',
      'Source',
    ]);
    expect(body.querySelectorAll('td:not([data-label])')).toHaveLength(0);
  });
});
