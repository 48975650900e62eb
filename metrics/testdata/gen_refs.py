#!/usr/bin/env python3
"""Reference values for the metrics tests, computed with mpmath at 60 digits.

Writes refs.json next to this file (the Go tests read it; they never run Python):

  exact        for every case in reference_mvn.jsonl, the value for the float64
               inputs themselves (the decimal inputs rounded to binary, then
               evaluated exactly), so that the test can compare RelErr with the
               computational error alone;
  near         p and q = p perturbed by eps in d = 1, 2, 5, 10, eps = 1e-2..1e-8,
               with and without a mean shift: KL both ways, Bhattacharyya,
               Hellinger, Rényi (0.3, 2, 0.999), W2;
  integration  d = 1: KL, Bhattacharyya, Rényi and W2 by numerical integration of
               their definitions (not the closed forms);
  psd          W2 with singular (positive semi-definite) covariances;
  x_minus_log1p  x − ln(1+x), the kernel of the cancellation-free forms.

Closed forms here use explicit inverses and determinants at 60 digits, a route
independent of the Go code (Cholesky factors, triangular solves, SVD).

Run: python3 gen_refs.py   (about a minute)
"""
import json
import os
import random

from mpmath import mp, mpf

mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- parsing
class Parser:
    """Parses kl(N([..], [[..]]), N(..)[, alpha]) and N(m, v) into floats."""

    def __init__(self, s):
        self.s = s.replace(" ", "")
        self.i = 0

    def peek(self):
        return self.s[self.i]

    def expect(self, c):
        assert self.s[self.i] == c, (self.s, self.i, c)
        self.i += 1

    def name(self):
        j = self.i
        while self.s[self.i].isalnum() or self.s[self.i] == "_":
            self.i += 1
        return self.s[j:self.i]

    def number(self):
        j = self.i
        while self.i < len(self.s) and self.s[self.i] in "0123456789.eE+-":
            self.i += 1
        return float(self.s[j:self.i])

    def value(self):
        if self.peek() == "[":
            self.expect("[")
            items = [self.value()]
            while self.peek() == ",":
                self.expect(",")
                items.append(self.value())
            self.expect("]")
            return items
        return self.number()

    def arg(self):
        if self.peek() == "N":
            self.expect("N")
            self.expect("(")
            mu = self.value()
            self.expect(",")
            sigma = self.value()
            self.expect(")")
            if not isinstance(mu, list):
                mu, sigma = [mu], [[sigma]]
            return (mu, sigma)
        return self.number()

    def call(self):
        f = self.name()
        self.expect("(")
        args = [self.arg()]
        while self.peek() == ",":
            self.expect(",")
            args.append(self.arg())
        self.expect(")")
        return f, args


# ---------------------------------------------------------------- closed forms
def mpn(p):
    mu, sigma = p
    return mp.matrix([mpf(x) for x in mu]), mp.matrix([[mpf(x) for x in row] for row in sigma])


def trace(a):
    return mp.fsum(a[i, i] for i in range(a.rows))


def quad_form(dm, a_inv):
    return (dm.T * a_inv * dm)[0]


def kl(p, q):
    mp_, sp = mpn(p)
    mq, sq = mpn(q)
    d = sp.rows
    sqi = mp.inverse(sq)
    dm = mp_ - mq
    return (trace(sqi * sp) + quad_form(dm, sqi) - d + mp.log(mp.det(sq)) - mp.log(mp.det(sp))) / 2


def renyi(p, q, a):
    a = mpf(a)
    if a == 1:
        return kl(p, q)
    mp_, sp = mpn(p)
    mq, sq = mpn(q)
    sa = a * sq + (1 - a) * sp
    dm = mp_ - mq
    return a / 2 * quad_form(dm, mp.inverse(sa)) - (
        mp.log(mp.det(sa)) - (1 - a) * mp.log(mp.det(sp)) - a * mp.log(mp.det(sq))) / (2 * (a - 1))


def bhattacharyya(p, q):
    mp_, sp = mpn(p)
    mq, sq = mpn(q)
    s = (sp + sq) / 2
    dm = mp_ - mq
    return quad_form(dm, mp.inverse(s)) / 8 + (
        mp.log(mp.det(s)) - (mp.log(mp.det(sp)) + mp.log(mp.det(sq))) / 2) / 2


