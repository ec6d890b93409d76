// Kind words, dash patterns, the "as quoted by the paper, disputed" marking and extra-reference
// citations, across Fig. 2, the g−2 explorer, the validity explorer and their downloads (issue #12).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import limitsJson from '../../../src/data/millicharge-limits.json';
import referencesJson from '../../../src/data/references.json';
import { DISPUTED_WORDS, disputedText, KIND_WORD, markedLabel, markedShortLabel } from '../../../src/figures/shared/limit-standing';
import { limitsData } from '../../../src/figures/shared/figure-data.server';
import { parseFig2State } from '../../../src/figures/fig2/state';
import { DISPUTED_DASH as FIG2_DISPUTED_DASH, fig2Description, fig2View, limitStyle } from '../../../src/figures/fig2/view';
import { fig2Spec } from '../../../src/figures/fig2/spec';
import { fig2Cell, fig2Csv, fig2Json, FIG2_COLUMNS, FIG2_TABLE_COLUMNS } from '../../../src/figures/fig2/export';
import { fig2Citation, type Fig2Bibtex } from '../../../src/figures/fig2/cite';
import { limitDash, plainLabel } from '../../../src/figures/gm2/model';
import { DISPUTED_DASH, KIND_LOOKS, LIMIT_LOOKS, WHAT_IF_DASHES, disputedDash } from '../../../src/figures/shared/limit-style';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { boundCells, gm2Csv, gm2Json, gm2Legend, KIND_WORD as GM2_KIND_WORD } from '../../../src/figures/gm2/table';
import { gm2ChartLabel } from '../../../src/figures/gm2/spec';
import { gm2Readout } from '../../../src/figures/gm2/readout';
import { limitBibtex } from '../../../src/cite/cite.server';
import { parseBibtex } from '../../../src/cite/bibtex';
import { validityData } from '../../../src/figures/validity/data.server';
import { couplingDomain, validityExportMeta } from '../../../src/components/validity/validity-live';
import { WHAT_IF_KINDS } from '../../../src/figures/fig2/what-if';
import { readCsv } from '../../helpers/read-csv';

const data = limitsData();
const fig2State = (search: string) => parseFig2State(data, search).state;
const ALL = `exp=${limitsJson.limits.map((l) => l.id).join(',')}`;
const disputedLimits = limitsJson.limits.filter((l) => 'disputed' in l);
const gm2Data = gm2DataFromFiles();
const gm2State = { m: 15, set: '2023-paper', sigma: 1 as const, treatment: 'symmetric' as const, flavor: 'tau' as const };

describe('KIND_WORD', () => {
  it('calls kind astro "astrophysical" and gives every kind of the data its own word', () => {
    expect(KIND_WORD.astro).toBe('astrophysical');
    expect(new Set(Object.values(KIND_WORD)).size).toBe(Object.keys(KIND_WORD).length);
    for (const l of limitsJson.limits) expect(KIND_WORD[l.kind as keyof typeof KIND_WORD], l.id).toBeTruthy();
  });

  it('the g−2 explorer words each ceiling kind differently, astro as astrophysical, without naming a line style', () => {
    expect(GM2_KIND_WORD.astro).toBe('astrophysical');
    expect(GM2_KIND_WORD.hypothetical).toBe('hypothetical');
    expect(new Set(Object.values(GM2_KIND_WORD)).size).toBe(Object.keys(GM2_KIND_WORD).length);
  });

  it('a reader’s hypothetical limit may be astrophysical too', () => {
    expect(WHAT_IF_KINDS).toContain('astro');
  });
});

