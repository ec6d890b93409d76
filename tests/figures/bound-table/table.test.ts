import { describe, expect, it } from 'vitest';
import limitsJson from '../../../src/data/millicharge-limits.json';
import gm2Json from '../../../src/data/g-minus-2.json';
import solarJson from '../../../src/data/solar-oscillation.json';
import { boundTableContext, boundTableRows, DISPUTED_TEXT, nextSortOrder, sortBoundRows } from '../../../src/figures/bound-table/table';
import { BOUND_TABLE_COLUMNS, boundRowClass, boundTableCells, cellText } from '../../../src/figures/bound-table/cells';
import { bandReadings, momentumText, STATIC_TEXT, UNKNOWN_TEXT, zeroText } from '../../../src/figures/bound-table/readings';
import { parseFig2State } from '../../../src/figures/fig2/state';
import { limitsData } from '../../../src/figures/shared/figure-data.server';
import { gm2Band } from '../../../src/figures/fig2/limits-view';
import { expectClose } from '../../helpers/expect-close';
import { neutrinoMillicharge } from '../../../src/physics/index';

const data = limitsData();
const state = (search = '') => parseFig2State(data, search).state;
const row = (rows: ReturnType<typeof boundTableRows>, key: string) => rows.find((r) => r.key === key)!;

// Independent of src/physics: |q_ν|/g² = ln(m_τ²/m_μ²)/(12π²) (eqs. (5), (8)), PDG 2024 masses.
const K = (2 * Math.log(1776.93 / 105.6583755)) / (12 * Math.PI ** 2);
const M_MU = 105.6583755;

/** Eq. (6) by composite Simpson on 20 000 panels: Δa_μ/g² at m_Z′ (MeV). */
function deltaAmuPerG2(mZ: number): number {
  const r = (M_MU / mZ) ** 2;
  const f = (x: number) => (x * x * (1 - x)) / (1 - x + r * x * x);
  const n = 20_000;
  let sum = f(0) + f(1);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(i / n);
  return ((r / (4 * Math.PI ** 2)) * sum) / (3 * n);
}

describe('boundTableRows(data, state)', () => {
  const rows = boundTableRows(data, state());

  it('has one row per limit and flavour', () => {
    expect(rows).toHaveLength(limitsJson.limits.reduce((n, l) => n + l.flavors.length, 0));
  });

  it.each(limitsJson.limits.map((l) => [l.id, l] as const))('%s: g_max = √(q_max / k) for both treatments', (_, limit) => {
    for (const flavor of limit.flavors) {
      const r = row(rows, limit.flavors.length > 1 ? `${limit.id}:${flavor}` : limit.id);
      // Signed: the end on the side of the model's charge for this flavour (sign from src/physics).
      const signedReach = Math.sign(neutrinoMillicharge(1, flavor as 'mu' | 'tau')) > 0 ? limit.interval.upper : -limit.interval.lower;
      const symmetricReach = Math.max(-limit.interval.lower, limit.interval.upper);
      expectClose(r.gmaxSigned, Math.sqrt(signedReach / K), { rel: 1e-9 });
      expectClose(r.gmaxSymmetric, Math.sqrt(symmetricReach / K), { rel: 1e-9 });
      expect(r.differs).toBe(signedReach !== symmetricReach);
    }
  });

  it.each(limitsJson.limits.filter((l) => l.paperCouplingBound !== null).map((l) => [l.id, l.paperCouplingBound!] as const))(
    '%s: the symmetric bound reproduces the paper’s %d to its printed precision',
    (id, stated) => {
      // The paper prints 1–2 digits and truncates COHERENT's 1.25e-3 to 1.2e-3: within 5%.
      expectClose(row(rows, id).gmaxSymmetric, stated, { rel: 0.05 });
      expect(text(row(rows, id), 'paper')).not.toBe('—');
    },
  );

  it('prints the paper’s numbers as the paper does: 1.2 × 10⁻³, 4 × 10⁻⁶, 2.4 × 10⁻⁶, 1.4 × 10⁻¹⁰', () => {
    expect(['coherent-2021-mu', 'xenonnt-tau', 'lz-tau', 'beam-dump-tau'].map((id) => text(row(rows, id), 'paper'))).toEqual([
      '1.2 × 10⁻³',
      '4 × 10⁻⁶',
      '2.4 × 10⁻⁶',
      '1.4 × 10⁻¹⁰',
    ]);
  });

  it('has a cell for every column, in the order of BOUND_TABLE_COLUMNS', () => {
    expect(BOUND_TABLE_COLUMNS.map((c) => c.key)).toEqual([
      'label',
      'flavor',
      'gmaxSymmetric',
      'gmaxSigned',
      'paper',
      'joint',
      'gm2',
      'hubble',
      'interval',
      'kind',
      'source',
    ]);
    for (const r of rows) expect(Object.keys(boundTableCells(r)).sort()).toEqual(BOUND_TABLE_COLUMNS.map((c) => c.key).sort());
  });

  it('says "no band" for every row when the value set only caps g (2025)', () => {
    const capped = boundTableRows(data, state('set=2025'));
    expect(capped.every((r) => r.gm2 === 'ceiling')).toBe(true);
    expect(text(capped[0]!, 'gm2')).toBe('no band (the set only caps g)');
  });

  it('appends hypothetical rows after the data rows, without a momentum-dependent reading or a joint estimate', () => {
    const withWhatIf = boundTableRows(data, state('whatif=Mine~tau~-1e-16~1e-16~0.9~projection'));
    const last = withWhatIf[withWhatIf.length - 1]!;
    expect(last).toMatchObject({ key: 'whatif-1', hypothetical: true, kind: 'projection', cl: 0.9, joint: null });
    expectClose(last.gmax, Math.sqrt(1e-16 / K), { rel: 1e-9 });
    expect(text(last, 'kind')).toBe('hypothetical (projection) / 90% CL');
    expect(text(last, 'gm2')).toBe('with Z′ mass: not evaluated: your limit has no |q| / massless Z′ (paper): yes, all of it');
    expect(text(last, 'source')).toBe('your input');
    expect(boundRowClass(last)).toBe('hypothetical');
  });
});