def hellinger(p, q):
    return mp.sqrt(-mp.expm1(-bhattacharyya(p, q)))


def psd_sqrt(a):
    e, v = mp.eigsy(a)
    n = a.rows
    r = mp.zeros(n, n)
    for k in range(n):
        s = mp.sqrt(max(e[k], mpf(0)))
        for i in range(n):
            for j in range(n):
                r[i, j] += v[i, k] * s * v[j, k]
    return r


def w2(p, q):
    if p == q:
        return mpf(0)  # the eigenvalue route would leave ~1e-30 of rounding
    mp_, sp = mpn(p)
    mq, sq = mpn(q)
    r = psd_sqrt(sp)
    m = r * sq * r
    m = (m + m.T) / 2
    e, _ = mp.eigsy(m)
    nuc = mp.fsum(mp.sqrt(max(x, mpf(0))) for x in e)
    dm = mp_ - mq
    w2sq = mp.fsum(x * x for x in dm) + trace(sp) + trace(sq) - 2 * nuc
    return mp.sqrt(max(w2sq, mpf(0)))


def entropy(p):
    _, sp = mpn(p)
    d = sp.rows
    return (d * (1 + mp.log(2 * mp.pi)) + mp.log(mp.det(sp))) / 2


def cross_entropy(p, q):
    mp_, sp = mpn(p)
    mq, sq = mpn(q)
    d = sp.rows
    sqi = mp.inverse(sq)
    dm = mp_ - mq
    return (d * mp.log(2 * mp.pi) + mp.log(mp.det(sq)) + trace(sqi * sp) + quad_form(dm, sqi)) / 2


def evaluate(f, args):
    if f == "kl":
        return kl(args[0], args[1])
    if f == "bhattacharyya":
        return bhattacharyya(args[0], args[1])
    if f == "hellinger":
        return hellinger(args[0], args[1])
    if f == "renyi":
        return renyi(args[0], args[1], args[2])
    if f == "w2":
        return w2(args[0], args[1])
    if f == "entropy":
        return entropy(args[0])
    if f == "cross_entropy":
        return cross_entropy(args[0], args[1])
    raise ValueError(f)


def s(x):
    return mp.nstr(x, 40, min_fixed=-5, max_fixed=5) if x != 0 else "0"


# ---------------------------------------------------------------- data sets
def exact_refs():
    out = {}
    with open(os.path.join(HERE, "reference_mvn.jsonl")) as fh:
        for line in fh:
            case = json.loads(line)
            f, args = Parser(case["input"]).call()
            out[case["id"]] = s(evaluate(f, args))
    return out


