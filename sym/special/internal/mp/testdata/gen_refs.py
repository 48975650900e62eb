#!/usr/bin/env python3
"""Reference values for package mp: exact Bernoulli numbers B₂ … B₄₀₀ from
sympy, and π, ln 2 and ½ ln 2π to 1100 digits from mpmath.

Run from sym/special/internal/mp:  python3 testdata/gen_refs.py  (writes testdata/refs.json)
"""
import json

from mpmath import mp, pi, log, nstr
from sympy import bernoulli

mp.dps = 1150
refs = {
    "bernoulli": [str(bernoulli(2 * k)) for k in range(1, 201)],
    "pi": nstr(+pi, 1100),
    "ln2": nstr(log(2), 1100),
    "halfLn2Pi": nstr(log(2 * pi) / 2, 1100),
}
with open("testdata/refs.json", "w") as f:
    json.dump(refs, f, indent=0)
    f.write("\n")