/** The table's text for one column of a row. */
function text(r: ReturnType<typeof boundTableRows>[number], column: keyof ReturnType<typeof boundTableCells>): string {
  return cellText(boundTableCells(r)[column]);
}

/** Couplings explaining the paper's Δa_μ ∓ 1σ at m_Z′ (MeV), from the Simpson evaluation of eq. (6) above. */
const paperSet = gm2Json.sets.find((s) => s.id === '2023-paper')!.statedDifference!;
const gLower = (m: number) => Math.sqrt(((paperSet.value - paperSet.sigma) * 1e-11) / deltaAmuPerG2(m));
const gUpper = (m: number) => Math.sqrt(((paperSet.value + paperSet.sigma) * 1e-11) / deltaAmuPerG2(m));
/** g⁽⁸⁾ √(1 + m²/q²): the bound with the Z′ propagator at momentum transfer q (MeV). */
const gEff = (g8: number, q: number, m: number) => g8 * Math.sqrt(1 + (m * m) / (q * q));
/** The mass in [a, b] (MeV) where f changes sign, by bisection (f monotonic there). */
function bisect(f: (m: number) => number, a: number, b: number): number {
  const sa = Math.sign(f(a));
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(a * b);
    if (Math.sign(f(mid)) === sa) a = mid;
    else b = mid;
  }
  return Math.sqrt(a * b);
}

