// urlWriter (src/components/shared/url-sync.ts) with a stand-in window: the URL is written once,
// just after the next animation frame, with the widget's state at that moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { urlWriter } from '../../../src/components/shared/url-sync';
import { enumParam, numberParam } from '../../../src/figures/shared/url-state';

const schema = {
  flavor: enumParam('flavor', ['both', 'mu', 'tau'] as const, 'both'),
  m: numberParam('m', { min: 1e-3, max: 1e4, fallback: 10, label: 'mass in MeV' }),
};
type State = { flavor: 'both' | 'mu' | 'tau'; m: number };

let calls: { kind: 'push' | 'replace'; url: string }[];
let events: string[];
let frames: 'run' | 'never';

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  events = [];
  frames = 'run';
  const location = { pathname: '/limits/', search: '?keep=1', hash: '#fig' };
  const navigate = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    calls.push({ kind, url });
    location.search = url.slice(url.indexOf('?'), url.indexOf('#'));
  };
  vi.stubGlobal('window', { location, dispatchEvent: (e: Event) => events.push(e.type) });
  vi.stubGlobal('history', { state: null, pushState: navigate('push'), replaceState: navigate('replace') });
  // One animation frame every 16 ms, or none at all (a hidden tab).
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (frames === 'run' ? setTimeout(() => cb(0), 16) : 0));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('urlWriter(schema, current)', () => {
  it('writes nothing at once, then the state of the moment just after the next frame', () => {
    let state: State = { flavor: 'tau', m: 10 };
    const url = urlWriter(schema, () => state);
    url.write();
    expect(calls).toEqual([]);
    expect(url.pending).toBe(true);
    state = { flavor: 'mu', m: 5 };
    vi.advanceTimersByTime(17);
    expect(calls).toEqual([{ kind: 'push', url: '/limits/?keep=1&flavor=mu&m=5#fig' }]);
    expect(events).toEqual(['widget:urlstate']);
    expect(url.pending).toBe(false);
  });

  it('makes one history entry of several changes before the paint; a push wins over a replace', () => {
    const state: State = { flavor: 'mu', m: 10 };
    const url = urlWriter(schema, () => state);
    url.write({ replace: true });
    url.write();
    url.write({ replace: true });
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([{ kind: 'push', url: '/limits/?keep=1&flavor=mu#fig' }]);
  });

  it('replaces the entry when every change asked to (a slider drag)', () => {
    const state: State = { flavor: 'both', m: 20 };
    const url = urlWriter(schema, () => state);
    url.write({ replace: true });
    url.write({ replace: true });
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([{ kind: 'replace', url: '/limits/?keep=1&m=20#fig' }]);
  });

  it('still writes, within 100 ms, when no frame comes (a hidden tab)', () => {
    frames = 'never';
    const url = urlWriter(schema, (): State => ({ flavor: 'tau', m: 10 }));
    url.write();
    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(1); // once, not again when the timer and a late frame both fire
  });
});
