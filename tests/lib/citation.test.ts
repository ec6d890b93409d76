// The bibliography (src/data/references.json) against the paper's own list, the BibTeX we print
// (strict parse, round trip, ASCII only) and CITATION.cff against the CFF 1.2.0 schema.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import pkg from '../../package.json';
import { paper } from '../../src/site';
import refSchema from '../../src/data/schema/references.schema.json';
import refData from '../../src/data/references.json';
import cffSchema from './cff-1.2.0.schema.json';
import { citeLabel, citeTitle, extraReferences, familyName, paperReferences, reference, referenceAnchor, references } from '../../src/cite/references.server';
import {
  bibtexName,
  formatBibtex,
  latexify,
  PAPER_AUTHORS_BIBTEX,
  paperBibtex,
  parseBibtex,
  referenceBibtex,
  siteBibtex,
  type BibtexEntry,
} from '../../src/cite/bibtex';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const root = new URL('../../', import.meta.url);
// The paper's bibliography is copied into tests/fixtures/paper-references.md so these tests always run;
// PAPER_PATH points them at another copy of the paper text (the whole paper.md works too). When the
// paper itself sits beside the repository (../shared/paper/paper.md), the copy is checked against it.
const fixturePath = fileURLToPath(new URL('tests/fixtures/paper-references.md', root));
const paperPath = process.env.PAPER_PATH ?? fixturePath;
const paperText = readFileSync(paperPath, 'utf8');
const sharedPaperPath = fileURLToPath(new URL('../shared/paper/paper.md', root));
// Titles confirmed against public arXiv listings (issue #12): keyed by arXiv id, else "id:<reference id>".
const confirmedTitles: Record<string, { title: string; checked: string }> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(new URL('tests/fixtures/arxiv-titles.json', root), 'utf8'))).filter(([k]) => k !== '$comment'),
) as Record<string, { title: string; checked: string }>;

/** The bibliography part of a paper text: from the acknowledgements on, or all of it if it has none. */
function bibliographyText(text: string): string {
  const start = text.indexOf('**Acknowledgements:**');
  return start >= 0 ? text.slice(start) : text;
}

/** The paper's bibliography, split into its numbered entries ("[72] A. N. Khan, …"). */
function paperBibliography(): Map<number, string> {
  const tail = bibliographyText(paperText);
  const starts = [...tail.matchAll(/\n\s*-\s*\[(\d+)\]\s/g)];
  const entries = new Map<number, string>();
  starts.forEach((m, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].index : tail.length;
    entries.set(Number(m[1]), tail.slice(m.index! + m[0].length, end).replace(/\s+/g, ' '));
  });
  return entries;
}

