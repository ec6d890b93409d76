#!/usr/bin/env python3
"""High-precision reference values for tests/physics (40 significant digits, mpmath).

Regenerate with:  python3 tests/reference/make_reference.py > tests/reference/reference.json

Everything here is computed independently of src/physics: eq. (6) by mpmath's
tanh-sinh quadrature AND by its closed form (the two must agree to 30 digits),
eq. (4) by quadrature of the one-loop vacuum-polarisation difference, and the
paper's four coupling bounds from eq. (5) + eq. (8).
Constants must match src/physics/constants.ts.
"""
import json
import mpmath as mp

mp.mp.dps = 40

M_MU = mp.mpf('105.6583755')     # MeV, PDG 2024
M_TAU = mp.mpf('1776.93')        # MeV, PDG 2024
ALPHA = 1 / mp.mpf('137.035999177')  # CODATA 2022
LOG_RATIO = mp.log(M_TAU**2 / M_MU**2)


def delta_amu_quad(g, m_zp):
    """eq. (6) by quadrature, with breakpoints where the integrand has structure."""
    r = M_MU**2 / m_zp**2
    f = lambda x: x**2 * (1 - x) / (1 - x + r * x**2)
    s = m_zp / M_MU
    pts = {mp.mpf(0), mp.mpf(1)}
    for p in (s / 100, s / 10, s, 10 * s, 1 - 1 / (10 * s**2), 1 - 1 / s**2, 1 - 10 / s**2):
        if 0 < p < 1:
            pts.add(p)
    return g**2 * r / (4 * mp.pi**2) * mp.quad(f, sorted(pts))


def delta_amu_closed(g, m_zp):
    """eq. (6) in closed form: F(s) = int_0^1 x^2(1-x)/(x^2+s^2(1-x)) dx, s = m_Z'/m_mu.

    The closed form cancels badly for heavy Z' (terms ~ s^4 ln s against a result
    ~ 1/(3 s^2)), so it is evaluated with 120 digits.
    """
    with mp.workdps(120):
        return +_delta_amu_closed(g, m_zp)


def _delta_amu_closed(g, m_zp):
    s = m_zp / M_MU
    s2 = s**2
    a = s2 * (2 - s2)                 # coefficient of x in the remainder
    b = s2 * (-1 + 2 * s2 - s2**2 / 2)  # constant after completing the square
    d = s2 - s2**2 / 4                # c - b^2/4 of x^2 - s^2 x + s^2
    if d > 0:
        root = mp.sqrt(d)
        t = (mp.atan((1 - s2 / 2) / root) + mp.atan((s2 / 2) / root)) / root
    else:
        k = mp.sqrt(-d)
        h = s2 / 2
        t = (mp.log(abs((1 - h - k) / (1 - h + k))) - mp.log(abs((-h - k) / (-h + k)))) / (2 * k)
    big_f = mp.mpf(1) / 2 - s2 - a * mp.log(s) + b * t
    return g**2 / (4 * mp.pi**2) * big_f


def eps_ratio(q2):
    """eps(q^2)/eps(0) from eq. (4): mu loop minus tau loop, normalised by eq. (5)."""
    q2 = mp.mpf(q2)
    f = lambda x: x * (1 - x) * mp.log((M_TAU**2 - x * (1 - x) * q2) / (M_MU**2 - x * (1 - x) * q2))
    pts = [mp.mpf(0), mp.mpf(1) / 2, mp.mpf(1)]
    if q2 < 0:
        w = M_MU**2 / -q2
        pts += [p for p in (w / 10, w, 10 * w) if p < mp.mpf(1) / 2]
        pts += [1 - p for p in (w / 10, w, 10 * w) if p < mp.mpf(1) / 2]
    return mp.quad(f, sorted(set(pts))) / (LOG_RATIO / 6)


