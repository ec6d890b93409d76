/**
 * Pagefind excerpts are HTML-escaped text with <mark> around the matched words. They are never
 * inserted as HTML: this splits one into plain-text segments, which the search page turns into
 * text nodes and <mark> elements with DOM APIs. Pure, so it is unit-tested without a browser.
 */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes (&amp; &lt; &#39; &#x27; …); unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt at its <mark>…</mark> tags. Any other tag is dropped (its text kept), so
 * nothing in an excerpt can become markup.
 * @param excerpt Pagefind's `excerpt` string
 * @returns segments in reading order; adjacent empty segments are left out
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text !== '') segments.push({ text, mark });
    }
  }
  return segments;
}