describe('references.json', () => {
  it('validates against src/data/schema/references.schema.json', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(refSchema);
    expect(validate(refData), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the schema rejects an entry without a paper number or a reason to be cited', () => {
    const validate = new Ajv().compile(refSchema);
    const broken = { ...refData, references: [{ id: 'extra-x', authors: ['A. B. Cee'], year: 2020, arxiv: '2001.00001' }] };
    expect(validate(broken)).toBe(false);
  });

  it('holds the paper entries [1]–[79] exactly once, in order, with unique ids', () => {
    expect(paperReferences.map((r) => r.paperRef)).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
    expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
  });

  const bibliography = paperBibliography();
  it('finds all 79 entries in the paper text it is checked against', () => {
    expect([...bibliography.keys()]).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
  });

  describe.each(paperReferences.map((r) => [r.paperRef!, r] as const))('paper entry [%i]', (n, ref) => {
    const line = bibliography.get(n)!;
    it('matches the paper on arXiv id, journal, volume, pages, year, erratum and collaboration', () => {
      if (ref.arxiv) expect(line).toContain(`arXiv:${ref.arxiv}`);
      else expect(line).not.toContain('arXiv:');
      if (ref.journal) {
        expect(line).toContain(ref.journal);
        expect(line).toContain(`**${ref.volume}**`);
        expect(line).toContain(ref.pages!);
      }
      // Preprints in the paper's list carry no year; the arXiv-date test covers theirs.
      const stated = /\((\d{4})\)/.exec(line);
      if (stated) expect(Number(stated[1])).toBe(ref.year);
      else expect(ref.journal).toBeUndefined();
      expect(line.includes('erratum')).toBe(ref.erratum !== undefined);
      expect(line.includes('*et al.*')).toBe(ref.etAl === true);
      if (ref.collaboration) expect(line).toContain(`[${ref.collaboration}]`);
      if (ref.url) expect(line).toContain(ref.url);
    });
    it('lists the authors as the paper does (corrections carry a note)', () => {
      for (const author of ref.authors) {
        if (line.includes(author)) continue;
        expect(ref.note, `${author} not in [${n}]`).toMatch(/spells/);
      }
    });
  });

  it('keeps the DOIs the paper gives', () => {
    expect(reference(19).doi).toBe('10.1007/JHEP03(2014)105');
    expect(reference(46).doi).toBe('10.3847/1538-4357/aac82e');
  });

  it('builds APS DOIs from journal, volume and first page', () => {
    const code: Record<string, string> = { 'Phys. Rev. D': 'PhysRevD', 'Phys. Rev. Lett.': 'PhysRevLett', 'Rev. Mod. Phys.': 'RevModPhys' };
    const aps = references.filter((r) => r.doi?.startsWith('10.1103/'));
    expect(aps.length).toBeGreaterThan(30);
    for (const r of aps) expect(r.doi).toBe(`10.1103/${code[r.journal!]}.${r.volume}.${r.pages!.split('-')[0]}`);
  });

  it('has well-formed arXiv ids whose date agrees with the year', () => {
    for (const r of references.filter((x) => x.arxiv)) {
      const m = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(r.arxiv!) ?? /^[a-z-]+\/(\d{2})(\d{2})\d{3}$/.exec(r.arxiv!);
      expect(m, r.arxiv).not.toBeNull();
      const yy = Number(m![1]);
      const submitted = r.arxiv!.includes('/') ? (yy > 90 ? 1900 : 2000) + yy : 2000 + yy;
      expect(Number(m![2])).toBeGreaterThanOrEqual(1);
      expect(Number(m![2])).toBeLessThanOrEqual(12);
      expect(r.year - submitted, `${r.id}: ${r.arxiv} vs ${r.year}`).toBeGreaterThanOrEqual(0);
      expect(r.year - submitted, `${r.id}: ${r.arxiv} vs ${r.year}`).toBeLessThanOrEqual(2);
    }
  });

  it('includes the works the site cites beyond the paper', () => {
    const arxiv = extraReferences.map((r) => r.arxiv);
    for (const id of ['2308.06230', '2506.03069', '2505.21476', '2503.14454', '2409.03787']) {
      expect(arxiv).toContain(id);
    }
    expect(reference('extra-pdg-2024').doi).toBe('10.1103/PhysRevD.110.030001');
    expect(reference('extra-fnal-2023')).toMatchObject({ journal: 'Phys. Rev. Lett.', volume: '131', pages: '161802', year: 2023 });
  });
});

describe("paper-references.md (the copy of the paper's bibliography)", () => {
  it('is read from tests/fixtures unless PAPER_PATH says otherwise', () => {
    expect(paperPath).toBe(process.env.PAPER_PATH ?? fixturePath);
    expect(paperText).toContain('[79] R. Mammen Abraham');
  });
  it('starts at the acknowledgements and ends with entry [79], as the paper does', () => {
    const copy = bibliographyText(readFileSync(fixturePath, 'utf8'));
    expect(copy.startsWith('**Acknowledgements:** N. R. S. Chundawat and A. Mandal')).toBe(true);
    expect(copy.trimEnd().endsWith('[arXiv:2301.10254 [hep-ph]].')).toBe(true);
    // Where the paper sits beside the repository, the copy must equal its bibliography verbatim.
    if (existsSync(sharedPaperPath)) {
      expect(copy.trimEnd()).toBe(bibliographyText(readFileSync(sharedPaperPath, 'utf8')).trimEnd());
    }
  });
});

