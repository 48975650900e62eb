#!/usr/bin/env python3
"""Reference values for package dec.

Arguments are decimal strings, converted to mpmath exactly (as rationals, so
no binary rounding of the input); each value is computed at two working
precisions 60 digits apart and must agree to REF_DIGITS significant digits,
which are written. Rows with "max" 200 are also checked at 200 digits.

Run from sym/special/dec:  python3 testdata/gen_refs.py  (writes testdata/refs.json)
"""
import json
import random
from fractions import Fraction

from mpmath import mp, mpf, sqrt, log, exp, log1p, power, pi, psi, loggamma, re, findroot, nstr, fabs

REF_DIGITS = 230


def exact(s):
    f = Fraction(s)
    return mpf(f.numerator) / f.denominator


def agree(f, dps=300):
    while True:
        mp.dps = dps
        a = f()
        mp.dps = dps + 60
        b = f()
        if a == b or (b != 0 and fabs((a - b) / b) < mpf(10) ** -(REF_DIGITS + 5)):
            return b
        dps *= 2
        if dps > 20000:
            raise RuntimeError("no agreement")


def text(v):
    return nstr(v, REF_DIGITS, min_fixed=1, max_fixed=0) if v != 0 else "0"


rows = []


def add(fn, args, compute, n=None, maxdigits=100):
    v = agree(compute)
    row = {"f": fn, "args": args, "ref": text(v), "max": maxdigits}
    if n is not None:
        row["n"] = n
    rows.append(row)


for x in ["2", "3", "0.5", "10", "1e-60", "1e-61", "1.23456789e100", "0.0001", "99999999999",
          "1.0000000001", "123456789.987654321", "7e99999", "4e-99999"]:
    add("sqrt", [x], lambda x=x: sqrt(exact(x)), maxdigits=200 if x == "2" else 100)

for x in ["2", "10", "0.5", "1.0000000001", "0.9999999999",
          "1.0000000000000000000000000000000000000000000000001", "1e-60", "1e60", "123.456", "3.14",
          "1.2", "0.8", "1.25", "0.75", "1.2499", "0.7501", "1e-99999", "9.99e99999", "0.1"]:
    add("ln", [x], lambda x=x: log(exact(x)), maxdigits=200 if x in ("2", "1.0000000001") else 100)

for x in ["1", "-1", "0.5", "1e-50", "-1e-50", "100", "-100", "1000", "-20.5", "12345.678", "0.693147",
          "-230000", "230000", "1e-5", "2.302585092994045684", "-0.5"]:
    add("exp", [x], lambda x=x: exp(exact(x)), maxdigits=200 if x in ("1", "-20.5") else 100)

for x in ["1e-50", "-1e-50", "0.5", "-0.5", "2", "1e10", "-0.9999", "1e-5", "0.24", "-0.24", "0.25",
          "-0.25", "-0.99999999999999999999", "3e-200"]:
    add("log1p", [x], lambda x=x: log1p(exact(x)), maxdigits=200 if x == "1e-50" else 100)

for x, y in [("2", "0.5"), ("2", "100"), ("1.0001", "10000"), ("10", "-3"), ("0.5", "0.3333"), ("3", "1.5"),
             ("1.0000001", "0.5"), ("2", "-0.5"), ("-2", "3"), ("-1.5", "-3"), ("1.5", "3"), ("7.7", "-12.25"),
             ("1.0000000000000000000001", "1e20"), ("0.9", "1000.5"), ("123.456", "7.89"), ("-3", "-7"),
             ("0.99999999999", "123456789"), ("5", "0")]:
    add("pow", [x, y], lambda x=x, y=y: power(exact(x), exact(y)),
        maxdigits=200 if (x, y) == ("2", "0.5") else 100)

add("pi", [], lambda: +pi, maxdigits=200)

mp.dps = 60
neg_root_lgamma = nstr(findroot(lambda t: re(loggamma(t)), mpf("-2.457")), 30)
mp.dps = 340
x0 = findroot(lambda t: psi(0, t), mpf("1.4616"))
x0_100 = nstr(x0, 100)
x0_300 = nstr(x0, 300)
mp.dps = 60
neg_root_digamma = nstr(findroot(lambda t: psi(0, t), mpf("-0.504")), 30)
neg_root_psi2 = nstr(findroot(lambda t: psi(2, t), mpf("-0.6")), 30)

