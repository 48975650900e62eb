#!/usr/bin/env python3
"""Reference log-densities and log-determinants for dist/mvn_test.go.

mpmath at 60 digits, with explicit determinants and inverses (the Go code uses
equilibrated Cholesky factors and triangular solves). Inputs are float64
values written with repr, so the Go test reads exactly the numbers used here.
Writes refs.json next to this file. Run: python3 gen_refs.py
"""
import json
import os

from mpmath import mp, mpf

mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    # (name, mu, sigma, points)
    ("unit1", [0.0], [[1.0]], [[0.0], [1.5], [-40.0]]),
    ("uni_var", [-1.25], [[0.0625]], [[-1.25], [0.5]]),
    ("corr2", [0.5, -1.0], [[2.0, 0.7], [0.7, 0.5]], [[0.0, 0.0], [3.0, -2.0]]),
    ("graded3", [0.0, 0.0, 0.0], [[1.0, 1e-4, 1e-7], [1e-4, 1e-6, 1e-9], [1e-7, 1e-9, 1e-10]],
     [[0.1, 0.001, 1e-5], [0.0, 0.0, 0.0]]),
    ("illcond_rot2", [0.0, 0.0], [[0.5000000000005, 0.4999999999995], [0.4999999999995, 0.5000000000005]],
     [[1e-3, -1e-3], [1.0, 1.0]]),
    ("huge2", [1e30, -2e30], [[4e60, 1e60], [1e60, 9e60]], [[1.5e30, -2.5e30]]),
    ("tiny2", [1e-45, 0.0], [[4e-90, -1e-90], [-1e-90, 1e-90]], [[2e-45, 1e-45]]),
]


def main():
    out = []
    for name, mu, sigma, points in CASES:
        m = mp.matrix([mpf(x) for x in mu])
        s = mp.matrix([[mpf(x) for x in r] for r in sigma])
        d = len(mu)
        inv = mp.inverse(s)
        logdet = mp.log(mp.det(s))
        lps = []
        for x in points:
            z = mp.matrix([mpf(v) for v in x]) - m
            q = (z.T * inv * z)[0]
            lps.append(mp.nstr(-(d * mp.log(2 * mp.pi) + logdet + q) / 2, 40))
        out.append({"name": name, "mu": mu, "sigma": sigma, "points": points,
                    "logdet": mp.nstr(logdet, 40), "logprob": lps})
    with open(os.path.join(HERE, "refs.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