describe('reference titles (tests/fixtures/arxiv-titles.json)', () => {
  const key = (r: (typeof references)[number]) => r.arxiv ?? `id:${r.id}`;
  it.each(references.map((r) => [r.id, r] as const))('%s: a title only if it was confirmed, and then exactly that', (_, ref) => {
    const confirmed = confirmedTitles[key(ref)];
    if (ref.title === undefined) expect(confirmed, `${ref.id} has no title but the fixture confirms one`).toBeUndefined();
    else expect(ref.title, `${ref.id} (${key(ref)}): title not confirmed in tests/fixtures/arxiv-titles.json`).toBe(confirmed?.title);
  });
  it('lists only works that are in references.json, each saying where its title was checked', () => {
    const keys = new Set(references.map(key));
    for (const [k, entry] of Object.entries(confirmedTitles)) {
      expect(keys.has(k), k).toBe(true);
      expect(entry.checked.length, k).toBeGreaterThan(10);
    }
  });
  it("ref. [73] (arXiv:2205.09484) no longer carries arXiv:2202.11002's title; that paper is its own extra entry", () => {
    expect(reference(73).arxiv).toBe('2205.09484');
    expect(reference(73).title).toBeUndefined();
    expect(reference(73).note).toMatch(/2202\.11002/);
    const lightMediators = reference('extra-atzori-corona-light-mediators');
    expect(lightMediators.arxiv).toBe('2202.11002');
    expect(lightMediators.title).toMatch(/^Probing light mediators and \(g−2\)μ/);
    expect(references.filter((r) => r.title?.startsWith('Probing light mediators')).map((r) => r.id)).toEqual(['extra-atzori-corona-light-mediators']);
  });
  it('refs. [27] and [29] carry the titles of their arXiv ids (the old ones noted)', () => {
    // arXiv:2101.10334 (tomesphere, arxiv-vanity; Phys. Rev. D 105, 015028 at SCOAP3). The old title
    // "Systematically testing singlet models for (g−2)μ" is arXiv:2112.08377 (CERN CDS, JHEP 04 (2022) 129).
    expect(reference(27).title).toBe('A No-Lose Theorem for Discovering the New Physics of (g−2)μ at Muon Colliders');
    expect(reference(27).note).toMatch(/2112\.08377/);
    expect(references.some((r) => r.title?.startsWith('Systematically testing'))).toBe(false);
    // arXiv:1403.1269 (arxiv.org/abs, tomesphere): "Dressing L_mu - L_tau in Color".
    expect(reference(29).title).toBe('Dressing Lμ − Lτ in Color');
  });
  it('has the extra entries issue #12 asks for, each with citedFor and a verified arXiv id or URL', () => {
    const wanted: Record<string, string> = {
      'extra-babu-gould-rothstein': 'hep-ph/9310349',
      'extra-raffelt-1999': 'hep-ph/9903472',
      'extra-amaral-solar-neutrinos': '2006.11225',
      'extra-atzori-corona-light-mediators': '2202.11002',
      'extra-banerjee-dutta-roy': '2103.10196',
      'extra-cmd3-pipi': '2302.08834',
      'extra-babar-muonic-dark-force': '1606.03501',
      'extra-altmannshofer-trident': '1406.2332',
      'extra-cms-z-4mu': '1808.03684',
      'extra-belle2-invisible-2020': '1912.11276',
      'extra-belle2-invisible-2022': '2212.03066',
    };
    for (const [id, arxiv] of Object.entries(wanted)) {
      expect(reference(id).arxiv, id).toBe(arxiv);
      expect(reference(id).citedFor, id).toBeTruthy();
    }
    expect(reference('extra-pdglive-neutrino-mixing').url).toBe('https://pdglive.lbl.gov/DataBlock.action?node=S067P23');
  });
});

