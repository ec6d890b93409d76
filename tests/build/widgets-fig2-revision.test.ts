// Fig. 2 in the built site, the physics revision (issue #12): the caption's q² = 0 caveat with the
// validity numbers, the disputed beam dump in caption, legend and data table, limits from works the
// paper does not cite, and the what-if form's astrophysical kind. (The bound table's checks are in
// widgets-fig2.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import limitsJson from '../../src/data/millicharge-limits.json';
import momentumJson from '../../src/data/momentum-transfer.json';
import { couplingBandForDeltaAmu, MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/index';
import { deltaAmuOf } from '../../src/data/index';
import { formatSci } from '../../src/figures/shared/format';

const dist = process.env.DIST_DIR ?? 'dist';
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;

describe('Fig. 2’s caption, legend and data table (issue #12)', () => {
  const doc = page('limits');
  const caption = () => (doc.querySelector('fig2-widget figcaption')?.textContent ?? '').replace(/\s+/g, ' ');

  it('says the g_max lines are the q² = 0 reading, with LZ’s bound at 20 MeV read with the Z′ propagator, and links the validity page', () => {
    expect(caption()).toContain('at q² = 0, which is exact only for a massless Z′');
    expect(doc.querySelector('fig2-widget figcaption a[href="/validity/"]')).not.toBeNull();
    // Eq. (8) at q² = 0 with LZ's |q_ντ| ≤ 2.8 × 10⁻¹³ e: g₀ = √(12π² q / ln(m_τ²/m_μ²)) ≈ 2.42 × 10⁻⁶; with the
    // propagator at m_Z′ = 20 MeV it grows by √(1 + m²/|q|²) at the xenon |q| range of momentum-transfer.json:
    // |q| = 0.38 MeV → × 52.6 (1.3 × 10⁻⁴), |q| = 0.03 MeV → × 667 (1.6 × 10⁻³).
    const g0 = Math.sqrt((12 * Math.PI ** 2 * 2.8e-13) / Math.log((TAU_MASS_MEV / MUON_MASS_MEV) ** 2));
    const xenon = momentumJson.entries.find((e) => e.id === 'xenon-electron-recoil')!.momentumTransferMeV!;
    const at = (q: number) => formatSci(g0 * Math.sqrt(1 + (20 / q) ** 2), 2);
    expect(caption()).toContain(`allows g up to ${at(xenon.max)} to ${at(xenon.min)}`);
    expect(at(xenon.max)).toBe('1.3 × 10⁻⁴');
    // The paper's 1σ band at 20 MeV (eq. 6), to compare: its lower edge lies between the two readings.
    const band = couplingBandForDeltaAmu(deltaAmuOf('2023-paper'), 1, 20);
    expect(caption()).toContain(`band there spans ${formatSci(band.lower, 2)} to ${formatSci(band.upper, 2)}`);
    expect(g0 * Math.sqrt(1 + (20 / xenon.max) ** 2)).toBeLessThan(band.lower);
    expect(g0 * Math.sqrt(1 + (20 / xenon.min) ** 2)).toBeGreaterThan(band.upper);
  });

  it('attributes the default 10–20 MeV window to ref. [23], not to the paper (which considers 10–300 MeV for (g−2))', () => {
    // arXiv:2308.05720, Sec. II: the (g−2) region spans m_Z′ = 10 to 300 MeV; 10–20 MeV is the window of
    // ref. [23] (Escudero et al., arXiv:1901.02010), where the Z′ also eases the Hubble tension.
    expect(caption()).toContain('A Z′ of 10–20 MeV (the site’s default window, from ref. [23], where such a Z′ also eases the Hubble tension)');
    expect(caption()).not.toMatch(/paper’s 10–20 MeV/);
    expect(doc.querySelector('fig2-widget figcaption a[href$="references/#ref-23"]')?.textContent).toBe('[23]');
  });

  it('says the golden beam-dump line is the paper’s disputed number, linking the limits page’s explanation', () => {
    expect(caption()).toMatch(/golden dotted, unshaded line is the paper’s beam-dump value[^.]*“as quoted by the paper, disputed”/);
    const why = doc.querySelector('fig2-widget figcaption a[href="/limits/#beam-dump-as-quoted-by-the-paper-tau-neutrino-disputed"]');
    expect(why).not.toBeNull();
    expect(doc.getElementById('beam-dump-as-quoted-by-the-paper-tau-neutrino-disputed')).not.toBeNull();
  });

  it('marks each disputed limit in the legend with visible words and its reason', () => {
    for (const l of limitsJson.limits.filter((x) => 'disputed' in x)) {
      const item = doc.querySelector(`fig2-widget [data-legend] li[data-limit="${l.id}"]`);
      expect(item?.classList.contains('fig2-disputed')).toBe(true);
      expect(item?.querySelector('.fig2-legend-name')?.textContent).toContain('as quoted by the paper, disputed');
      expect(item?.querySelector('details')?.textContent).toContain((l as { disputed: string }).disputed);
    }
  });

  it('links a limit from a work the paper does not cite to the references page, without a paper number', () => {
    for (const l of limitsJson.limits.filter((x) => 'extraRef' in x.reference)) {
      const meta = doc.querySelector(`fig2-widget [data-legend] li[data-limit="${l.id}"] .fig2-legend-meta`);
      const extraRef = (l.reference as { extraRef: string }).extraRef;
      expect(meta?.querySelector(`a[href="/references/#ref-${extraRef}"]`), l.id).not.toBeNull();
      expect(meta?.textContent, l.id).not.toMatch(/\[\d+\]/);
    }
    expect(doc.querySelector('fig2-widget [data-legend] li[data-limit="red-giant-plasmon"] .fig2-legend-meta')?.textContent).toMatch(/^astrophysical/);
  });

  it('has a disputed column in its data table that marks the beam-dump row', () => {
    const headers = [...doc.querySelectorAll('fig2-widget details table thead th')].map((th) => th.textContent);
    const col = headers.indexOf('disputed');
    expect(col).toBeGreaterThan(-1);
    const row = [...doc.querySelectorAll('fig2-widget details table tbody tr')].find((tr) =>
      tr.querySelector('td:nth-child(2)')?.textContent?.startsWith('Beam dump'),
    );
    expect(row?.querySelectorAll('td')[col]?.textContent).toBe('as quoted by the paper, disputed');
  });
});

describe('the what-if form in the build', () => {
  it('offers the astrophysical kind for a hypothetical limit', () => {
    const options = [...page('what-if').querySelectorAll('#whatif-kind option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['projection', 'observed', 'astro']);
  });
});
