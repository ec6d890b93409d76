// The limit-style registry (issue #13): every limit of the data has one look, Fig. 2 and the g−2
// explorer draw it alike, and global.css gives each colour a light and a dark value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import limitsJson from '../../../src/data/millicharge-limits.json';
import { LIMIT_COLOR_KEYS, LIMIT_LOOKS, limitColorVar, limitLook, MARGIN_NAME_MAX, shortLabel } from '../../../src/figures/shared/limit-style';
import { limitsData } from '../../../src/figures/shared/figure-data.server';
import { limitStyle } from '../../../src/figures/fig2/view';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { limitColor, limitDash } from '../../../src/figures/gm2/model';
import { whatIfCeilings } from '../../../src/figures/gm2/table';
import { allLimits } from '../../../src/figures/fig2/limits-view';
import { parseFig2State } from '../../../src/figures/fig2/state';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The colour variables (`--name: #rrggbb`) of every rule of global.css whose selector is exactly `selector`. */
function colorVars(selector: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const rule of css.split(`${selector} {`).slice(1)) {
    for (const m of rule.slice(0, rule.indexOf('}')).matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)) vars.set(m[1], m[2]);
  }
  return vars;
}

/** The `--limit-*` variables of those rules, by key ('lz' for --limit-lz). */
function limitVars(vars: Map<string, string>): Map<string, string> {
  return new Map([...vars].filter(([name]) => name.startsWith('limit-')).map(([name, value]) => [name.slice('limit-'.length), value]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const lightRoot = colorVars(':root');
const darkRoot = colorVars(":root[data-theme='dark']");
const light = limitVars(lightRoot);
const darkTheme = limitVars(darkRoot);
const darkScheme = limitVars(colorVars(":root:not([data-theme='light'])"));

describe('the limit-style registry', () => {
  it.each(limitsJson.limits.map((l) => l.id))('LIMIT_LOOKS lists %s of millicharge-limits.json', (id) => {
    expect(LIMIT_LOOKS[id], id).toBeDefined();
    expect(LIMIT_COLOR_KEYS).toContain(LIMIT_LOOKS[id].colorKey);
  });

  it('limitColorVar(key) names the global.css variable: lz → var(--limit-lz)', () => {
    expect(limitColorVar('lz')).toBe('var(--limit-lz)');
  });

  it('limitLook gives a limit the registry lacks its kind’s fallback, and a reader’s limit the what-if colour', () => {
    expect(limitLook({ id: 'new-experiment', kind: 'projection' })).toEqual({
      color: 'var(--limit-other)',
      dash: '8,2,2,2',
      disputed: false,
      hypothetical: false,
    });
    expect(limitLook({ id: 'whatif-2', kind: 'hypothetical' })).toEqual({ color: 'var(--limit-whatif)', dash: '4,4', disputed: false, hypothetical: true });
  });
});

describe('Fig. 2 and the g−2 explorer draw each limit alike', () => {
  const fig2Limits = limitsData().limits;
  const gm2Limits = gm2DataFromFiles().limits;

  it.each(limitsJson.limits.map((l) => l.id))('%s: same colour variable and dash in both', (id) => {
    const fig2 = limitStyle(fig2Limits.find((l) => l.id === id)!);
    const gm2 = gm2Limits.find((l) => l.id === id)!;
    expect(limitColor(gm2)).toBe(fig2.color);
    expect(fig2.color).toBe(`var(--limit-${LIMIT_LOOKS[id].colorKey})`);
    // Fig. 2 writes 'none' for solid; the explorer leaves the attribute out.
    expect(limitDash(gm2) ?? 'none').toBe(fig2.dash);
  });

  it('a reader’s hypothetical limit: same colour and dash in both', () => {
    const url = 'whatif=Mine~tau~-1e-14~1e-14~0.9~observed,Other~mu~-1e-13~1e-13~0.9~observed';
    const data = limitsData();
    const fig2 = allLimits(data, parseFig2State(data, `?${url}`).state).filter((l) => l.hypothetical);
    expect(fig2.map((l) => l.id)).toEqual(['whatif-1', 'whatif-2']);
    const gm2 = whatIfCeilings(
      fig2.map((l) => ({ id: l.id, name: l.label, flavor: l.flavors[0], lower: l.lower, upper: l.upper, cl: l.cl, kind: 'observed' as const })),
    );
    fig2.forEach((l, i) => {
      expect(limitColor(gm2[i])).toBe(limitStyle(l).color);
      expect(limitDash(gm2[i])).toBe(limitStyle(l).dash);
    });
  });
});

describe('global.css: one colour per key, light and dark', () => {
  it.each(LIMIT_COLOR_KEYS)('--limit-%s has a light value and the same dark value for the theme attribute and prefers-color-scheme', (key) => {
    expect(light.get(key), key).toMatch(/^#/);
    expect(darkTheme.get(key), key).toMatch(/^#/);
    expect(darkScheme.get(key), key).toBe(darkTheme.get(key));
    expect(darkTheme.get(key)).not.toBe(light.get(key));
  });

  it('defines no --limit-* variable the registry does not use', () => {
    for (const vars of [light, darkTheme, darkScheme]) expect([...vars.keys()].sort()).toEqual([...LIMIT_COLOR_KEYS].sort());
  });

  it('contrast() gives the WCAG ratios of black and white (21) and of #767676 on white (4.54)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(LIMIT_COLOR_KEYS)('--limit-%s reads at ≥ 3:1 against the background of its theme (--bg and --bg-soft)', (key) => {
    // WCAG 1.4.11 (non-text contrast) asks 3:1 of graphical objects; --bg-soft is the hovered legend row.
    for (const bg of ['bg', 'bg-soft']) {
      expect(contrast(light.get(key)!, lightRoot.get(bg)!), `${key} on light ${bg}`).toBeGreaterThanOrEqual(3);
      expect(contrast(darkTheme.get(key)!, darkRoot.get(bg)!), `${key} on dark ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('shortLabel: one rule for every figure’s short names', () => {
  it.each([
    [{ label: 'LUX-ZEPLIN (ν_τ)', kind: 'observed', experiment: 'LUX-ZEPLIN' }, 'LUX-ZEPLIN'],
    [{ label: 'FLArE/FASERν2 projection (ν_μ)', kind: 'projection', experiment: 'FLArE/FASERν2' }, 'FLArE/FASERν2 proj.'],
    [{ label: 'Red-giant plasmon decay', kind: 'astro', experiment: 'Red giants' }, 'Red giants'], // 23 characters > 21
    [
      { label: 'Beam dump (as quoted by the paper, disputed)', kind: 'indirect', experiment: 'Beam dump', disputed: 'not a measured bound' },
      'Beam dump (disputed)',
    ],
    [{ label: 'Mine', kind: 'hypothetical' }, 'Mine (hypothetical)'],
  ] as const)('%o → %s', (limit, expected) => {
    expect(shortLabel(limit)).toBe(expected);
  });

  it('uses the experiment’s name where the label is longer than the margin allows', () => {
    const long = { label: 'A very long limit name for the chart margin', kind: 'observed', experiment: 'Short' } as const;
    expect([...long.label].length).toBeGreaterThan(MARGIN_NAME_MAX);
    expect(shortLabel(long)).toBe('Short');
  });
});
