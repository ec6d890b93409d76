/**
 * The state-dependent marks of Fig. 2 (the limits with their labels and tips, the g−2 band or
 * ceiling, the Hubble regions) and the model line's points and angle; figures/fig2/spec.ts puts them
 * together with the fixed axes.
 */
import * as Plot from '@observablehq/plot';
import type { Fig2State } from './state';
import { FIG2_FRAME, lineName, standing, type Fig2Line, type Fig2View } from './view';
import { formatSci } from '../shared/format';
import { markedShortLabel } from '../shared/limit-standing';
import { COMPACT_FONT_SIZE, fig2Layout, type Fig2Layout } from './layout';

/** Marks hidden from assistive technology (the chart is one labelled image). */
export const HIDDEN = { ariaHidden: 'true' } as const;
/** A background-coloured outline behind a label, so lines it crosses do not cut through the letters. */
const HALO = { stroke: 'var(--bg, #fff)', strokeWidth: 3, paintOrder: 'stroke' } as const;
const [G0, G1] = FIG2_FRAME.g;
const [Q0, Q1] = FIG2_FRAME.q;

/**
 * A label's font size in px: the wide layout's own; 12 px in the compact one, which stays above
 * 11 px on screen when the build's 300-px phone chart is shown in a slightly narrower column.
 */
export const fontSize = (layout: Fig2Layout, size: number) => (layout.compact ? Math.max(COMPACT_FONT_SIZE, size) : size);

/** A coupling clamped to the plotted range (bands may extend beyond it). */
const clampG = (g: number) => Math.min(Math.max(g, G0), G1);

/** Model line points, every quarter decade of g. */
export function modelPoints(k: number): { g: number; q: number }[] {
  return Array.from({ length: 41 }, (_, i) => {
    const g = 10 ** (-12 + i / 4);
    return { g, q: k * g * g };
  });
}

/** Angle (degrees, SVG sense) of a slope-2 line in a layout's frame, for the model label. */
export function modelAngle(layout: Fig2Layout = fig2Layout()): number {
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = layout;
  const pxX = (width - marginLeft - marginRight) / Math.log10(G1 / G0);
  const pxY = (height - marginTop - marginBottom) / Math.log10(Q1 / Q0);
  return (-Math.atan((2 * pxY) / pxX) * 180) / Math.PI;
}

/** Tip text of a limit's corner point. */
function tipText(line: Fig2Line): string {
  const source = line.limit.arxiv ? `arXiv:${line.limit.arxiv}` : 'your hypothetical limit';
  return `${lineName(line)}\n|q_ν| ≤ ${formatSci(line.cap)} e\ng ≤ ${formatSci(line.gmax)}\n${source}`;
}

/**
 * A limit's label: at the right edge a disputed one on two lines ('Beam dump' over '(disputed)', so
 * it fits the margin), inside the compact plot on one (a second line would reach the next label);
 * ' ↑' / ' ↓' when its line lies above or below the |q| axis.
 */
function labelText(line: Fig2Line, compact: boolean): string {
  const short = markedShortLabel(line.limit.short, standing(line.limit));
  const name = compact ? short : short.replace(/ \(disputed\)$/, '\n(disputed)');
  if (line.onScale) return name;
  return `${name} ${line.cap > Q1 ? '↑' : '↓'}`;
}

/** The classes of a limit's drawn elements: its line (per flavour) and its limit, for the legend's highlighting. */
function limitClass(line: Fig2Line): string {
  const ids = line.cssKey === line.limit.id ? line.cssKey : `${line.cssKey} fig2-limit-${line.limit.id}`;
  return `fig2-limit fig2-limit-${ids}${line.limit.hypothetical ? ' fig2-hypothetical' : ''}${line.style.disputed ? ' fig2-disputed' : ''}`;
}

/**
 * A render transform that gives each drawn element its own limit's classes. Plot sets one class
 * per mark, and drawing all limits' regions (or labels, or g_max lines) as one mark is much
 * cheaper than one mark each; Plot appends one element per index entry, in index order.
 */