describe('reference lookup and labels', () => {
  it("reference(72) is Khan's COHERENT-2021 analysis, anchored at #ref-72 and cited as [72]", () => {
    const khan = reference(72);
    expect(khan.arxiv).toBe('2201.10578');
    expect(referenceAnchor(khan)).toBe('ref-72');
    expect(citeLabel(khan)).toBe('[72]');
    expect(citeTitle(khan)).toMatch(/^Khan \(2023\)\. Neutrino millicharge/);
  });
  it('extra references get anchors ref-extra-… and author-year labels', () => {
    expect(referenceAnchor(reference('extra-pdg-2024'))).toBe('ref-extra-pdg-2024');
    expect(citeLabel(reference('extra-pdg-2024'))).toBe('[PDG 2024]');
    expect(citeLabel({ id: 'extra-x', authors: [], year: 2021, arxiv: '2108.00001' } as Parameters<typeof citeLabel>[0])).toBe('[arXiv:2108.00001]');
  });
  it('reference() of an unknown key throws a message naming it', () => {
    expect(() => reference(80)).toThrow(/No reference '80'/);
    expect(() => reference('extra-nope')).toThrow(/extra-nope/);
  });
  it.each([
    ['A. N. Khan', 'Khan'],
    ['D. Aristizabal Sierra', 'Aristizabal Sierra'],
    ['G. von Hippel', 'von Hippel'],
    ['H. Stöckinger-Kim', 'Stöckinger-Kim'],
    ['S. K. A.', 'S. K. A.'],
  ])('familyName(%j) is %j', (name, family) => expect(familyName(name)).toBe(family));
});

