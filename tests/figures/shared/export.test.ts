import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv } from '../../helpers/read-csv';
import { buildCsv, buildJson, COUPLING_CONVENTION, exportFileName, type ExportMeta } from '../../../src/figures/shared/export';

const meta: ExportMeta = {
  quantity: 'test rows',
  units: 'g dimensionless; q in units of e',
  cl: '90%',
  status: 'observed',
  sources: [{ label: 'XENONnT, ref. [74]', arxiv: '2208.02144' }, { label: 'a "quoted", label' }],
  dataVersion: '1.0.0',
  generatedAt: '2026-11-25T13:00:00.000Z',
  extra: { treatment: 'signed' },
};
const columns = [
  { key: 'name', header: 'name' },
  { key: 'g', header: 'g' },
  { key: 'q', header: 'q_nu (e)' },
];

describe('buildCsv(meta, columns, rows)', () => {
  it('writes # key: value metadata, the convention, then header and rows', () => {
    const csv = buildCsv(meta, columns, [{ name: 'LZ, ν_τ', g: 2.4e-6, q: 2.8e-13 }]);
    const { meta: m, rows } = readCsv(csv);
    expect(m.get('quantity')).toBe('test rows');
    expect(m.get('convention')).toBe(COUPLING_CONVENTION);
    expect(m.get('CL')).toBe('90%');
    expect(m.get('sources')).toContain('arXiv:2208.02144');
    expect(m.get('data version')).toBe('1.0.0');
    expect(m.get('generated at')).toBe('2026-11-25T13:00:00.000Z');
    expect(m.get('treatment')).toBe('signed');
    expect(rows[0]).toEqual(['name', 'g', 'q_nu (e)']);
    expect(rows[1]).toEqual(['LZ, ν_τ', '0.0000024', '2.8e-13']);
  });

  it('parses back to exactly the same numbers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name: fc.string(), g: fc.double({ noNaN: true, noDefaultInfinity: true }), q: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
          { maxLength: 20 },
        ),
        (data) => {
          const clean = data.map((r) => ({ ...r, name: r.name.replace(/[\r\n]/g, ' ') }));
          const { rows } = readCsv(buildCsv(meta, columns, clean));
          rows.slice(1).forEach((row, i) => {
            expect(row[0]).toBe(clean[i].name);
            expect(Object.is(Number(row[1]), clean[i].g) || Number(row[1]) === clean[i].g).toBe(true);
            expect(Number(row[2]) === clean[i].q).toBe(true);
          });
        },
      ),
    );
  });

  it('quotes a row label that starts with "#", so it is never read as a metadata line', () => {
    const csv = buildCsv(meta, columns, [{ name: '# my limit', g: 1, q: 2 }]);
    expect(csv.trimEnd().split('\n').at(-1)).toBe('"# my limit",1,2');
    expect(readCsv(csv).rows.at(-1)).toEqual(['# my limit', '1', '2']);
  });

  it('refuses NaN and Infinity instead of writing them', () => {
    expect(() => buildCsv(meta, columns, [{ name: 'x', g: Number.NaN, q: 1 }])).toThrow(RangeError);
    expect(() => buildJson(meta, columns, [{ name: 'x', g: 1, q: Infinity }])).toThrow(RangeError);
  });

  it('keeps a line break in metadata from ending the comment', () => {
    const csv = buildCsv({ ...meta, quantity: 'a\nb' }, columns, []);
    expect(csv.split('\n')[0]).toBe('# quantity: a b');
  });
});

describe('buildJson(meta, columns, rows)', () => {
  it('parses back to {meta, data} with the same numbers and structured sources', () => {
    const rows = [
      { name: 'COHERENT', g: 1.2547e-3, q: 7.5e-8 },
      { name: 'beam dump', g: 1.448e-10, q: 1e-21 },
    ];
    const parsed = JSON.parse(buildJson(meta, columns, rows));
    expect(parsed.data).toEqual(rows);
    expect(parsed.meta.convention).toBe(COUPLING_CONVENTION);
    expect(parsed.meta.sources[0]).toEqual({ label: 'XENONnT, ref. [74]', arxiv: '2208.02144' });
    expect(parsed.columns.map((c: { key: string }) => c.key)).toEqual(['name', 'g', 'q']);
  });
});

describe('exportFileName(stem, extension)', () => {
  it('keeps only lowercase letters, digits and dashes', () => {
    expect(exportFileName('Fig2 tau/signed <x>', 'csv')).toBe('fig2-tau-signed-x.csv');
    expect(exportFileName('***', 'png')).toBe('figure.png');
  });
});
