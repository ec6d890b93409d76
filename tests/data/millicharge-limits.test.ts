/**
 * millicharge-limits.json against its sources. Every number below is a published value (the source
 * named in the comment) or a closed form computed here, never read back from the file's own fields.
 */
import { describe, expect, test } from 'vitest';
import { limitById, millichargeLimits } from '../../src/data/index';
import { parseMillichargeLimits } from '../../src/data/parse';
import limitsSchema from '../../src/data/schema/millicharge-limits.schema.json' with { type: 'json' };
import refData from '../../src/data/references.json' with { type: 'json' };
import { expectClose } from '../helpers/expect-close';

const clone = <T>(x: T): T => structuredClone(x);
const references = refData.references as { id: string; paperRef?: number; arxiv?: string }[];

const M_MU = 105.6583755; // MeV, PDG 2024
const M_TAU = 1776.86; // MeV, PDG 2024
/**
 * g bound from |q| in units of e, by eqs. (5) and (8) of arXiv:2308.05720 at q² = 0:
 * |q_ν| = g² ln(m_τ²/m_μ²) / (12π²).
 */
const couplingFromCharge = (q: number) => Math.sqrt(q / (Math.log((M_TAU / M_MU) ** 2) / (12 * Math.PI ** 2)));

describe('millicharge-limits.json: references', () => {
  test('every entry names exactly one of paperRef / extraRef, a source and an arXiv id', () => {
    for (const limit of millichargeLimits.limits) {
      const { paperRef, extraRef, arxiv } = limit.reference;
      expect((paperRef === undefined) !== (extraRef === undefined), limit.id).toBe(true);
      expect(limit.source.length, limit.id).toBeGreaterThan(10);
      expect(arxiv, limit.id).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/);
    }
  });

  test('every extraRef names an entry of references.json with the same arXiv id', () => {
    const extras = millichargeLimits.limits.filter((l) => l.reference.extraRef !== undefined);
    expect(extras.map((l) => l.id)).toEqual(['bebc-beam-dump-tau', 'red-giant-plasmon']);
    for (const limit of extras) {
      const entry = references.find((r) => r.id === limit.reference.extraRef);
      expect(entry, limit.id).toBeDefined();
      expect(entry!.arxiv, limit.id).toBe(limit.reference.arxiv);
    }
  });

  test('every paperRef entry carries the arXiv id references.json gives that paper entry', () => {
    for (const limit of millichargeLimits.limits.filter((l) => l.reference.paperRef !== undefined)) {
      const entry = references.find((r) => r.paperRef === limit.reference.paperRef);
      expect(entry?.arxiv, limit.id).toBe(limit.reference.arxiv);
    }
  });

  test('the loader rejects a reference with both paperRef and extraRef, or neither, and names the entry', () => {
    const both = clone(millichargeLimits);
    both.limits[0]!.reference.extraRef = 'extra-raffelt-1999';
    expect(() => parseMillichargeLimits(both, limitsSchema)).toThrow(/coherent-2021-mu: reference must have exactly one of paperRef or extraRef/);
    const neither = clone(millichargeLimits);
    delete neither.limits[1]!.reference.paperRef;
    expect(() => parseMillichargeLimits(neither, limitsSchema)).toThrow(/xenonnt-tau: reference must have exactly one of paperRef or extraRef/);
  });

  test('the loader rejects an interval that excludes 0 and a repeated id, and says which file and entry', () => {
    const bad = clone(millichargeLimits);
    bad.limits[1]!.interval.lower = 1e-13;
    expect(() => parseMillichargeLimits(bad, limitsSchema)).toThrow(
      /^src\/data\/millicharge-limits.json is invalid:\n {2}\$\.limits\[1\]\.interval\.lower: must be ≤ 0, got 1e-13 \(entry "xenonnt-tau"\)$/,
    );
    const repeated = clone(millichargeLimits);
    repeated.limits[1]!.id = repeated.limits[0]!.id;
    expect(() => parseMillichargeLimits(repeated, limitsSchema)).toThrow(/id "coherent-2021-mu" is used more than once/);
  });

  test('the schema accepts an old-style arXiv id and kind astro, and rejects an unknown kind', () => {
    const astro = clone(millichargeLimits);
    expect(astro.limits.find((l) => l.id === 'red-giant-plasmon')!.reference.arxiv).toBe('hep-ph/9903472');
    astro.limits[0]!.kind = 'cosmic' as never;
    expect(() => parseMillichargeLimits(astro, limitsSchema)).toThrow(
      /\$\.limits\[0\]\.kind: must be one of \["observed","projection","indirect","astro"\], got "cosmic" \(entry "coherent-2021-mu"\)$/,
    );
  });
});

