/**
 * Plot's own snapshot normalisation, for SVG snapshot files: long decimals rounded to 3 places
 * (so a last-digit change in a coordinate does not fail a snapshot), ids renumbered in order of
 * appearance, one element per line (so diffs are readable).
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\d+\.\d{4,}/g, (x) => String(Math.round(Number(x) * 1000) / 1000))
    .replace(/id="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/>\s*</g, '>\n<');
}
