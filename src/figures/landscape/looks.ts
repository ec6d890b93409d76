/**
 * How the landscape draws each Z′ limit: a colour (light and dark, as CSS variables defined in
 * LandscapeFigure.astro) and a dash pattern of its own, so colour is never the only cue. A limit
 * not listed gets its kind's grey dash. Browser-safe.
 */

/** Colour key (variable `--zp-<key>`) and SVG dash pattern ('none': solid). */
export interface ZprimeLook {
  colorKey: string;
  dash: string;
}

export const ZPRIME_LOOKS: Readonly<Record<string, ZprimeLook>> = {
  'babar-4mu-2016': { colorKey: 'babar', dash: 'none' },
  'ccfr-trident-2014': { colorKey: 'ccfr', dash: '9,3' },
  'cms-4mu-2018': { colorKey: 'cms', dash: '3,2' },
  'belle2-invisible-2019': { colorKey: 'belle2', dash: '12,3,2,3' },
};

export const ZPRIME_KIND_LOOKS: Readonly<Record<string, ZprimeLook>> = {
  observed: { colorKey: 'other', dash: '5,5' },
  astro: { colorKey: 'other', dash: '10,2,2,2,2,2' },
  cosmo: { colorKey: 'other', dash: '2,4' },
  projection: { colorKey: 'other', dash: '8,2,2,2' },
};

/** A limit's look: its own, or its kind's. */
export function zprimeLook(id: string, kind: string): { color: string; dash: string } {
  const look = ZPRIME_LOOKS[id] ?? ZPRIME_KIND_LOOKS[kind] ?? ZPRIME_KIND_LOOKS.observed!;
  return { color: `var(--zp-${look.colorKey})`, dash: look.dash };
}

/** Colours of the (g−2) band and the Hubble regions: the g−2 explorer's (figures/gm2/marks.ts). */
export const LANDSCAPE_BAND_COLOR = '#d55e00';
/** The Hubble regions: the colour every (m_Z′, g) chart uses (shared/hubble-marks.ts). */
export { HUBBLE_COLOR as LANDSCAPE_HUBBLE_COLOR } from '../shared/hubble-marks';
/** The millicharge recast (the site's estimate): purple, dashed edges. */
export const LANDSCAPE_RECAST_COLOR = '#7b3294';
export const LANDSCAPE_RECAST_DASH = '6,3';