describe('the two readings of the g−2 and Hubble columns', () => {
  const rows = boundTableRows(data, state());
  // The default view: the paper's set at 1σ over m_Z′ = 10–20 MeV, symmetric treatment.

  it('XENONnT (ν_τ, |q| = 0.03–0.38 MeV): all of the band at q² = 0; at |q| all of it at 0.38 MeV, none at 0.03 MeV', () => {
    const g8 = Math.sqrt(7.9e-13 / K); // 4.07 × 10⁻⁶
    // q² = 0: g⁽⁸⁾ lies below the band's lowest edge, at 10 MeV (the band rises with m).
    expect(g8).toBeLessThan(gLower(10));
    // |q| = 0.38 MeV: g⁽⁸⁾ √(1 + m²/q²) grows like m, the band far more slowly; at 20 MeV it is 2.1 × 10⁻⁴, still below.
    expect(gEff(g8, 0.38, 20)).toBeLessThan(gLower(20));
    // |q| = 0.03 MeV: already at 10 MeV the bound (1.36 × 10⁻³) lies above the band's highest edge (at 20 MeV).
    expect(gEff(g8, 0.03, 10)).toBeGreaterThan(gUpper(20));
    expect(text(row(rows, 'xenonnt-tau'), 'gm2')).toBe('with Z′ mass: yes, all of it at |q| = 0.38 MeV; no at 0.03 MeV / massless Z′ (paper): yes, all of it');
  });

  it('COHERENT (ν_μ, |q| = 10–100 MeV) rules out none of the band in either reading', () => {
    const g8 = Math.sqrt(7.5e-8 / K); // 1.25 × 10⁻³
    expect(g8).toBeGreaterThan(gUpper(20));
    expect(text(row(rows, 'coherent-2021-mu'), 'gm2')).toBe('with Z′ mass: no (|q| = 10–100 MeV) / massless Z′ (paper): no');
  });

  it('the beam-dump number, disputed, is a static bound: no reading with the Z′ mass, and at q² = 0 only what it would exclude if it held', () => {
    expect(text(row(rows, 'beam-dump-tau'), 'gm2')).toBe(
      'with Z′ mass: static bound: no charge at q² → 0 for a massive Z′ / massless Z′ (paper): would, if it held: all of it',
    );
    expect(text(row(rows, 'beam-dump-tau'), 'hubble')).toBe(
      'with Z′ mass: static bound: no charge at q² → 0 for a massive Z′ / massless Z′ (paper): would, if it held: paper’s: partly; thermal: all',
    );
  });

  it('FLArE ν_μ (10⁻⁸ e) at q² = 0 excludes the whole band only above ≈ 13 MeV, where the band has risen past g⁽⁸⁾', () => {
    const g8 = Math.sqrt(1e-8 / K); // 4.58 × 10⁻⁴
    const mass = bisect((m) => gLower(m) - g8, 10, 20);
    expect(mass.toPrecision(2)).toBe('13');
    expect(text(row(rows, 'flare-fasernu2-mu'), 'gm2')).toBe(
      'with Z′ mass: only for m_Z′ above 13 MeV at |q| = 100 MeV; no at 1 MeV / massless Z′ (paper): only for m_Z′ above 13 MeV',
    );
  });

  it('XENONnT over 1–100 MeV: the whole band only below 3.0 MeV (|q| = 0.03 MeV) to 64 MeV (|q| = 0.38 MeV)', () => {
    const g8 = Math.sqrt(7.9e-13 / K);
    const low = bisect((m) => gEff(g8, 0.03, m) - gLower(m), 1, 100);
    const high = bisect((m) => gEff(g8, 0.38, m) - gLower(m), 1, 100);
    expect([low.toPrecision(2), high.toPrecision(2)]).toEqual(['3.0', '64']);
    const wide = boundTableRows(data, state('mmin=1&mmax=100'));
    expect(text(row(wide, 'xenonnt-tau'), 'gm2')).toBe(
      'with Z′ mass: only for m_Z′ below 3.0–64 MeV (|q| = 0.03–0.38 MeV) / massless Z′ (paper): yes, all of it',
    );
    // LZ ν_τ (2.8 × 10⁻¹³ e) keeps all of it up to 100 MeV at 0.38 MeV, and only up to 5.2 MeV at 0.03 MeV.
    const lz = Math.sqrt(2.8e-13 / K);
    expect(gEff(lz, 0.38, 100)).toBeLessThan(gLower(100));
    expect(bisect((m) => gEff(lz, 0.03, m) - gLower(m), 1, 100).toPrecision(2)).toBe('5.2');
    expect(text(row(wide, 'lz-tau'), 'gm2')).toBe(
      'with Z′ mass: yes, all of it at |q| = 0.38 MeV; only for m_Z′ below 5.2 MeV at 0.03 MeV / massless Z′ (paper): yes, all of it',
    );
  });

  it('XMASS-I over 10–20 MeV: at |q| = 0.38 MeV the whole band only below 11 MeV; the thermal Hubble region only in part', () => {
    const g8 = Math.sqrt(1.1e-11 / K); // 1.52 × 10⁻⁵
    expect(bisect((m) => gEff(g8, 0.38, m) - gLower(m), 10, 20).toPrecision(2)).toBe('11');
    // Thermal region g = (3–8) × 10⁻⁴: at 10 MeV the bound, 4.0 × 10⁻⁴, lies inside it.
    expect(gEff(g8, 0.38, 10)).toBeGreaterThan(3e-4);
    expect(gEff(g8, 0.38, 10)).toBeLessThan(8e-4);
    const r = row(rows, 'xmass-mu-tau:tau');
    expect(text(r, 'gm2')).toBe('with Z′ mass: only for m_Z′ below 11 MeV at |q| = 0.38 MeV; no at 0.03 MeV / massless Z′ (paper): yes, all of it');
    expect(text(r, 'hubble')).toBe(
      'with Z′ mass, paper’s: no (|q| = 0.03–0.38 MeV) / with Z′ mass, thermal: partly at |q| = 0.38 MeV; no at 0.03 MeV / massless Z′ (paper): paper’s: no; thermal: all',
    );
  });

  it('the thermal Hubble region (g = 3–8 × 10⁻⁴, 10–20 MeV) against XENONnT: at |q| = 0.38 MeV all of it, as 0.38 √((3 × 10⁻⁴/g⁽⁸⁾)² − 1) = 28 MeV > 20 MeV', () => {
    const g8 = Math.sqrt(7.9e-13 / K);
    expect((0.38 * Math.sqrt((3e-4 / g8) ** 2 - 1)).toPrecision(2)).toBe('28');
    // At |q| = 0.03 MeV the bound at 10 MeV, 1.36 × 10⁻³, is above the whole region.
    expect(gEff(g8, 0.03, 10)).toBeGreaterThan(8e-4);
    expect(text(row(rows, 'xenonnt-tau'), 'hubble')).toBe(
      'with Z′ mass, paper’s: no (|q| = 0.03–0.38 MeV) / with Z′ mass, thermal: all at |q| = 0.38 MeV; no at 0.03 MeV / massless Z′ (paper): paper’s: no; thermal: all',
    );
  });

  it('a disputed limit claims nothing: an exclusion reads "would, if it held", a "no" stays a plain "no"', () => {
    const dispute = (id: string) => ({ ...data, limits: data.limits.map((l) => (l.id === id ? { ...l, disputed: 'a reason' } : l)) });
    // XENONnT (worked out above): all of the band at q² = 0 and at |q| = 0.38 MeV, none at 0.03 MeV.
    expect(text(row(boundTableRows(dispute('xenonnt-tau'), state()), 'xenonnt-tau'), 'gm2')).toBe(
      'with Z′ mass: would, if it held: all of it at |q| = 0.38 MeV; no at 0.03 MeV / massless Z′ (paper): would, if it held: all of it',
    );
    // COHERENT excludes none of the band in either reading: nothing to hedge.
    expect(text(row(boundTableRows(dispute('coherent-2021-mu'), state()), 'coherent-2021-mu'), 'gm2')).toBe(
      'with Z′ mass: no (|q| = 10–100 MeV) / massless Z′ (paper): no',
    );
  });

  it('a momentum-dependent bound is never stronger than the q² = 0 one: no row says "no" at q² = 0 and more at |q|', () => {
    for (const search of ['', 'mmin=1&mmax=100', 'sigma=2', 'treatment=signed&mmin=0.001&mmax=10000']) {
      for (const r of boundTableRows(data, state(search))) {
        if (r.gm2 === 'ceiling' || r.gm2.momentum.kind !== 'range') continue;
        if (r.gm2.atZero.some.length === 0) expect([r.gm2.momentum.atQMax.some, r.gm2.momentum.atQMin.some]).toEqual([[], []]);
      }
    }
  });
});