function classPerLimit(lines: readonly Fig2Line[], lineStyle = false): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    index.forEach((i, j) => {
      const el = g.children[j];
      if (!el) return;
      el.setAttribute('class', limitClass(lines[i]));
      if (!lineStyle) return;
      // Plot takes a dash pattern per mark only: each limit's own width and dash go on its line.
      const { width, dash, disputed } = lines[i].style;
      el.setAttribute('stroke-width', String(width));
      if (dash !== 'none') el.setAttribute('stroke-dasharray', dash);
      if (disputed) el.setAttribute('stroke-linecap', 'round');
    });
    return g;
  };
}

/**
 * The marks of the limits: shaded excluded regions (none for a disputed limit), horizontal lines,
 * dashed g_max lines and labels at the right edge (in the compact layout: inside the plot at its
 * left edge, on a halo), each as one mark for all limits.
 */
export function limitMarks(view: Fig2View, layout: Fig2Layout = fig2Layout()): Plot.Markish[] {
  const lines = view.lines;
  const onScale = lines.filter((line) => line.onScale);
  const withGmax = onScale.filter((line) => line.gmax >= G0 && line.gmax <= G1);
  const regions = (hypothetical: boolean) => onScale.filter((line) => Boolean(line.limit.hypothetical) === hypothetical && !line.style.disputed);
  const labels = (hypothetical: boolean) => lines.filter((line) => Boolean(line.limit.hypothetical) === hypothetical);
  const regionMark = (group: Fig2Line[], fillOpacity: number) =>
    Plot.rect(group, {
      x1: G0,
      x2: G1,
      y1: 'cap',
      y2: Q1,
      fill: (line: Fig2Line) => line.style.color,
      fillOpacity,
      className: 'fig2-limits',
      render: classPerLimit(group),
      ...HIDDEN,
    });
  const labelMark = (group: Fig2Line[], fontWeight: number) =>
    Plot.text(group, {
      x: layout.compact ? G0 : G1,
      y: (line: Fig2Line) => 10 ** line.labelLog10,
      text: (line: Fig2Line) => labelText(line, layout.compact),
      dx: layout.compact ? 4 : 6,
      textAnchor: 'start',
      fill: (line: Fig2Line) => line.style.color,
      ...(layout.compact ? HALO : {}),
      fontSize: fontSize(layout, 10.5),
      fontWeight,
      className: 'fig2-limits',
      render: classPerLimit(group),
      ...HIDDEN,
    });
  const marks = [
    regions(false).length ? regionMark(regions(false), 0.07) : null,
    regions(true).length ? regionMark(regions(true), 0.1) : null,
    onScale.length
      ? Plot.ruleY(onScale, {
          y: 'cap',
          stroke: (line: Fig2Line) => line.style.color,
          className: 'fig2-limits',
          render: classPerLimit(onScale, true),
          ...HIDDEN,
        })
      : null,
    withGmax.length
      ? Plot.ruleX(withGmax, {
          x: 'gmax',
          y1: Q0,
          y2: 'cap',
          stroke: (line: Fig2Line) => line.style.color,
          strokeWidth: 1,
          strokeDasharray: '3,3',
          className: 'fig2-limits fig2-gmax',
          render: classPerLimit(withGmax),
          ...HIDDEN,
        })
      : null,
    labels(false).length ? labelMark(labels(false), 500) : null,
    labels(true).length ? labelMark(labels(true), 700) : null,
  ];
  return marks.filter((mark) => mark !== null);
}

/** Where each drawn limit meets the model line, with its tip text (lines inside the plotted range only). */
export function corners(view: Fig2View): { g: number; q: number; color: string; tip: string }[] {
  return view.lines
    .filter((line) => line.onScale && line.gmax >= G0 && line.gmax <= G1)
    .map((line) => ({ g: line.gmax, q: line.cap, color: line.style.color, tip: tipText(line) }));
}