def random_spd(rng, d):
    a = [[rng.gauss(0, 1) for _ in range(d)] for _ in range(d)]
    sig = [[0.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i + 1):
            v = sum(a[i][k] * a[j][k] for k in range(d)) / d
            if i == j:
                v += 0.5
            sig[i][j] = sig[j][i] = v
    return sig


def near_cases():
    rng = random.Random(20240611)
    cases = []
    for d in (1, 2, 5, 10):
        for k in range(2, 9):
            e = 10.0 ** (-k)
            for shift in (True, False):
                sp = random_spd(rng, d)
                mup = [rng.gauss(0, 1) for _ in range(d)]
                pert = [[0.0] * d for _ in range(d)]
                for i in range(d):
                    for j in range(i + 1):
                        pert[i][j] = pert[j][i] = rng.gauss(0, 1)
                sq = [[sp[i][j] + e * pert[i][j] for j in range(d)] for i in range(d)]
                muq = [m + e * rng.gauss(0, 1) for m in mup] if shift else list(mup)
                p, q = (mup, sp), (muq, sq)
                vals = {
                    "kl": kl(p, q), "kl_qp": kl(q, p),
                    "bhattacharyya": bhattacharyya(p, q), "hellinger": hellinger(p, q),
                    "renyi0.3": renyi(p, q, 0.3), "renyi2": renyi(p, q, 2),
                    "renyi0.999": renyi(p, q, 0.999), "w2": w2(p, q),
                }
                cases.append({
                    "id": "near_d%d_e1e-%d_%s" % (d, k, "shift" if shift else "cov"),
                    "d": d, "eps": e,
                    "p": {"mu": mup, "sigma": sp}, "q": {"mu": muq, "sigma": sq},
                    "values": {k2: s(v) for k2, v in vals.items()},
                })
    return cases


def integration_cases():
    mp.dps = 30
    pairs = [((0.0, 1.0), (1.0, 2.0)), ((-2.74585, 4.94224), (-0.212692, 0.813468)),
             ((0.3, 0.5), (0.1, 0.45)), ((1.0, 3.0), (1.0, 3.3))]
    out = []
    for (m1, v1), (m2, v2) in pairs:
        m1_, v1_, m2_, v2_ = mpf(m1), mpf(v1), mpf(m2), mpf(v2)

        def lp(x):
            return -(x - m1_) ** 2 / (2 * v1_) - mp.log(2 * mp.pi * v1_) / 2

        def lq(x):
            return -(x - m2_) ** 2 / (2 * v2_) - mp.log(2 * mp.pi * v2_) / 2

        pts = [-mp.inf, min(m1_, m2_), max(m1_, m2_), mp.inf]
        klv = mp.quad(lambda x: mp.exp(lp(x)) * (lp(x) - lq(x)), pts)
        bc = mp.quad(lambda x: mp.exp((lp(x) + lq(x)) / 2), pts)

        def ren(a):
            a = mpf(a)
            return mp.log(mp.quad(lambda x: mp.exp(a * lp(x) + (1 - a) * lq(x)), pts)) / (a - 1)

        # W2 in one dimension: ∫₀¹ (F_p⁻¹(u) − F_q⁻¹(u))² du, quantiles of standard normals.
        w2sq = mp.quad(lambda u: ((mp.sqrt(v1_) - mp.sqrt(v2_)) * mp.sqrt(2) * mp.erfinv(2 * u - 1)
                                  + (m1_ - m2_)) ** 2, [0, mpf(1) / 2, 1])
        values = {"kl": s(klv), "bhattacharyya": s(-mp.log(bc)), "renyi0.5": s(ren(0.5)),
                  "renyi0.3": s(ren(0.3)), "w2": s(mp.sqrt(w2sq))}
        if 2 * v2 - v1 > 0:  # otherwise ∫ p² / q diverges
            values["renyi2"] = s(ren(2))
        out.append({"p": [m1, v1], "q": [m2, v2], "values": values})
    mp.dps = 60
    return out


def psd_cases():
    out = []
    specs = [
        ([0, 0], [[1, 1], [1, 1]], [1, 2], [[2, 0], [0, 3]]),
        ([0, 0], [[1, 1], [1, 1]], [1, 2], [[4, 2], [2, 1]]),
        ([1, 2, 3], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, 0, 0], [[2, 1, 0], [1, 2, 1], [0, 1, 2]]),
        ([1, 2, 3], [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, -1, 5], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]),
        ([0, 0, 0], [[1, 2, 3], [2, 4, 6], [3, 6, 9]], [0, 0, 1], [[5, 1, 2], [1, 1, 1], [2, 1, 3]]),
        ([0.5, 0, 0], [[2, 1, 0], [1, 1, 0], [0, 0, 0]], [0, 0, 0], [[1, 0, 0], [0, 0, 0], [0, 0, 4]]),
    ]
    for mup, sp, muq, sq in specs:
        p = ([float(x) for x in mup], [[float(x) for x in r] for r in sp])
        q = ([float(x) for x in muq], [[float(x) for x in r] for r in sq])
        out.append({"p": {"mu": p[0], "sigma": p[1]}, "q": {"mu": q[0], "sigma": q[1]}, "w2": s(w2(p, q))})
    return out


def x_minus_log1p_cases():
    xs = [1e-8, -1e-8, 1e-3, -0.3, 0.49, -0.49, 0.4999999, -0.4999999, 0.5, -0.5, 3.0, -0.9999, 1e-100]
    out = []
    for x in xs:
        with mp.workdps(400):
            out.append({"x": x, "ref": s(mpf(x) - mp.log1p(mpf(x)))})
    return out


def main():
    refs = {"exact": exact_refs(), "near": near_cases(), "integration": integration_cases(),
            "psd": psd_cases(), "x_minus_log1p": x_minus_log1p_cases()}
    with open(os.path.join(HERE, "refs.json"), "w") as fh:
        json.dump(refs, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