def vacuum_polarisation_closed(m, q2):
    """int_0^1 x(1-x) ln(1 - x(1-x) q^2/m^2) dx in closed form (log form for q^2 < 0,
    arctan form for 0 < q^2 < 4 m^2); cancels for small |q^2|, hence 120 digits."""
    with mp.workdps(120):
        r = m**2 / q2
        if q2 < 0:
            beta = mp.sqrt(1 - 4 * r)
            v = (-mp.mpf(5) / 3 - 4 * r + beta * (1 + 2 * r) * mp.log((beta + 1) / (beta - 1))) / 6
        else:
            beta = mp.sqrt(4 * r - 1)
            v = (-mp.mpf(5) / 3 - 4 * r + 2 * beta * (1 + 2 * r) * mp.atan(1 / beta)) / 6
        return +v


def eps_ratio_closed(q2):
    q2 = mp.mpf(q2)
    diff = LOG_RATIO / 6 + vacuum_polarisation_closed(M_TAU, q2) - vacuum_polarisation_closed(M_MU, q2)
    return diff / (LOG_RATIO / 6)


def coupling_bound(q_limit):
    """eq. (5) + (8): |q_nu|/e = g^2 ln(m_tau^2/m_mu^2)/(12 pi^2) solved for g."""
    return mp.sqrt(mp.mpf(q_limit) * 12 * mp.pi**2 / LOG_RATIO)


def s(x):
    return mp.nstr(x, 30, min_fixed=0, max_fixed=0)


def exact(x):
    """A double input written with enough digits (17) to round-trip exactly."""
    return repr(float(x))


# Inputs are rounded to doubles first so the TypeScript tests evaluate at exactly these points.
to_double = lambda x: mp.mpf(float(x))
masses = [to_double(mp.mpf(10) ** (-6 + 11 * mp.mpf(i) / 29)) for i in range(30)]
masses += [mp.mpf(10), mp.mpf(20), mp.mpf(300)]
delta_amu = []
for m in masses:
    quad, closed = delta_amu_quad(1, m), delta_amu_closed(1, m)
    assert abs(quad / closed - 1) < mp.mpf('1e-30'), (m, quad, closed)
    delta_amu.append({'mZprime': exact(m), 'deltaAmu': s(quad)})

four_m2 = 4 * M_MU**2
q2s = [-mp.mpf(10) ** k for k in (12, 10, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3)] + [mp.mpf('1e-3'), mp.mpf(1), mp.mpf(100)]
q2s += [to_double(f * four_m2) for f in (mp.mpf('0.01'), mp.mpf('0.1'), mp.mpf('0.5'), mp.mpf('0.9'), mp.mpf('0.99'), mp.mpf('0.999'))]
ratios = []
for q in q2s:
    quad, closed = eps_ratio(q), eps_ratio_closed(q)
    assert abs(quad / closed - 1) < mp.mpf('1e-30'), (q, quad, closed)
    ratios.append({'q2': exact(q), 'ratio': s(quad)})

bounds = [
    {'id': 'coherent-symmetric', 'qLimit': '0.75e-7', 'g': s(coupling_bound('0.75e-7')), 'paper': '1.2e-3'},
    {'id': 'coherent-lower-end', 'qLimit': '0.55e-7', 'g': s(coupling_bound('0.55e-7')), 'paper': None},
    {'id': 'xenonnt-symmetric', 'qLimit': '7.9e-13', 'g': s(coupling_bound('7.9e-13')), 'paper': '4e-6'},
    {'id': 'lz-tau', 'qLimit': '2.8e-13', 'g': s(coupling_bound('2.8e-13')), 'paper': '2.4e-6'},
    {'id': 'beam-dump', 'qLimit': '1e-21', 'g': s(coupling_bound('1e-21')), 'paper': '1.4e-10'},
]

print(json.dumps({
    'meta': {
        'generator': 'tests/reference/make_reference.py',
        'mpmathDps': mp.mp.dps,
        'constants': {'muonMassMeV': s(M_MU), 'tauMassMeV': s(M_TAU), 'alpha': s(ALPHA)},
        'notes': 'deltaAmu at g = 1; ratio = eps(q2)/eps(0); strings keep all digits, parse with Number().',
    },
    'deltaAmu': delta_amu,
    'kineticMixingRatio': ratios,
    'couplingBounds': bounds,
}, indent=2))
