#!/usr/bin/env python3
"""References for sym/special/bessel_test.go and sym/special/dec: log I0(x)
and I1(x)/I0(x) from mpmath's besseli at 80 digits, on a grid that crosses
the switch from power series to asymptotic expansion (x about 30 in float64,
larger at more digits). Writes bessel_refs.json. Run: python3 bessel_refs.py
"""
import json
import os

from mpmath import mp, mpf, besseli, log

mp.dps = 80
HERE = os.path.dirname(os.path.abspath(__file__))
XS = ["1e-300", "1e-10", "0.001", "0.25", "0.5", "1", "2", "3.75", "10", "29", "29.9", "30.1", "31",
      "40", "57.5", "60", "75", "100", "300", "700", "713", "800", "1e4", "1e8", "1e15"]


def main():
    out = []
    for s in XS:
        x = mpf(s)
        li0 = log(besseli(0, x))
        if x < 1:  # log1p of the series of I0 - 1: log I0 rounds to 0 for tiny x
            li0 = mp.log1p(mp.nsum(lambda k: (x * x / 4) ** k / mp.factorial(k) ** 2, [1, mp.inf]))
            assert x < 1e-30 or abs(li0 - log(besseli(0, x))) < mpf(10) ** -50 * li0
        out.append({"x": s, "logi0": mp.nstr(li0, 60),
                    "ratio": mp.nstr(besseli(1, x) / besseli(0, x), 60)})
    with open(os.path.join(HERE, "bessel_refs.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