describe('dash patterns: colour is never the only cue', () => {
  it('the registry gives every listed limit, kind fallback, hypothetical limit and the disputed look a pattern no other has', () => {
    const patterns = [...Object.values(LIMIT_LOOKS), ...Object.values(KIND_LOOKS)].map((l) => l.dash);
    const dotted = Object.values(LIMIT_LOOKS).flatMap((l) => (l.disputedDash ? [l.disputedDash] : []));
    const all = [...patterns, ...WHAT_IF_DASHES, ...new Set([DISPUTED_DASH, ...dotted])];
    expect(new Set(all).size).toBe(all.length);
  });

  it('the g−2 explorer draws a disputed limit dotted whatever its kind, the others in their registry dash', () => {
    for (const limit of gm2Data.limits) {
      const registry = LIMIT_LOOKS[limit.id].dash;
      expect(limitDash(limit), limit.id).toBe(limit.disputed ? disputedDash(limit.id) : registry === 'none' ? undefined : registry);
    }
  });

  it('Fig. 2 draws the disputed limits dotted with round caps and unshaded, in a pattern no other limit has', () => {
    expect(disputedLimits.length).toBeGreaterThan(0);
    const styles = data.limits.map((l, i) => ({ id: l.id, disputed: 'disputed' in limitsJson.limits[i], style: limitStyle(l) }));
    for (const { id, disputed, style } of styles) {
      expect(style.disputed, id).toBe(disputed);
      if (disputed) expect(style.dash, id).toBe(disputedDash(id));
      else expect(style.dash, id).not.toBe(FIG2_DISPUTED_DASH);
      if (disputed) expect(style.dash, id).toMatch(/^0\.1,/); // dots: near-zero dashes with round caps
    }
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({ ...fig2Spec(fig2State(ALL), data), document: document as unknown as Document }) as unknown as Element;
    for (const l of disputedLimits) {
      const line = svg.querySelector(`g.fig2-limits:not(.fig2-gmax) > line.fig2-limit-${l.id}`);
      expect(line?.getAttribute('stroke-linecap'), l.id).toBe('round');
      expect(line?.getAttribute('class'), l.id).toContain('fig2-disputed');
      // No shaded "excluded" region above a disputed line.
      expect(svg.querySelector(`rect.fig2-limit-${l.id}`), l.id).toBeNull();
      expect(svg.querySelector(`text.fig2-limit-${l.id}`)?.textContent, l.id).toContain('(disputed)');
    }
  });
});

describe('the disputed marking', () => {
  it('markedLabel adds "(as quoted by the paper, disputed)" once, and only to a disputed limit', () => {
    expect(markedLabel('Beam dump', { disputed: 'why' })).toBe('Beam dump (as quoted by the paper, disputed)');
    expect(markedLabel('Beam dump (as quoted by the paper, disputed)', { disputed: 'why' })).toBe('Beam dump (as quoted by the paper, disputed)');
    expect(markedLabel('XENONnT', {})).toBe('XENONnT');
    expect(markedShortLabel('Beam dump', { disputed: 'why' })).toBe('Beam dump (disputed)');
    expect(disputedText({ disputed: 'why' })).toBe(`${DISPUTED_WORDS}: why`);
    expect(disputedText({})).toBe('');
  });

  it('Fig. 2’s description names each disputed limit as disputed and does not say it excludes', () => {
    const s = fig2State('');
    const text = fig2Description(fig2View(s, data), s);
    for (const l of disputedLimits.filter((x) => x.showInPaperFigure)) {
      const sentence = text.slice(text.indexOf(l.label), text.indexOf('if it held', text.indexOf(l.label)));
      expect(sentence).toMatch(/^Beam dump \(as quoted by the paper, disputed\) \(ν_τ\): \|q_ν\| ≤ 10⁻²¹ would exclude g > /);
    }
    expect(text).toMatch(/the charge at q² = 0, exact only for a massless Z′/);
  });

  it('the g−2 explorer marks a disputed limit in its margin label, legend, bound table and readout', () => {
    for (const l of disputedLimits.filter((x) => x.flavors.includes('tau'))) {
      expect(gm2ChartLabel(gm2State, gm2Data)).toContain(`${l.experiment} (disputed)`);
      expect(gm2Legend(gm2State, gm2Data).find((item) => item.key === l.id)?.text).toContain(DISPUTED_WORDS);
      expect(gm2Legend(gm2State, gm2Data).find((item) => item.key === l.id)?.linecap).toBe('round');
      const limit = gm2Data.limits.find((x) => x.id === l.id)!;
      expect(boundCells(limit)).toMatchObject({ disputed: true, name: expect.stringContaining(DISPUTED_WORDS) });
      // At 15 MeV the beam-dump ceiling lies far below the band: the readout says what it would do, not that it excludes.
      expect(gm2Readout(gm2State, gm2Data).comparisons.find((c) => c.id === l.id)?.text).toMatch(/only if this disputed number held/);
    }
  });
});

