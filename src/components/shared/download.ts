/**
 * Browser downloads for figures: data as CSV/JSON (built by src/figures/shared/export.ts), the chart as
 * a standalone SVG, and as a PNG at 2× drawn through a canvas. The chart's colours are CSS
 * variables that follow the theme; a standalone file has no stylesheet, so the serialiser
 * replaces every var(…) and currentColor with the colour the reader currently sees.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Saves a Blob under `filename` through a temporary object URL. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (CSV, JSON, SVG) with its MIME type. */
export function downloadText(text: string, filename: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), filename);
}

const PAINT_ATTRIBUTES = ['fill', 'stroke', 'color', 'stop-color'] as const;

/**
 * A standalone copy of a chart: xmlns set, theme colours resolved to literal values, a background
 * rectangle in the page's background colour, and the page's UI font.
 * @returns the SVG document text
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    const computed = getComputedStyle(original);
    for (const name of PAINT_ATTRIBUTES) {
      const value = copy.getAttribute(name);
      if (value && /var\(|currentcolor/i.test(value)) copy.setAttribute(name, computed.getPropertyValue(name));
    }
  });
  const rootStyle = getComputedStyle(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('color', rootStyle.color);
  clone.style.setProperty('font-family', rootStyle.fontFamily);
  const { width, height } = svg.viewBox.baseVal ?? { width: 0, height: 0 };
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width || svg.clientWidth));
  background.setAttribute('height', String(height || svg.clientHeight));
  background.setAttribute('fill', getComputedStyle(document.documentElement).backgroundColor || '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/**
 * Rasterises a chart at `scale`× its viewBox size (the CSP allows blob: images).
 * @returns a PNG Blob
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = serializeSvg(svg);
  const box = svg.viewBox.baseVal;
  const width = Math.round((box?.width || svg.clientWidth) * scale);
  const height = Math.round((box?.height || svg.clientHeight) * scale);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2D context unavailable');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Copies text to the clipboard; where the Clipboard API is unavailable or refused, falls back to
 * selecting the text in `fallback` (a <textarea>) so the reader can copy it by hand.
 * @returns true if the text reached the clipboard
 */
export async function copyText(text: string, fallback?: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) {
      fallback.value = text;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
    }
    return false;
  }
}