describe('millicharge-limits.json: values and confidence levels', () => {
  test('holds the intervals the paper quotes in Sec. III (arXiv:2308.05720)', () => {
    expect(limitById('coherent-2021-mu').interval).toEqual({ lower: -0.55e-7, upper: 0.75e-7 });
    expect(limitById('xenonnt-tau').interval).toEqual({ lower: -7.9e-13, upper: 7.8e-13 });
    expect(limitById('lz-mu').interval).toEqual({ lower: -3.1e-13, upper: 3.1e-13 });
    expect(limitById('lz-tau').interval).toEqual({ lower: -2.8e-13, upper: 2.8e-13 });
    expect(limitById('beam-dump-tau').interval).toEqual({ lower: -1e-21, upper: 1e-21 });
  });

  test('GEMMA is 2.7e-12 e at 90% CL from a fit to the reactor data, not the paper’s rounded 1e-12', () => {
    const gemma = limitById('gemma');
    expect(gemma.interval.upper).toBe(2.7e-12); // ref. [78], arXiv:1411.2279 abstract: |q_ν| < 2.7 × 10⁻¹² e₀ (90% CL)
    expect(gemma.interval.lower).toBe(-2.7e-12);
    expect(gemma.cl).toBe(0.9); // same abstract
    expect(gemma.kind).toBe('observed');
    expect(gemma.note).toMatch(/indirect/);
    expect(gemma.note).toMatch(/ν̄_e/);
  });

  test('the GEMMA coupling bound is ≈ 7.5e-6 by eqs. (5) and (8)', () => {
    // √(2.7e-12 · 12π² / ln(m_τ²/m_μ²)) = √(2.7e-12 / 0.047663) = 7.527e-6
    expectClose(couplingFromCharge(limitById('gemma').interval.upper), 7.527e-6, { rel: 1e-3 });
  });

  test('XMASS-I is 1.1e-11 e for ν_μ and for ν_τ at 90% CL (ref. [77], arXiv:2005.11891 abstract)', () => {
    const xmass = limitById('xmass-mu-tau');
    expect(xmass.interval.upper).toBe(1.1e-11);
    expect(xmass.flavors).toEqual(['mu', 'tau']);
    expect(xmass.cl).toBe(0.9);
  });

  test('LZ limits are at 90% CL and the note records the equivalent-photon 1.5e-13 e (ref. [76], arXiv:2207.05036 abstract)', () => {
    for (const id of ['lz-mu', 'lz-tau']) {
      expect(limitById(id).cl, id).toBe(0.9);
      expect(limitById(id).note, id).toMatch(/1\.5e-13 e at 90% C\.L\..*equivalent photon approximation/);
    }
  });

  test('entries whose sources state no CL keep cl = null and say what was checked', () => {
    for (const id of [
      'coherent-2021-mu',
      'xenonnt-tau',
      'beam-dump-tau',
      'flare-fasernu2-mu',
      'flare-fasernu2-tau',
      'bebc-beam-dump-tau',
      'red-giant-plasmon',
    ]) {
      expect(limitById(id).cl, id).toBeNull();
      expect(limitById(id).clSource, id).toMatch(/checked|Not found/);
    }
  });

  test('every clSource with a CL names the abstract it was read from', () => {
    for (const limit of millichargeLimits.limits.filter((l) => l.cl !== null)) {
      expect(limit.clSource, limit.id).toMatch(new RegExp(`^${Math.round(limit.cl! * 100)}% CL: abstract of ref\\. \\[\\d+\\] \\(arXiv:`));
    }
  });

  test('BEBC beam dump bounds ν_τ only, as a direct observation outside the paper', () => {
    const bebc = limitById('bebc-beam-dump-tau');
    expect(bebc.flavors).toEqual(['tau']);
    expect(bebc.kind).toBe('observed');
    // issue #12: '(3–4)×10⁻⁴ e'; the weaker end is stored, and the source says the number is unconfirmed
    expect(bebc.interval.upper).toBe(4e-4);
    expect(bebc.source).toMatch(/NOT read from the paper/);
    expect(bebc.showInPaperFigure).toBe(false);
    expect(bebc.paperCouplingBound).toBeNull();
  });

  test('the red-giant plasmon bound is flavour-blind, astrophysical, 2e-14 e, and warns about m_Z′ ≫ ω_p', () => {
    const rg = limitById('red-giant-plasmon');
    expect(rg.flavors).toEqual(['mu', 'tau']);
    expect(rg.kind).toBe('astro');
    expect(rg.interval.upper).toBe(2e-14); // issue #12 (Raffelt); cf. 2.2e-14 (95% CL) from the Sun, arXiv:1511.01122 abstract
    expect(rg.note).toMatch(/m_Z′ ≫ ω_p/);
    expect(rg.showInPaperFigure).toBe(false);
  });
});