/** The g−2 band, or when the set is compatible with zero, a hatched ceiling with "below this". */
export function gm2Marks(view: Fig2View, state: Fig2State, layout: Fig2Layout = fig2Layout()): Plot.Markish[] {
  const { band } = view;
  const color = 'var(--fig2-gm2)';
  const tag = `(g−2)μ ${state.sigma}σ`;
  if (band.isCeiling) {
    const hatch = Array.from({ length: 10 }, (_, i) => band.upper / 10 ** (i * 0.07));
    return [
      Plot.ruleX(hatch, { stroke: color, strokeOpacity: 0.45, strokeWidth: 1, className: 'fig2-gm2 fig2-gm2-ceiling', ...HIDDEN }),
      Plot.ruleX([band.upper], { stroke: color, strokeWidth: 2, strokeDasharray: '6,2', className: 'fig2-gm2 fig2-gm2-ceiling', ...HIDDEN }),
      Plot.text([{ g: band.upper, q: 1e-20 }], {
        x: 'g',
        y: 'q',
        text: () => `${tag}: only g below this`,
        rotate: -90,
        dx: -8,
        fill: color,
        fontSize: fontSize(layout, 10),
        fontWeight: 600,
        className: 'fig2-gm2',
        ...HIDDEN,
      }),
    ];
  }
  // The tag goes right of the band, or right of a Hubble region that overlaps it, so it never
  // sits on a region's edge or on that region's own label (drawn on the region's left).
  const tagG = Math.min(G1, Math.max(band.upper, ...view.hubble.filter((h) => h.min <= band.upper && h.max >= band.lower).map((h) => h.max)));
  return [
    Plot.rect([{ x1: clampG(band.lower), x2: clampG(band.upper), y1: Q0, y2: Q1 }], {
      x1: 'x1',
      x2: 'x2',
      y1: 'y1',
      y2: 'y2',
      fill: color,
      fillOpacity: 0.32,
      className: 'fig2-gm2 fig2-gm2-band',
      ...HIDDEN,
    }),
    // Above the beam-dump line and below the xenon ones; a halo keeps it legible over any g_max line.
    Plot.text([{ g: tagG, q: 1e-17 }], {
      x: 'g',
      y: 'q',
      text: () => tag,
      rotate: -90,
      dx: 8,
      fill: color,
      ...HALO,
      fontSize: fontSize(layout, 10),
      fontWeight: 600,
      className: 'fig2-gm2',
      ...HIDDEN,
    }),
  ];
}

/** Hubble regions as vertical bands; the one the paper does not use is lighter and outlined. */
export function hubbleMarks(view: Fig2View, layout: Fig2Layout = fig2Layout()): Plot.Markish[] {
  return view.hubble.flatMap((h) => {
    const className = `fig2-hubble fig2-hubble-${h.id}`;
    const rect = { x1: clampG(h.min), x2: clampG(h.max), y1: Q0, y2: Q1 };
    const center = Math.sqrt(h.min * h.max);
    const wide = Math.log10(h.max / h.min) > 1.5;
    return [
      Plot.rect([rect], {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'var(--fig2-hubble)',
        fillOpacity: h.usedByPaper ? 0.35 : 0.16,
        stroke: h.usedByPaper ? 'none' : 'var(--fig2-hubble)',
        strokeDasharray: '2,3',
        className,
        ...HIDDEN,
      }),
      wide
        ? // Compact: from the region's left edge, as centred it would reach past the y axis.
          Plot.text([{ g: layout.compact ? clampG(h.min) : center, q: 1e-6 }], {
            x: 'g',
            y: 'q',
            ...(layout.compact ? { textAnchor: 'start', dx: 4 } : {}),
            text: () => (h.usedByPaper ? 'Hubble (paper)' : 'Hubble (not in paper)'),
            fill: 'var(--fig2-hubble-text)',
            fontSize: fontSize(layout, 10.5),
            fontWeight: 600,
            className,
            ...HIDDEN,
          })
        : Plot.text([{ g: clampG(h.min), q: 1e-24 }], {
            x: 'g',
            y: 'q',
            text: () => (h.usedByPaper ? 'Hubble (paper)' : 'Hubble, thermal (not in paper)'),
            rotate: -90,
            dx: -8,
            textAnchor: 'start',
            fill: 'var(--fig2-hubble-text)',
            ...HALO,
            fontSize: fontSize(layout, 10),
            className,
            ...HIDDEN,
          }),
    ];
  });
}
