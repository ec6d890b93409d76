import { describe, expect, it } from 'vitest';
import plotTrim, { standInSource, TRIMMED } from '../../src/lib/plot-trim.mjs';

/** Evaluates generated module source as a real ES module. */
const load = (source: string) => import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(source)}`);

describe('plot-trim stand-ins', () => {
  it.each(Object.keys(TRIMMED) as (keyof typeof TRIMMED)[])('%s: exports every name of the real module', async (name) => {
    const real = await import(name);
    const standIn = await load(await standInSource(name));
    expect(Object.keys(standIn).sort()).toEqual(Object.keys(real).sort());
  });

  it('throws a message naming the function and the plugin when a trimmed function is called or read', async () => {
    const geo = await load(await standInSource('d3-geo'));
    expect(() => geo.geoPath()).toThrow(/geoPath is not in this site's Plot bundle \(src\/lib\/plot-trim\.mjs trims d3-geo\)/);
    expect(() => geo.geoMercator.scale).toThrow(/geoMercator/);
    const chromatic = await load(await standInSource('d3-scale-chromatic'));
    expect(() => chromatic.schemeTableau10[3]).toThrow(/schemeTableau10 is not in this site's Plot bundle/);
    expect(() => chromatic.interpolateViridis(0.5)).toThrow(/interpolateViridis/);
  });

  it('lets Plot tag the time intervals while loading (a property write), and throws when dates or formats are used', async () => {
    const time = await load(await standInSource('d3-time'));
    const tag = Symbol('intervalDuration');
    expect(() => (time.utcSecond[tag] = 1000)).not.toThrow();
    expect(() => time.utcSecond.every(2)).toThrow(/utcSecond is not in this site's Plot bundle \(src\/lib\/plot-trim\.mjs trims d3-time\)/);
    const timeFormat = await load(await standInSource('d3-time-format'));
    expect(() => timeFormat.utcFormat('%Y')).toThrow(/utcFormat/);
    const format = await load(await standInSource('d3-format'));
    expect(() => format.format('.2s')).toThrow(/format is not in this site's Plot bundle/);
    const axis = await load(await standInSource('d3-axis'));
    expect(() => axis.axisBottom()).toThrow(/axisBottom/);
  });

  it('lets Plot call geoTransform while loading, and throws only when its result is used', async () => {
    const geo = await load(await standInSource('d3-geo'));
    const transform = geo.geoTransform({ point() {} });
    expect(() => transform.stream).toThrow(/the result of geoTransform is not in this site's Plot bundle/);
  });

  it('replaces the modules in the browser build only, never in the build-time render', () => {
    const plugin = plotTrim();
    const resolve = plugin.resolveId as (source: string, importer: string | undefined, options?: { ssr?: boolean }) => string | null;
    expect(resolve('d3-geo', undefined, { ssr: false })).toBe('\0plot-trim:d3-geo');
    expect(resolve('d3-geo', undefined, { ssr: true })).toBeNull();
    expect(resolve('d3-scale', undefined, { ssr: false })).toBeNull();
    expect(plugin.apply).toBe('build');
  });
});
