#!/usr/bin/env python3
"""Adversarial cases for the error estimates of the multivariate-normal
divergences: nearly singular covariances (κ up to 10¹³), nearly identical
pairs, pairs where one covariance is nearly singular and the other is not,
Rényi orders whose Σ_α = αΣ_q + (1−α)Σ_p cancels, tiny and huge scales.

Writes adversarial.jsonl next to this file: one case a line, with `id`,
`input` (the float64 arguments printed so that they read back exactly) and
`exact`, the value for those float64 inputs by the closed forms of
gen_refs.py (explicit inverses and determinants at 60 digits). The Go test
TestRelErrAdversarial requires each estimate to cover the true error.

Run: python3 gen_adversarial.py   (a few seconds)
"""
import json
import math
import os
import random

from gen_refs import HERE, Parser, evaluate, s


def rotation(rng, d):
    """A random orthogonal matrix (Gram–Schmidt on Gaussian columns)."""
    q = []
    for _ in range(d):
        v = [rng.gauss(0, 1) for _ in range(d)]
        for u in q:
            c = math.fsum(a * b for a, b in zip(u, v))
            v = [a - c * b for a, b in zip(v, u)]
        n = math.sqrt(math.fsum(a * a for a in v))
        q.append([a / n for a in v])
    return q


def cov(q, lam):
    """Q diag(λ) Qᵀ rounded to float64, exactly symmetric."""
    d = len(lam)
    s = [[0.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i, d):
            s[i][j] = s[j][i] = math.fsum(q[k][i] * lam[k] * q[k][j] for k in range(d))
    return s


def spectrum(d, kappa):
    return [kappa ** (-k / (d - 1)) if d > 1 else 1.0 for k in range(d)]


def normal(mu, sig):
    if len(mu) == 1:
        return "N([%r], [[%r]])" % (mu[0], sig[0][0])
    return "N([%s], [%s])" % (", ".join(repr(x) for x in mu),
                              ", ".join("[" + ", ".join(repr(x) for x in r) + "]" for r in sig))


def calls(p, q, one_sided=True):
    out = [("kl", "kl(%s, %s)" % (p, q)), ("kl_rev", "kl(%s, %s)" % (q, p)),
           ("bhattacharyya", "bhattacharyya(%s, %s)" % (p, q)), ("hellinger", "hellinger(%s, %s)" % (p, q)),
           ("renyi03", "renyi(%s, %s, 0.3)" % (p, q)), ("renyi0999", "renyi(%s, %s, 0.999)" % (p, q)),
           ("w2", "w2(%s, %s)" % (p, q)), ("cross_entropy", "cross_entropy(%s, %s)" % (p, q))]
    if one_sided:
        out.append(("entropy", "entropy(%s)" % p))
    return out


def cases():
    rng = random.Random(7340)
    out = []

    def add(name, p, q, extra=()):
        for f, inp in calls(p, q) + list(extra):
            out.append((name + "_" + f, inp))

    for d, kappa in ((2, 1e8), (4, 1e11), (7, 1e13), (12, 1e12)):
        qa, qb = rotation(rng, d), rotation(rng, d)
        sa, sb = cov(qa, spectrum(d, kappa)), cov(qb, spectrum(d, kappa / 10))
        mu = [rng.gauss(0, 1) for _ in range(d)]
        mv = [rng.gauss(0, 1) for _ in range(d)]
        # Both nearly singular, different orientations.
        add("sing_both_d%d" % d, normal(mu, sa), normal(mv, sb))
        # One nearly singular, one well conditioned (W₂ meets √λ).
        sw = cov(qb, [1.0 + 0.5 * rng.random() for _ in range(d)])
        add("sing_one_d%d" % d, normal(mu, sa), normal(mv, sw))
        # Same orientation, spectra within 10⁻⁸: nearly identical.
        lam = spectrum(d, kappa)
        sn = cov(qa, [x * (1 + 1e-8 * rng.gauss(0, 1)) for x in lam])
        add("near_sing_d%d" % d, normal(mu, sa), normal(mu, sn))
        # A mean shift along the smallest eigenvector: the Mahalanobis
        # term dominates.
        shift = [m + 1e-3 * qa[d - 1][i] for i, m in enumerate(mu)]
        add("shift_d%d" % d, normal(mu, sa), normal(shift, sn))
        # Rényi α = 2 with Σ_α = 2Σ_q − Σ_p much smaller than both.
        s2 = cov(qa, [x * (1 + 1e-3 * rng.random()) for x in lam])
        out.append(("cancel_d%d_renyi2" % d, "renyi(%s, %s, 2)" % (normal(mu, s2), normal(mu, sa))))
    for scale in (1e-150, 1e150):
        d = 3
        q = rotation(rng, d)
        sa = cov(q, [scale * x for x in spectrum(d, 1e6)])
        sb = cov(q, [scale * x * (1 + 1e-6 * rng.gauss(0, 1)) for x in spectrum(d, 1e6)])
        mu = [0.0] * d
        mv = [math.sqrt(scale) * rng.gauss(0, 1) for _ in range(d)]
        add("scale%g" % scale, normal(mu, sa), normal(mv, sb))
    return out


def main():
    with open(os.path.join(HERE, "adversarial.jsonl"), "w") as fh:
        for cid, inp in cases():
            f, args = Parser(inp).call()
            fh.write(json.dumps({"id": cid, "input": inp, "exact": s(evaluate(f, args))}) + "\n")


if __name__ == "__main__":
    main()
