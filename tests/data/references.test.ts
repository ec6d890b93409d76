/**
 * references.json entries revised for issue #12's referee pass: each checked against the stored
 * public record named in its comment.
 */
import { describe, expect, test } from 'vitest';
import referencesJson from '../../src/data/references.json';
import titles from '../fixtures/arxiv-titles.json';

const entry = (id: string) => referencesJson.references.find((r) => r.id === id) as Record<string, unknown> | undefined;

describe('references.json: the referee fixes', () => {
  test('Altmannshofer et al. (arXiv:1406.2332) is Phys. Rev. Lett. 113, 091801 (2014)', () => {
    // University of Minnesota research portal: Phys. Rev. Lett., article number 091801, issue 9, published 28 Aug 2014.
    expect(entry('extra-altmannshofer-trident')).toMatchObject({ journal: 'Phys. Rev. Lett.', volume: '113', pages: '091801', year: 2014, arxiv: '1406.2332' });
  });

  test('Babu and Volkas (hep-ph/9208260) is an entry with the title of its preprint and no unconfirmed journal', () => {
    // KDD Cup hep-ph archive, LaTeX source dated 31 Aug 1992: "Bounds on Mini-charged Neutrinos in the Minimal Standard Model".
    const babuVolkas = entry('extra-babu-volkas');
    expect(babuVolkas).toMatchObject({ authors: ['K. S. Babu', 'R. R. Volkas'], year: 1992, arxiv: 'hep-ph/9208260' });
    expect(babuVolkas?.title).toBe('Bounds on Mini-charged Neutrinos in the Minimal Standard Model');
    expect(babuVolkas?.title).toBe(titles['hep-ph/9208260'].title);
    expect(babuVolkas).not.toHaveProperty('journal');
    expect(babuVolkas?.note).toMatch(/journal reference could not be confirmed/);
  });

  test('no note points the reader at an issue tracker; Babu–Gould–Rothstein says its journal could not be confirmed', () => {
    for (const r of referencesJson.references) expect(JSON.stringify(r), r.id).not.toMatch(/issue #\d+/);
    expect(entry('extra-babu-gould-rothstein')?.note).toMatch(/^The journal reference could not be confirmed/);
    expect(entry('extra-babu-gould-rothstein')).not.toHaveProperty('journal');
  });
});