describe('bandReadings, zeroText and momentumText on made-up bands', () => {
  const masses = { min: 10, max: 20 };
  const flat = { lower: 1e-4, upper: 1e-3 };
  const limit = (momentumMeV?: { min: number; max: number } | 'static', hypothetical = false) => ({ momentumMeV, hypothetical });

  it('says why there is no second reading: static bound, a reader’s limit, no |q| recorded', () => {
    expect(momentumText(bandReadings(1e-5, limit('static'), flat, masses))).toBe(STATIC_TEXT);
    expect(momentumText(bandReadings(1e-5, limit(undefined, true), flat, masses))).toBe(UNKNOWN_TEXT.hypothetical);
    expect(momentumText(bandReadings(1e-5, limit(undefined), flat, masses))).toBe(UNKNOWN_TEXT.data);
  });

  it('a constant band at one |q| is excluded whole below m = |q| √((lower/g)² − 1) = 0.15 × √(100² − 1) = 14.999 MeV', () => {
    const r = bandReadings(1e-6, limit({ min: 0.15, max: 0.15 }), flat, masses);
    expect(zeroText(r)).toBe('yes, all of it');
    expect(momentumText(r)).toBe('only for m_Z′ below 15 MeV (|q| = 0.15 MeV)');
  });

  it('prints a third digit when two would read as the range’s end: 19.96 MeV in a 10–20 MeV range', () => {
    const g = 1e-4 / Math.hypot(1, 19.96 / 0.1); // reaches the lower edge at exactly 19.96 MeV for |q| = 0.1 MeV
    expect(momentumText(bandReadings(g, limit({ min: 0.1, max: 0.1 }), flat, masses))).toBe('only for m_Z′ below 20.0 MeV (|q| = 0.1 MeV)');
  });

  it('names a whole-band island inside the range: "only for m_Z′ = a–b MeV"', () => {
    // A band whose lower edge steps up between 12 and 16 MeV: only there does it lie above g = 10⁻⁴.
    const edges = (m: number) => ({ lower: m > 12 && m < 16 ? 2e-4 : 1e-5, upper: 1e-3 });
    const r = bandReadings(1e-4, limit(), edges, masses);
    expect(r.atZero.whole).toHaveLength(1);
    expectClose(r.atZero.whole[0]!.from, 12, { rel: 1e-8 });
    expectClose(r.atZero.whole[0]!.to, 16, { rel: 1e-8 });
    expect(zeroText(r)).toBe('only for m_Z′ = 12–16 MeV');
  });
});

