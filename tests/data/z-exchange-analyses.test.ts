/**
 * z-exchange-analyses.json: published analyses with the full Z′ exchange, as Z′ masses a page can
 * quote. Every number is re-derived from the abstract of Amaral, Cerdeño, Foldenauer, Reid,
 * arXiv:2006.11225 (GeV there, MeV here), never copied from the file.
 */
import { describe, expect, test } from 'vitest';
import referencesJson from '../../src/data/references.json';
import { zExchangeAnalyses, zExchangeAnalysisById } from '../../src/data/index';
import { parseZExchangeAnalyses } from '../../src/data/parse';
import schema from '../../src/data/schema/z-exchange-analyses.schema.json' with { type: 'json' };
import { expectClose } from '../helpers/expect-close';

const GEV_IN_MEV = 1000;
const arxivByReference = new Map(referencesJson.references.map((r) => [r.id, 'arxiv' in r ? r.arxiv : undefined]));

describe('z-exchange-analyses.json (arXiv:2006.11225, abstract)', () => {
  test.each([
    // 'already excluding a part of the (g−2)_μ explanation with mediator masses smaller than 2×10⁻² GeV'
    ['amaral-borexino', 2e-2, 'observed', 'below', /smaller than \$2\\times10\^\{-2\}\$ GeV/],
    // 'LUX-ZEPLIN will explore regions with mediator masses up to 5×10⁻² GeV'
    ['amaral-lz-projection', 5e-2, 'projection', 'up-to', /up to \$5\\times10\^\{-2\}\$ GeV/],
    // 'DARWIN will be able to extend the search beyond 10⁻¹ GeV'
    ['amaral-darwin-projection', 1e-1, 'projection', 'beyond', /beyond \$10\^\{-1\}\$ GeV/],
  ] as const)('%s: %d GeV from the abstract, stored in MeV, kind %s, reach %s, with the phrase quoted', (id, gev, kind, reach, phrase) => {
    const analysis = zExchangeAnalysisById(id);
    expectClose(analysis.massMeV, gev * GEV_IN_MEV, { rel: 1e-12 });
    expect(analysis).toMatchObject({ kind, reach, reference: { extraRef: 'extra-amaral-solar-neutrinos', arxiv: '2006.11225' } });
    expect(analysis.source).toMatch(/^Abstract of arXiv:2006\.11225: '/);
    expect(analysis.source).toMatch(phrase);
  });

  test('holds exactly the three analyses of the Amaral et al. abstract, in order of reach', () => {
    expect(zExchangeAnalyses.analyses.map((a) => a.id)).toEqual(['amaral-borexino', 'amaral-lz-projection', 'amaral-darwin-projection']);
  });

  test('zExchangeAnalysisById names the known ids when given an unknown one', () => {
    expect(() => zExchangeAnalysisById('borexino')).toThrow(/^analysis id must be one of 'amaral-borexino', .*got "borexino"$/);
  });

  test('the parser rejects a reference that references.json lacks, or whose arXiv id disagrees, and a repeated id', () => {
    const file = JSON.parse(JSON.stringify(zExchangeAnalyses));
    file.analyses[0].reference.extraRef = 'extra-nobody';
    file.analyses[1].reference.arxiv = '2104.03297';
    file.analyses[2].id = 'amaral-borexino';
    expect(() => parseZExchangeAnalyses(file, schema, arxivByReference)).toThrow(
      [
        'src/data/z-exchange-analyses.json is invalid:',
        '  id "amaral-borexino" is used more than once',
        '  amaral-borexino: reference.extraRef names unknown reference "extra-nobody"',
        "  amaral-lz-projection: reference.arxiv 2104.03297 differs from extra-amaral-solar-neutrinos's arXiv id 2006.11225",
      ].join('\n'),
    );
  });
});
