/**
 * Where the (g−2)_μ band survives the drawn limits: at a mass the band survives when its lower edge
 * lies below every limit that covers that mass (each limit excludes the region above its curve).
 * Pure numerics on given functions; the figure passes eq. (6)'s lower edge and the data's curves.
 */
import { findRoot } from '../../physics/index';
import { lowestLimitAt, type LandscapeLimit } from './curves';
import { formatPlain, formatSci } from '../shared/format';

/** A mass window in MeV. */
export interface MassWindow {
  from: number;
  to: number;
}

/** Inputs of {@link survivalWindows}. */
export interface SurvivalInput {
  /** The band's lower edge g(m) (m in MeV, g > 0): the smallest coupling that explains Δa_μ within nσ. */
  lowerEdge: (m: number) => number;
  limits: readonly Pick<LandscapeLimit, 'id' | 'segments'>[];
  /** Masses looked at, MeV (0 < min < max). */
  range: MassWindow;
  /** Log-spaced samples per decade besides every point of every curve (default 40). */
  samplesPerDecade?: number;
}

/**
 * The mass windows where the band survives. The sign of log g_lower(m) − log g_limit(m) is sampled on
 * a log grid joined with every point of every limit in range (so each kink of a curve is a sample),
 * and each change of sign between neighbouring samples is refined with the shared root finder in
 * log m. Where no limit covers a mass the band survives there.
 * @returns disjoint windows in increasing mass; [] when the band is excluded at every sample
 * @throws RangeError for an invalid range or sample density
 */
export function survivalWindows({ lowerEdge, limits, range, samplesPerDecade = 40 }: SurvivalInput): MassWindow[] {
  const { from: a, to: b } = range;
  if (!(a > 0 && b > a && Number.isFinite(b))) throw new RangeError(`range must be 0 < from < to (MeV), got ${a} to ${b}`);
  if (!(samplesPerDecade >= 1)) throw new RangeError(`samplesPerDecade must be ≥ 1, got ${samplesPerDecade}`);
  const la = Math.log10(a);
  const lb = Math.log10(b);
  const n = Math.ceil((lb - la) * samplesPerDecade);
  const xs = new Set<number>(Array.from({ length: n + 1 }, (_, i) => (i === n ? lb : la + ((lb - la) * i) / n)));
  for (const limit of limits) for (const segment of limit.segments) for (const [m] of segment) if (m >= a && m <= b) xs.add(Math.log10(m));
  const grid = [...xs].sort((p, q) => p - q);
  /** < 0 where the band survives; −∞ where no limit covers the mass. */
  const margin = (x: number) => {
    const m = 10 ** x;
    const lowest = lowestLimitAt(limits, m);
    return lowest === undefined ? -Infinity : Math.log10(lowerEdge(m)) - Math.log10(lowest.g);
  };
  const values = grid.map(margin);
  const windows: MassWindow[] = [];
  let start: number | undefined = values[0]! < 0 ? grid[0] : undefined;
  for (let i = 1; i < grid.length; i++) {
    const before = values[i - 1]! < 0;
    const now = values[i]! < 0;
    if (before === now) continue;
    const edge = findRoot(margin, grid[i - 1]!, grid[i]!, { xTol: 1e-10 }).x;
    if (now) start = edge;
    else {
      windows.push({ from: 10 ** start!, to: 10 ** edge });
      start = undefined;
    }
  }
  if (start !== undefined) windows.push({ from: 10 ** start, to: b });
  // Ends computed as 10^x: put the range's own ends back exactly.
  return windows.map((w) => ({ from: Math.abs(Math.log10(w.from) - la) < 1e-12 ? a : w.from, to: w.to }));
}

/** The widest windows are listed in the sentence; the rest are counted. */
const LISTED_WINDOWS = 3;

/** A window's end in MeV, to 4 figures so that neighbouring narrow windows read apart: 213.7, 10⁻³. */
export function formatWindowMass(m: number): string {
  return m >= 0.01 && m < 1e4 ? formatPlain(m, 4) : formatSci(m, 3);
}

/** Masses that differ by less than this factor are the same mass (a window starting at the chart's edge). */
const SAME_MASS = 1 + 1e-9;

/**
 * The survival in words, with its limits stated: only part of the band needs to stay under the
 * drawn curves, and a window that starts at the chart's left edge starts there only because no drawn
 * curve reaches lower masses (the light-mass limits are not drawn).
 * E.g. 'With set 2023-paper at 1σ, part of the band escapes the drawn limits up to about 210 MeV; …'
 * @param setId the value set's id
 * @param windows from {@link survivalWindows}
 * @param isCeiling true when Δa_μ − nσ ≤ 0 (no band, only a ceiling)
 * @param edge the chart's lightest mass (MeV) and the lightest mass any drawn curve covers
 */
export function survivalSentence(
  setId: string,
  sigma: number,
  windows: readonly MassWindow[],
  isCeiling: boolean,
  edge: { chartMin: number; coveredFrom: number },
): string {
  const head = `With set ${setId} at ${sigma}σ`;
  if (isCeiling) return `${head} Δa_μ is consistent with zero: there is no band, only a ceiling on g, so nothing is left to close.`;
  if (windows.length === 0) return `${head} the drawn limits exclude the whole band at every mass shown.`;
  const fromEdge = (w: MassWindow) => w.from <= edge.chartMin * SAME_MASS;
  const span = (w: MassWindow) =>
    fromEdge(w) ? `up to about ${formatPlain(w.to, 3)} MeV` : `between ${formatWindowMass(w.from)} and ${formatWindowMass(w.to)} MeV`;
  const widest = [...windows].sort((p, q) => Math.log(q.to / q.from) - Math.log(p.to / p.from)).slice(0, LISTED_WINDOWS);
  const listed = windows.filter((w) => widest.includes(w)).map(span);
  const rest = windows.filter((w) => !widest.includes(w));
  const joined = listed.length === 1 ? listed[0] : listed.length === 2 ? listed.join(' and ') : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  const more =
    rest.length === 0
      ? ''
      : `, and in ${rest.length} narrower window${rest.length === 1 ? '' : 's'} between ${formatWindowMass(rest[0]!.from)} and ${formatWindowMass(rest.at(-1)!.to)} MeV where a limit's curve fluctuates`;
  const light =
    windows.some(fromEdge) && Number.isFinite(edge.coveredFrom)
      ? `; no drawn limit reaches below ${formatWindowMass(edge.coveredFrom)} MeV, and the light-mass limits not drawn here (listed below the chart) close that end`
      : '';
  return `${head}, part of the band escapes the drawn limits ${joined}${more}${light}.`;
}