describe('the joint μ–τ column (site’s own estimate)', () => {
  const rows = boundTableRows(data, state());
  const s = solarJson.sin2Theta23.value;

  it.each(solarJson.limitIds)('%s: g_max × (P_ef/(P_eμ + P_eτ))^¼ = g_max × (sin²θ23)^¼ (ν_τ) or (cos²θ23)^¼ (ν_μ), P_ee cancelling', (id) => {
    for (const r of rows.filter((x) => x.key === id || x.key.startsWith(`${id}:`))) {
      expectClose(r.joint!, r.gmax * (r.flavor === 'tau' ? s : 1 - s) ** 0.25, { rel: 1e-12 });
    }
  });

  it('is "—" for the limits that are not solar-neutrino ν–e scattering', () => {
    for (const r of rows.filter((x) => !solarJson.limitIds.some((id) => x.key === id || x.key.startsWith(`${id}:`)))) {
      expect(r.joint).toBeNull();
      expect(text(r, 'joint')).toBe('—');
    }
  });

  it('prints LZ ν_τ as 2.42 × 10⁻⁶ × 0.545^¼ = 2.08 × 10⁻⁶', () => {
    expect(text(row(rows, 'lz-tau'), 'joint')).toBe('2.08 × 10⁻⁶');
  });
});