describe('millicharge-limits.json: the paper’s figure', () => {
  test('reproduces every paperCouplingBound from eqs. (5) and (8), to the digits the paper gives (truncated)', () => {
    const withBounds = millichargeLimits.limits.filter((l) => l.paperCouplingBound !== null);
    expect(withBounds.map((l) => l.id)).toEqual(['coherent-2021-mu', 'xenonnt-tau', 'lz-tau', 'beam-dump-tau']);
    for (const limit of withBounds) {
      const g = couplingFromCharge(Math.max(-limit.interval.lower, limit.interval.upper));
      const digits = limit.paperCouplingBound!.toExponential().replace(/e.*/, '').replace('.', '').length;
      const scale = 10 ** (Math.floor(Math.log10(g)) - digits + 1);
      expect(Number((Math.floor(g / scale) * scale).toPrecision(digits)), limit.id).toBe(limit.paperCouplingBound);
    }
  });

  test('marks the four limits drawn in the paper’s Fig. 2', () => {
    expect(millichargeLimits.limits.filter((l) => l.showInPaperFigure).map((l) => l.id)).toEqual([
      'coherent-2021-mu',
      'xenonnt-tau',
      'lz-tau',
      'beam-dump-tau',
    ]);
  });

  test('the beam-dump entry is kept for Fig. 2 but marked disputed, and its label says so', () => {
    const beamDump = limitById('beam-dump-tau');
    expect(beamDump.showInPaperFigure).toBe(true);
    expect(beamDump.disputed).toMatch(/neutrality-of-matter/);
    expect(beamDump.disputed).toMatch(/most stringent yet obtained from direct measurements/); // ref. [77] abstract
    expect(beamDump.label).toBe('Beam dump (as quoted by the paper, disputed)');
  });

  test('GEMMA is disputed for this model: a bound on the reactor ν̄_e charge, which L_μ − L_τ sets to 0; not in Fig. 2', () => {
    const gemma = limitById('gemma');
    expect(gemma.label).toBe('GEMMA (flavour-blind reading as quoted by the paper, disputed)');
    expect(gemma.showInPaperFigure).toBe(false);
    // The paper (arXiv:2308.05720, Sec. III) calls GEMMA's bound 'flavor blind'; the model has q_νe = 0, q_νμ = −q_ντ.
    expect(gemma.disputed).toMatch(/ν̄_e/);
    expect(gemma.disputed).toMatch(/q_νe = 0 and q_νμ = −q_ντ/);
    expect(gemma.disputed).toMatch(/flavour-blind/);
    // The value itself stays as ref. [78] (arXiv:1411.2279, abstract) gives it: 2.7 × 10⁻¹² e at 90% CL.
    expect([gemma.interval.upper, gemma.cl]).toEqual([2.7e-12, 0.9]);
  });

  test('every disputed entry’s label says “disputed”', () => {
    const disputed = millichargeLimits.limits.filter((l) => l.disputed !== undefined);
    expect(disputed.length).toBeGreaterThan(0);
    for (const limit of disputed) expect(limit.label, limit.id).toMatch(/disputed/);
  });

  test('limitById names the known ids when given an unknown one', () => {
    expect(() => limitById('lz')).toThrow(/^limit id must be one of 'coherent-2021-mu', .*got "lz"$/);
  });
});