lgamma_args = ["1e-60", "0.5", "1.0000000001", "0.9999999999", "2.0000000001", "1.9999999999", "1.5", "3",
               "10", "100", "1e6", "1e30", "-0.5", "-2.5", "-50.5", neg_root_lgamma, "1e-5", "7.25",
               "-999999.5", "0.3", "-1.0000000001", "1.00000000000000000000000000000000000000000000000000001",
               "1e99990", "17.3", "1." + "0" * 999 + "1"]
for x in lgamma_args:
    add("lgamma", [x], lambda x=x: re(loggamma(exact(x))), maxdigits=200 if x in ("0.5", "1.0000000001") else 100)

digamma_args = ["1e-60", "0.25", "0.5", "1", "1.4616321449683622", x0_100, "1.5", "2", "3.7", "10", "100", "1e6",
                "1e30", "-0.5", "-2.5", "-50.3", "-1.0000000001", "-0.99999", "-3.6", "-999999.75",
                neg_root_digamma, "1.46", "1e-99990", x0_300]
for x in digamma_args:
    add("digamma", [x], lambda x=x: psi(0, exact(x)), maxdigits=200 if x in ("0.25", "1.4616321449683622") else 100)

trigamma_args = ["1e-60", "0.5", "1", "1.5", "2", "10", "100", "1e6", "1e30", "-0.5", "-2.3", "-50.5",
                 "-999999.75", "1e-5", "-1e-20"]
for x in trigamma_args:
    add("trigamma", [x], lambda x=x: psi(1, exact(x)), maxdigits=200 if x == "0.5" else 100)

for n in (2, 3, 5, 10, 40):
    for x in ["0.5", "1", "3.7", "100", "-0.3", "-2.7", "1e-10", "1e20", neg_root_psi2]:
        add("polygamma", [x], lambda x=x, n=n: psi(n, exact(x)), n=n,
            maxdigits=200 if (n, x) == (3, "3.7") else 100)

# Random points (fixed seed) for ln, ln Γ and ψ: short decimals (whose
# numerator and denominator fit in a machine word) and long ones, spread
# log-uniformly over [1e-3, 1e5], next to ½ and 1 ± 1/16, and negative.
rnd = random.Random(20261130)


def random_decimal(lo, hi, sig):
    v = mpf(10) ** (rnd.uniform(lo, hi))
    return nstr(v, sig, min_fixed=-30, max_fixed=30, strip_zeros=True)


random_args = []
for i in range(40):
    random_args.append(random_decimal(-3, 5, rnd.choice([2, 3, 5, 8, 12, 25])))
for k in (4, 7, 12, 30):
    random_args.append(str(mp.mpf("0.5") + rnd.choice([-1, 1]) * mpf(10) ** -k))
random_args += ["0.9375", "1.0625", "0.93749", "1.06251", "1.999999", "2.5e-7"]
for x in random_args:
    mp.dps = 60
    add("ln", [x], lambda x=x: log(exact(x)))
    add("lgamma", [x], lambda x=x: re(loggamma(exact(x))))
    add("digamma", [x], lambda x=x: psi(0, exact(x)))
# Integers and half-integers, exact products for ln Γ up to 200.
for x in ["2.5", "4", "99.5", "150", "199.5", "200", "200.5", "201", "-199.5", "-0.5e0"]:
    add("lgamma", [x], lambda x=x: re(loggamma(exact(x))))
for i in range(10):
    x = "-" + random_decimal(-1, 3, rnd.choice([3, 7, 15]))
    if exact(x) == int(exact(x)):
        continue
    add("lgamma", [x], lambda x=x: re(loggamma(exact(x))))
    add("digamma", [x], lambda x=x: psi(0, exact(x)))

# Rationals that are not terminating decimals, for LgammaRat and
# PolygammaRat (n = 0 is ψ), taken exactly.
for x in ["1/3", "7/3", "-5/7", "22/7", "1000001/3", "1/1000003", "-2/3"]:
    add("lgammaRat", [x], lambda x=x: re(loggamma(exact(x))))
    add("polygammaRat", [x], lambda x=x: psi(0, exact(x)), n=0)
    add("polygammaRat", [x], lambda x=x: psi(1, exact(x)), n=1)
    add("polygammaRat", [x], lambda x=x: psi(3, exact(x)), n=3)

with open("testdata/refs.json", "w") as f:
    f.write("[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n")
print(len(rows), "rows")