describe('the experiment, CL and source cells', () => {
  const rows = boundTableRows(data, state());

  it('links the source to its references-page entry and to arXiv', () => {
    const cell = boundTableCells(row(rows, 'lz-tau')).source;
    expect(cell.lines[0]).toEqual([
      // The title names the authors and year as every citation link does (ref. [76]: Atzori Corona et al., 2023).
      {
        text: '[76]',
        href: '/references/#ref-76',
        title: expect.stringMatching(/^Atzori Corona et al\. \(2023\)\. New constraint on neutrino magnetic moment/),
      },
      ' ',
      { text: 'arXiv:2207.05036', href: 'https://arxiv.org/abs/2207.05036' },
    ]);
  });

  it('shows "CL not stated" with the sources that omit it in a details element, and a stated CL with where it was read', () => {
    for (const r of rows) {
      const [, [cl]] = boundTableCells(r).kind.lines;
      if (r.cl === null) expect(cl).toEqual({ text: 'CL not stated', details: r.clSource });
      else expect(cl).toEqual({ text: `${Math.round(r.cl * 100)}% CL`, title: r.clSource });
    }
  });

  it('marks a disputed limit visibly, with the reason in a details element, and gives its row a class', () => {
    const disputed = { ...data, limits: data.limits.map((l) => (l.id === 'coherent-2021-mu' ? { ...l, disputed: 'a reason' } : l)) };
    const r = row(boundTableRows(disputed, state()), 'coherent-2021-mu');
    expect(boundRowClass(r)).toBe('disputed');
    expect(boundTableCells(r).label.lines).toEqual([['COHERENT 2021'], [{ text: DISPUTED_TEXT, className: 'disputed-note', details: 'a reason' }]]);
    expect(DISPUTED_TEXT).toBe('as quoted by the paper, disputed');
  });

  it('the beam-dump row, disputed in the data, says so once (its label already does) and gives the reason', () => {
    const beam = limitsJson.limits.find((l) => l.id === 'beam-dump-tau')!;
    const r = row(rows, 'beam-dump-tau');
    expect(boundRowClass(r)).toBe('disputed');
    expect(r.label).toContain(DISPUTED_TEXT);
    expect(boundTableCells(r).label.lines[1]).toEqual([{ text: 'why disputed', className: 'disputed-note', details: beam.disputed }]);
  });

  it('links a work the paper does not cite to the references page by its extra id, e.g. BEBC', () => {
    const bebc = limitsJson.limits.find((l) => l.id === 'bebc-beam-dump-tau')!;
    const [link] = boundTableCells(row(rows, 'bebc-beam-dump-tau')).source.lines[0]!;
    expect(link).toMatchObject({ href: `/references/#ref-${bebc.reference.extraRef}` });
  });

  it('names the astro kind "astrophysical"', () => {
    expect(text(row(rows, 'red-giant-plasmon:mu'), 'kind')).toMatch(/^astrophysical \/ /);
  });
});

describe('gm2Band(data, state)', () => {
  it('spans g(Δa − σ) at m_min to g(Δa + σ) at m_max, from eq. (6) integrated independently', () => {
    const set = gm2Json.sets.find((s) => s.id === '2023-paper')!.statedDifference!;
    const band = gm2Band(data, { set: '2023-paper', sigma: 1, mmin: 10, mmax: 20 });
    expectClose(band.lower, Math.sqrt(((set.value - set.sigma) * 1e-11) / deltaAmuPerG2(10)), { rel: 1e-6 });
    expectClose(band.upper, Math.sqrt(((set.value + set.sigma) * 1e-11) / deltaAmuPerG2(20)), { rel: 1e-6 });
  });

  it('reproduces the paper’s g ≈ (4–6) × 10⁻⁴ for m_Z′ = 10–20 MeV at 1σ', () => {
    const band = gm2Band(data, { set: '2023-paper', sigma: 1, mmin: 10, mmax: 20 });
    expect(band.lower).toBeGreaterThan(4e-4);
    expect(band.lower).toBeLessThan(5e-4);
    expect(band.upper).toBeGreaterThan(5.5e-4);
    expect(band.upper).toBeLessThan(6.5e-4);
  });

  it('refuses mmin > mmax', () => {
    expect(() => gm2Band(data, { set: '2023-paper', sigma: 1, mmin: 30, mmax: 20 })).toThrow(/mmin must not exceed mmax/);
  });
});

describe('sortBoundRows(rows, column, order)', () => {
  const rows = boundTableRows(data, state());
  it('sorts by g_max ascending and descending, and keeps data order for none', () => {
    const up = sortBoundRows(rows, 'gmaxSymmetric', 'ascending').map((r) => r.gmaxSymmetric);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = sortBoundRows(rows, 'gmaxSigned', 'descending').map((r) => r.gmaxSigned);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(sortBoundRows(rows, 'gmaxSigned', 'none')).toEqual(rows);
  });
  it('nextSortOrder cycles none → ascending → descending → ascending', () => {
    expect([nextSortOrder('none'), nextSortOrder('ascending'), nextSortOrder('descending')]).toEqual(['ascending', 'descending', 'ascending']);
  });
});

describe('boundTableContext', () => {
  it('states the set, width and mass range in words', () => {
    expect(boundTableContext(data, state('mmin=5&mmax=12.5&sigma=2'))).toMatch(/set 2023-paper at 2σ for m_Z′ = 5–12\.5 MeV/);
  });
});