describe('BibTeX', () => {
  it.each([
    ['Z′ models for the LHCb and g−2 muon anomalies', "Z' models for the LHCb and g-2 muon anomalies"],
    ['b→sμ⁺μ⁻ data', 'b$\\to$s$\\mu^{+}\\mu^{-}$ data'],
    ['1 km s⁻¹ Mpc⁻¹ Uncertainty', '1 km s$^{-1}$ Mpc$^{-1}$ Uncertainty'],
    ['A 2.4% Determination', 'A 2.4\\% Determination'],
    ['an Lμ−Lτ model', 'an $L_\\mu-L_\\tau$ model'],
    [
      'Cvetič, Bélanger, Gérardin, Cè, Köksal, Gülpers, de Gouvêa, Balázs',
      "Cveti{\\v{c}}, B{\\'e}langer, G{\\'e}rardin, C{\\`e}, K{\\\"o}ksal, G{\\\"u}lpers, de Gouv{\\^e}a, Bal{\\'a}zs",
    ],
    // Standard LaTeX accent commands, written by hand: \~ tilde, \' acute, \c cedilla, \r ring, \H double acute, \k ogonek.
    [
      'Cerdeño, Muñoz, Gonçalves, Ångström, Erdős, Łukasz, Straße, Søren, Dvořák, Kołodziej, Mårten',
      'Cerde{\\~n}o, Mu{\\~n}oz, Gon{\\c{c}}alves, {\\r{A}}ngstr{\\"o}m, Erd{\\H{o}}s, {\\L}ukasz, Stra{\\ss}e, S{\\o}ren, Dvo{\\v{r}}{\\\'a}k, Ko{\\l}odziej, M{\\r{a}}rten',
    ],
    ['Ruíz, Núñez, ą', "Ru{\\'i}z, N{\\'u}{\\~n}ez, {\\k{a}}"],
    ['e⁺e⁻→π⁺π⁻ cross section', 'e$^{+}$e$^{-}\\to\\pi^{+}\\pi^{-}$ cross section'],
    ['at √s = 13 TeV', 'at $\\sqrt{s}$ = 13 TeV'],
    ['√μ', '$\\sqrt{\\mu}$'],
    ['(e±μ∓) final states', '(e$\\pm\\mu\\mp$) final states'],
    ['Lμ − Lτ gauge boson', '$L_\\mu-L_\\tau$ gauge boson'],
    ['Γ(Z → 4μ) ≤ 2 × 10⁻⁸, θ ≈ π, n → ∞', '$\\Gamma$(Z $\\to$ 4$\\mu$) $\\leq$ 2 $\\times$ 10$^{-8}$, $\\theta$ $\\approx$ $\\pi$, n $\\to$ $\\infty$'],
  ])('latexify(%j) === %j', (input, output) => expect(latexify(input)).toBe(output));

  it.each([
    ['ħ', 'ħ'],
    ['a bare √ (nothing to take the root of)', 'the √ of it'],
    ['a letter with two accents', 'Nguyễn'],
    ['a Greek capital with no LaTeX command', 'Α'],
  ])('latexify refuses %s', (_, input) => {
    expect(() => latexify(input)).toThrow(new RegExp(`no LaTeX for '.' in "${input}"`));
  });

  it.each([
    ['A. N. Khan', 'Khan, A. N.'],
    ['A. de Gouvêa', 'de Gouv{\\^e}a, A.'],
    ['D. G. Cerdeño', 'Cerde{\\~n}o, D. G.'],
    ['D. Aristizabal Sierra', 'Aristizabal Sierra, D.'],
    ['S. K. A.', '{S. K. A.}'],
    ['Singh Chundawat, Neetu Raj', 'Singh Chundawat, Neetu Raj'],
  ])('bibtexName(%j) === %j', (input, output) => expect(bibtexName(input)).toBe(output));

  it('prints every reference as ASCII that parses back to the same entry', () => {
    for (const ref of references) {
      const entry = referenceBibtex(ref);
      const text = formatBibtex(entry);
      expect(text, ref.id).toMatch(/^[\x20-\x7e\n]+$/);
      expect(parseBibtex(text)).toEqual([entry]);
    }
  });

  it('prints the titles and names that once had no LaTeX: CMD-3, CMS Z → 4μ, Belle II 2020 and Cerdeño', () => {
    const title = (id: string) => referenceBibtex(reference(id)).fields.title;
    expect(title('extra-cmd3-pipi')).toBe(
      '{Measurement of the e$^{+}$e$^{-}\\to\\pi^{+}\\pi^{-}$ cross section from threshold to 1.2 GeV with the CMD-3 detector}',
    );
    expect(title('extra-cms-z-4mu')).toBe(
      '{Search for an $L_\\mu-L_\\tau$ gauge boson using Z $\\to$ 4$\\mu$ events in proton-proton collisions at $\\sqrt{s}$ = 13 TeV}',
    );
    expect(title('extra-belle2-invisible-2020')).toBe(
      "{Search for an invisibly decaying Z' boson at Belle II in e$^{+}$e$^{-}$ $\\to$ $\\mu^{+}\\mu^{-}$ (e$\\pm\\mu\\mp$) plus missing energy final states}",
    );
    expect(referenceBibtex(reference('extra-amaral-solar-neutrinos')).fields.author).toBe(
      'Amaral, D. W. P. and Cerde{\\~n}o, D. G. and Foldenauer, P. and Reid, E.',
    );
  });

  it('gives every reference a distinct key and the right entry type', () => {
    const all = parseBibtex(references.map((r) => formatBibtex(referenceBibtex(r))).join('\n\n'));
    expect(all).toHaveLength(references.length);
    expect(new Set(all.map((e) => e.key)).size).toBe(references.length);
    const khan = referenceBibtex(reference(72));
    expect(khan).toMatchObject({ type: 'article', key: 'Khan2023-ref72' });
    expect(khan.fields).toMatchObject({ journal: 'Nucl. Phys. B', volume: '986', pages: '116064', eprint: '2201.10578', primaryclass: 'hep-ph' });
    expect(referenceBibtex(reference(33)).fields.author).toBe('Abi, B. and others');
    expect(referenceBibtex(reference(31)).type).toBe('misc');
  });

  it('PAPER_AUTHORS_BIBTEX names the authors of src/site.ts, in order', () => {
    expect(PAPER_AUTHORS_BIBTEX.map((a) => a.split(', ').reverse().join(' '))).toEqual([...paper.authors]);
  });

  const paperEntry = paperBibtex({
    authors: PAPER_AUTHORS_BIBTEX,
    year: paper.year,
    arxiv: paper.arxiv,
  });
  it('cites the paper as an arXiv hep-ph preprint with its three authors', () => {
    expect(paperEntry.type).toBe('misc');
    expect(paperEntry.fields).toMatchObject({
      author: 'Alok, Ashutosh Kumar and Singh Chundawat, Neetu Raj and Mandal, Arindam',
      year: '2023',
      eprint: '2308.05720',
      archiveprefix: 'arXiv',
      primaryclass: 'hep-ph',
    });
    expect(parseBibtex(formatBibtex(paperEntry))).toEqual([paperEntry]);
  });

  it('cites the site as software with the version from package.json', () => {
    const entry = siteBibtex({ title: 'Lμ−Lτ explainer', version: pkg.version, year: 2026, url: 'https://example.org/x/', arxiv: '2308.05720' });
    expect(entry.type).toBe('software');
    expect(entry.fields.version).toBe(pkg.version);
    expect(entry.fields.title).toBe('{$L_\\mu-L_\\tau$ explainer: an explorable companion to arXiv:2308.05720}');
    expect(parseBibtex(formatBibtex(entry))).toEqual([entry]);
  });

  it('parses brace-nested values, bare numbers and an empty trailing comma', () => {
    const parsed = parseBibtex('@Article{k1,\n title = {{A} \\{b\\} {c {d}}},\n year = 2020,\n}\n@misc{k:2, note={x}}');
    expect(parsed).toEqual<BibtexEntry[]>([
      { type: 'article', key: 'k1', fields: { title: '{A} \\{b\\} {c {d}}', year: '2020' } },
      { type: 'misc', key: 'k:2', fields: { note: 'x' } },
    ]);
  });

  it.each([
    ['unbalanced braces', '@article{k, title = {a {b}', /unbalanced braces/],
    ['a missing key', '@article{, title = {a}}', /citation key/],
    ['a duplicate field', '@article{k, year = {1}, year = {2}}', /duplicate field year/],
    ['text outside entries', 'hello @article{k, year = {1}}', /expected '@'/],
    ['a missing equals sign', '@article{k, title {a}}', /expected '='/],
    ['a field without a comma', '@article{k title = {a}}', /expected ',' or '}'/],
  ])('parseBibtex rejects %s', (_, text, message) => {
    expect(() => parseBibtex(text)).toThrow(message);
  });
});