describe('downloads carry the disputed marking and every limit’s CL source', () => {
  const s = fig2State(ALL);
  const view = fig2View(s, data);
  const at = '2026-12-04T00:00:00.000Z';

  it('Fig. 2 CSV: a disputed column with the reason, the label marked, and a CL_source column', () => {
    const { rows } = readCsv(fig2Csv(view, s, data, at));
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    expect(col('disputed')).toBeGreaterThan(-1);
    expect(col('CL_source')).toBeGreaterThan(-1);
    const limitRows = rows.slice(1).filter((r) => r[col('series')] === 'limit');
    for (const l of limitsJson.limits) {
      const row = limitRows.find((r) => r[col('label')].startsWith(l.label.replace(/ \(as quoted.*$/, '')));
      expect(row, l.id).toBeDefined();
      expect(row![col('CL_source')], l.id).toBe(l.clSource);
      if ('disputed' in l) {
        expect(row![col('disputed')]).toBe(`as quoted by the paper, disputed: ${l.disputed}`);
        expect(row![col('label')]).toContain('as quoted by the paper, disputed');
      } else {
        expect(row![col('disputed')], l.id).toBe('');
      }
    }
  });

  it('Fig. 2 JSON: the same disputed and cl_source fields, and a disputed line in the metadata', () => {
    const json = JSON.parse(fig2Json(view, s, data, at)) as { meta: Record<string, string>; data: Record<string, unknown>[] };
    for (const l of disputedLimits) {
      const row = json.data.find((r) => r.series === 'limit' && String(r.label).startsWith(l.label));
      expect(row?.disputed).toBe(`as quoted by the paper, disputed: ${l.disputed}`);
      expect(row?.cl_source).toBe(l.clSource);
      expect(json.meta.disputed).toContain(l.disputed);
    }
    expect(json.data.filter((r) => r.series === 'limit' && r.disputed === null).length).toBeGreaterThan(0);
  });

  it('the on-page table says "as quoted by the paper, disputed" and leaves the long reason to the downloads', () => {
    expect(FIG2_TABLE_COLUMNS.map((c) => c.key)).toContain('disputed');
    expect(FIG2_TABLE_COLUMNS.map((c) => c.key)).not.toContain('cl_source');
    expect(FIG2_COLUMNS.map((c) => c.key)).toContain('cl_source');
    expect(fig2Cell('as quoted by the paper, disputed: a long reason', 'disputed')).toBe(DISPUTED_WORDS);
    expect(fig2Cell(null, 'disputed')).toBe('');
  });

  it('g−2 explorer CSV and JSON: a disputed line and a CL source line per shown limit in the metadata', () => {
    const { meta } = readCsv(gm2Csv(gm2State, gm2Data, at));
    const json = JSON.parse(gm2Json(gm2State, gm2Data, at)) as { meta: Record<string, string> };
    for (const l of limitsJson.limits.filter((x) => x.flavors.includes('tau'))) {
      expect(meta.get(`CL source ${l.id}`), l.id).toBe(l.clSource);
      expect(json.meta[`CL source ${l.id}`], l.id).toBe(l.clSource);
      if ('disputed' in l) {
        expect(meta.get(`disputed ${l.id}`)).toBe(`as quoted by the paper, disputed: ${l.disputed}`);
        expect(json.meta[`disputed ${l.id}`]).toBe(`as quoted by the paper, disputed: ${l.disputed}`);
      } else {
        expect(meta.has(`disputed ${l.id}`), l.id).toBe(false);
      }
    }
    expect(meta.get('status')).toContain('astrophysical');
  });

  it('validity export: CL with its source, the kind in words, and the disputed reason when the experiment has one', () => {
    const vdata = validityData();
    const redGiant = vdata.experiments.find((e) => e.id === 'red-giant-plasmon')!;
    const meta = validityExportMeta({ exp: redGiant.id, m: 20, treatment: 'symmetric', set: vdata.defaultSetId }, vdata, at);
    expect(meta.status).toBe('astrophysical');
    expect(meta.cl).toBe(`not stated (${limitsJson.limits.find((l) => l.id === 'red-giant-plasmon')!.clSource})`);
    expect(meta.sources[1].label).toContain('plasmon');
    // No entry of the data is both disputed and given a momentum transfer, so check the rule on a copy.
    const disputed = { ...vdata, experiments: [{ ...redGiant, disputed: 'a reason' }] };
    const disputedMeta = validityExportMeta({ exp: redGiant.id, m: 20, treatment: 'symmetric', set: vdata.defaultSetId }, disputed, at);
    expect(disputedMeta.extra?.disputed).toBe(`${DISPUTED_WORDS}: a reason`);
    expect(disputedMeta.quantity).toContain(DISPUTED_WORDS);
  });
});

describe('citations of limits from works the paper does not cite (extraRef)', () => {
  const extras = limitsJson.limits.filter((l) => 'extraRef' in l.reference);

  it.each(extras.map((l) => [l.id, l] as const))('limitBibtex gives %s its references.json entry, by id', (_, l) => {
    const ref = referencesJson.references.find((r) => r.id === (l.reference as { extraRef: string }).extraRef)!;
    const [entry] = parseBibtex(limitBibtex(l.reference));
    expect(entry.fields.eprint).toBe(ref.arxiv);
    expect(entry.fields.year).toBe(String(ref.year));
    // First author's family name as the bibliography writes it ('K. S. Babu' → 'Babu, K. S.').
    expect(entry.fields.author.startsWith(ref.authors[0].split(' ').at(-1)!)).toBe(true);
    expect(entry.key).toContain(ref.id.replace(/^extra-/, ''));
  });

  it('limitBibtex refuses an extraRef that names no bibliography entry', () => {
    expect(() => limitBibtex({ extraRef: 'extra-no-such-work' })).toThrow(RangeError);
  });

  it('Fig. 2’s "cite what you see" includes an extra reference exactly when its limit is drawn', () => {
    const bibtex: Fig2Bibtex = {
      paper: '@misc{paper}',
      byLimit: Object.fromEntries(data.limits.map((l) => [l.id, `@misc{${l.id}}`])),
      byArxiv: {},
    };
    const bebc = extras.find((l) => l.id === 'bebc-beam-dump-tau')!;
    const shown = fig2Citation(fig2View(fig2State(`exp=${bebc.id}`), data), bibtex);
    expect(shown).toBe(`@misc{paper}\n\n@misc{${bebc.id}}`);
    expect(fig2Citation(fig2View(fig2State(''), data), bibtex)).not.toContain(bebc.id);
  });
});

describe('the validity chart of a weak limit', () => {
  it('extends the coupling range down to the g−2 band (BEBC’s g_max ≈ 0.09 lies far above it)', () => {
    const vdata = validityData();
    const [lo] = couplingDomain({ exp: 'bebc-beam-dump-tau', m: 20, treatment: 'symmetric', set: vdata.defaultSetId }, vdata);
    // Light-Z′ limit of eq. (6): Δa_μ = g²/8π², so the band's lower edge is √(8π² · (245 − 48) × 10⁻¹¹) ≈ 3.9 × 10⁻⁴;
    // the range starts at the decade below it, not at a decade below BEBC's bound.
    expect(lo).toBe(1e-4);
  });
});

describe('the g−2 explorer says the disputed marking once', () => {
  it('plainLabel keeps what a label says besides the marking: GEMMA keeps "flavour-blind reading", the beam dump keeps nothing', () => {
    const byId = (id: string) => gm2Data.limits.find((l) => l.id === id)!;
    expect(plainLabel(byId('gemma'))).toBe('GEMMA (flavour-blind reading)');
    expect(plainLabel(byId('beam-dump-tau'))).toBe('Beam dump');
    for (const item of gm2Legend(gm2State, gm2Data)) expect(item.text.split(DISPUTED_WORDS).length - 1, item.text).toBeLessThanOrEqual(1);
  });
});
