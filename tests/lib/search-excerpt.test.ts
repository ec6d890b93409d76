import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, excerptSegments } from '../../src/components/search/excerpt';

describe('excerptSegments(excerpt)', () => {
  it('splits a Pagefind excerpt at its <mark> tags', () => {
    expect(excerptSegments('the <mark>kinetic</mark> <mark>mixing</mark> of eq. (4)')).toEqual([
      { text: 'the ', mark: false },
      { text: 'kinetic', mark: true },
      { text: ' ', mark: false },
      { text: 'mixing', mark: true },
      { text: ' of eq. (4)', mark: false },
    ]);
  });

  it('decodes escaped characters into plain text, so "&lt;script&gt;" stays text and never becomes markup', () => {
    expect(excerptSegments('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> & ', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('drops any tag other than <mark> and keeps its text', () => {
    expect(excerptSegments('<b>bold</b> <img src=x onerror=alert(1)>end')).toEqual([{ text: 'bold end', mark: false }]);
  });

  it('returns no segment for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });

  it('keeps every character of plain text without tags or entities, in order', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<>&]/.test(s) && s !== ''),
        (text) => {
          expect(excerptSegments(text)).toEqual([{ text, mark: false }]);
        },
      ),
    );
  });
});

describe('decodeEntities(text)', () => {
  it.each([
    ['&amp;', '&'],
    ['&lt;&gt;', '<>'],
    ['&quot;&#39;&#x27;', `"''`],
    ['&#x3bd;', 'ν'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '&#0;'],
  ])('decodeEntities(%s) === %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
