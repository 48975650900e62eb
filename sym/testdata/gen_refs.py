#!/usr/bin/env python3
"""Reference values for package sym's tests, computed with mpmath.

Run from this directory:  python3 gen_refs.py > refs.json
The Go tests read refs.json and never run Python.

Expressions use the calculator's plain syntax with explicit `*`, which is
also Python once `^` becomes `**` and every numeric literal is read as an
exact fraction. Values are computed at 600 and at 900 decimal digits and
must agree to the digits written, so that no reference carries a digit the
working precision could not support.
"""
import json
import re
import sys
from fractions import Fraction

import mpmath
import sympy
from mpmath import mp

NUM = re.compile(r'(?<![A-Za-z_0-9.])(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)')


def lgamma(x):
    if x > 0:
        return mp.loggamma(x)
    return mp.log(abs(mp.gamma(x)))


def env():
    return {
        'log': mp.log, 'exp': mp.exp, 'sqrt': mp.sqrt, 'abs': abs,
        'lgamma': lgamma, 'digamma': mp.digamma,
        'trigamma': lambda x: mp.psi(1, x),
        'polygamma': lambda n, x: mp.psi(int(n), x),
        'lbeta': lambda a, b: lgamma(a) + lgamma(b) - lgamma(a + b),
        'pi': mp.pi, 'e': mp.e, 'F': lambda s: mp.mpf(Fraction(s).numerator) / Fraction(s).denominator,
    }


def to_python(src):
    return NUM.sub(lambda m: "F('%s')" % m.group(1), src).replace('^', '**')


def value(src, dps, point=None):
    mp.dps = dps
    names = env()
    if point:
        for k, v in point.items():
            names[k] = names['F'](v)
    return eval(to_python(src), {'__builtins__': {}}, names)


def digits_str(v, n):
    return mpmath.nstr(v, n, min_fixed=1, max_fixed=0, strip_zeros=False)


def stable(src, n, point=None):
    a = digits_str(value(src, 600, point), n)
    b = digits_str(value(src, 900, point), n)
    if a != b:
        sys.exit('unstable reference for %s: %s vs %s' % (src, a, b))
    return a


# Constant expressions evaluated by Decimal to 40 and 100 digits.
DECIMAL = [
    'log(1 + 1e-30) - 1e-30',
    'exp(1e-20) - 1 - 1e-20',
    'sqrt(1 + 1e-40) - 1',
    '(1 + 1e-15)^(1/3) - 1',
    'sqrt(2)',
    'pi',
    'e',
    'log(2)/3',
    '2^(1/2) * 3^(1/3)',
    '10^(-50) + 1/3',
    '-2/7',
    'exp(-1000)',
    'exp(1000)',
    'exp(pi*sqrt(163))',
    'lgamma(1/2)',
    'lgamma(1 + 1e-25)',
    'lgamma(100.5)',
    'lgamma(-2.5)',
    'lgamma(1e10)',
    'digamma(1)',
    'digamma(-0.5)',
    'digamma(1e-12)',
    'trigamma(3/7)',
    'polygamma(3, 2.5)',
    'lbeta(2.5, 3.5)',
    'lbeta(1e-10, 1)',
    'abs(-3/2) * log(7)',
    '1.5^(-2.25)',
    # KL of N(0, 1) and N(1e-8, 1.0000001^2): every term cancels to ~1e-14.
    'log(1.0000001) + (1 + (1e-8)^2)/(2*1.0000001^2) - 1/2',
    # Gamma(2.5, 1.5) against Gamma(2.6, 1.4).
    '(2.5 - 2.6)*digamma(2.5) - lgamma(2.5) + lgamma(2.6) + 2.6*(log(1.5) - log(1.4)) + 2.5*(1.4 - 1.5)/1.5',
    'digamma(2.5 + 1e-20) - digamma(2.5)',
    'log(3) - log(2) - log(1.5 + 1e-35)',
]

# Constant expressions evaluated by Float64: reference to 20 digits, and the
# relative tolerance the float64 evaluation must meet.
FLOAT = [
    ('log(2)/3', 4e-16),
    ('sqrt(8) + exp(1)', 4e-16),
    ('2^(1/2) * 3^(1/3)', 4e-16),
    ('lgamma(1/2)', 1e-15),
    ('lgamma(100.5)', 1e-15),
    ('lgamma(-2.5)', 1e-14),
    ('digamma(1)', 1e-15),
    ('digamma(-0.5)', 1e-14),
    ('trigamma(3/7)', 1e-15),
    ('polygamma(3, 2.5)', 1e-14),
    ('lbeta(2.5, 3.5)', 1e-14),
    ('(1.5 - 2)*digamma(1.5) - lgamma(1.5) + lgamma(2) + 2*(log(0.5) - log(0.7)) + 1.5*(0.7 - 0.5)/0.5', 1e-14),
    ('exp(-700)', 1e-14),
    ('pi^2/6', 4e-16),
]

# Derivatives: sympy differentiates, mpmath evaluates at the point; the Go
# test evaluates sym's Diff at the same point.
X = sympy.Symbol('x', real=True)
Y = sympy.Symbol('y', real=True)
SYMPY_NAMES = {
    'x': X, 'y': Y, 'log': sympy.log, 'exp': sympy.exp, 'sqrt': sympy.sqrt, 'abs': sympy.Abs,
    'lgamma': sympy.loggamma, 'digamma': sympy.digamma,
    'trigamma': lambda u: sympy.polygamma(1, u), 'polygamma': sympy.polygamma,
    'lbeta': lambda a, b: sympy.loggamma(a) + sympy.loggamma(b) - sympy.loggamma(a + b),
    'pi': sympy.pi, 'e': sympy.E,
}
DIFF = [
    ('log(x^2 + 1)', 'x', {'x': '0.7'}),
    ('x^x', 'x', {'x': '1.3'}),
    ('exp(-x^2/2)/sqrt(2*pi)', 'x', {'x': '0.4'}),
    ('lgamma(x) - x*digamma(x)', 'x', {'x': '2.25'}),
    ('polygamma(2, x*y)', 'x', {'x': '1.5', 'y': '0.8'}),
    ('lbeta(x, y^2)', 'y', {'x': '1.5', 'y': '0.8'}),
    ('sqrt(x^2 + y^2)', 'y', {'x': '0.6', 'y': '-0.8'}),
    ('abs(x - 2)*x', 'x', {'x': '0.5'}),
    ('(x^2*y + log(y))/(1 + x*y)', 'y', {'x': '0.3', 'y': '1.7'}),
    ('trigamma(x)^2', 'x', {'x': '0.9'}),
]


def sympy_derivative(src, var, point):
    expr = sympy.sympify(src.replace('^', '**'), locals=SYMPY_NAMES, rational=True)
    d = sympy.diff(expr, SYMPY_NAMES[var])
    subs = {SYMPY_NAMES[k]: sympy.Rational(v) for k, v in point.items()}
    return digits_str(sympy.N(d.subs(subs), 40), 30)


def main():
    out = {'decimal': [], 'float': [], 'diff': []}
    for src in DECIMAL:
        for n in (40, 100):
            out['decimal'].append({'expr': src, 'digits': n, 'value': stable(src, n)})
    for src, tol in FLOAT:
        out['float'].append({'expr': src, 'value': stable(src, 20), 'tol': tol})
    for src, var, point in DIFF:
        out['diff'].append({'expr': src, 'var': var, 'point': point,
                            'value': sympy_derivative(src, var, point)})
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