describe('CITATION.cff', () => {
  const cff = parseYaml(readFileSync(new URL('CITATION.cff', root), 'utf8'));
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  const validate = ajv.compile(cffSchema);

  it('is valid Citation File Format 1.2.0', () => {
    expect(validate(cff), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the schema catches a missing message, a wrong cff-version and an unknown key', () => {
    expect(validate({ ...cff, message: undefined })).toBe(false);
    expect(validate({ ...cff, 'cff-version': '1.1.0' })).toBe(false);
    expect(validate({ ...cff, colour: 'blue' })).toBe(false);
    expect(validate({ ...cff, 'preferred-citation': { ...cff['preferred-citation'], type: 'paper' } })).toBe(false);
  });

  it('describes this version of the site, MIT-licensed software', () => {
    expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'software', license: 'MIT', version: pkg.version });
  });

  it('prefers the paper: same authors, year and arXiv link as src/site.ts', () => {
    const preferred = cff['preferred-citation'];
    expect(preferred.type).toBe('article');
    expect(preferred.year).toBe(paper.year);
    expect(preferred.url).toBe(paper.arxivUrl);
    const names = preferred.authors.map((a: { 'given-names': string; 'family-names': string }) => `${a['given-names']} ${a['family-names']}`);
    expect(names).toEqual([...paper.authors]);
  });
});

describe('cite labels', () => {
  it('no two references share a bracketed label, so a reader can tell every citation apart', () => {
    const labels = references.map(citeLabel);
    const repeated = labels.filter((l, i) => labels.indexOf(l) !== i);
    expect(repeated).toEqual([]);
  });

  it("citeLabel uses an entry's explicit label: the PDG online listings are not the printed Review", () => {
    expect(citeLabel(reference('extra-pdg-2024'))).toBe('[PDG 2024]');
    expect(citeLabel(reference('extra-pdglive-neutrino-mixing'))).toBe('[PDG Listings 2024]');
  });
});
