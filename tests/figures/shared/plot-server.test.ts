import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';

const options = (): Plot.PlotOptions => ({
  width: 300,
  height: 200,
  x: { type: 'log', domain: [1e-6, 1e-2] },
  marks: [
    Plot.lineY(
      [
        { x: 1e-6, y: 1 },
        { x: 1e-2, y: 2 },
      ],
      { x: 'x', y: 'y', ariaHidden: 'true' },
    ),
  ],
});

describe('renderPlotSvg(options, {ariaLabel})', () => {
  it('returns one <svg role="img"> with the label, size and marks', () => {
    const svg = renderPlotSvg(options(), { ariaLabel: 'A test line' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="A test line"');
    expect(svg).toContain('width="300"');
    expect(svg).toContain('viewBox="0 0 300 200"');
    expect(svg).toMatch(/<path[^>]+d="M/);
  });

  it('is deterministic: two renders of one spec are identical', () => {
    expect(renderPlotSvg(options(), { ariaLabel: 'x' })).toBe(renderPlotSvg(options(), { ariaLabel: 'x' }));
  });

  it('escapes quotes in the label', () => {
    expect(renderPlotSvg(options(), { ariaLabel: 'a "b" <c>' })).toContain('aria-label="a &quot;b&quot;');
  });

  it('leaves no aria-label on inner groups (the root is one image)', () => {
    expect(renderPlotSvg(options(), { ariaLabel: 'only me' }).match(/aria-label=/g)).toHaveLength(1);
  });

  it('refuses an empty label', () => {
    expect(() => renderPlotSvg(options(), { ariaLabel: '  ' })).toThrow(RangeError);
  });
});
