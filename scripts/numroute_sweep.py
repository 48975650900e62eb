#!/usr/bin/env python3
"""Sweep of the numeric route: every declared divergence between members of
two different continuous families of one variable, over a grid of parameters
that includes extreme ones (poles of a Beta at an end, Student's t with
ν = 0.5, scales of 0.01 and 1e-4). It runs statcalc once on a batch file of
all the statements and prints how many were refused, grouped by divergence
and message, with a few examples of each.

    go build -o /tmp/statcalc ./cmd/statcalc
    python3 scripts/numroute_sweep.py /tmp/statcalc [kl,js,...]

The values themselves are checked elsewhere: a fixed sample of these pairs
is in testdata/anypair.sc with mpmath references (testdata/refs/
anypair_refs.py), and calc's TestNumericRouteSample runs it.
"""

import collections
import re
import subprocess
import sys
import tempfile

FAMILIES = {
    "Beta": ["Beta(2, 3)", "Beta(0.5, 0.5)", "Beta(0.05, 1)", "Beta(0.1, 0.1)", "Beta(0.02, 3)", "Beta(3, 0.02)",
             "Beta(50, 80)"],
    "Cauchy": ["Cauchy(0, 1)", "Cauchy(5, 0.01)"],
    "Chi": ["Chi(3)", "Chi(0.3)"],
    "Chi2": ["Chi2(3)", "Chi2(0.2)", "Chi2(200)"],
    "Exponential": ["Exponential(1)", "Exponential(1e-3)", "Exponential(100)"],
    "Gamma": ["Gamma(2, 3)", "Gamma(0.05, 1)", "Gamma(500, 2)"],
    "Gumbel": ["Gumbel(0, 1)", "Gumbel(3, 0.1)"],
    "HalfNormal": ["HalfNormal(1)", "HalfNormal(0.01)"],
    "InverseGamma": ["InverseGamma(3, 2)", "InverseGamma(0.5, 1)"],
    "Laplace": ["Laplace(0, 1)", "Laplace(2, 0.01)"],
    "Logistic": ["Logistic(0, 1)", "Logistic(-3, 5)"],
    "LogNormal": ["LogNormal(0, 1)", "LogNormal(0, 9)", "LogNormal(2, 0.01)"],
    "N": ["N(0, 1)", "N(-1, 4)", "N(100, 1e-4)"],
    "Pareto": ["Pareto(1, 3)", "Pareto(0.5, 0.5)"],
    "StudentT": ["StudentT(3, 0, 1)", "StudentT(0.5, 0, 1)", "StudentT(30, 1, 2)"],
    "Uniform": ["Uniform(0, 1)", "Uniform(-1, 3)"],
    "Weibull": ["Weibull(2, 1)", "Weibull(0.3, 1)", "Weibull(20, 2)"],
}
DIVERGENCES = ["kl", "cross_entropy", "skl", "js", "tv", "pearson", "w2", "bhattacharyya", "hellinger"]


def main():
    statcalc = sys.argv[1]
    divs = sys.argv[2].split(",") if len(sys.argv) > 2 else DIVERGENCES
    members = [m for ms in FAMILIES.values() for m in ms]
    stmts = [f"{d}({p}, {q})" for d in divs for p in members for q in members
             if p.split("(")[0] != q.split("(")[0]]
    with tempfile.NamedTemporaryFile("w", suffix=".sc") as f:
        f.write("\n".join(stmts) + "\n")
        f.flush()
        r = subprocess.run([statcalc, "--timeout", "20s", f.name], capture_output=True, text=True)
    refused, examples = collections.Counter(), {}
    for line in r.stderr.splitlines():
        m = re.match(r".*\.sc:(\d+):\d+: (\w+): (.*)", line)
        if m:
            key = (m.group(2), m.group(3)[:70])
            refused[key] += 1
            examples.setdefault(key, []).append(stmts[int(m.group(1)) - 1])
    print(f"{len(stmts)} statements, {sum(refused.values())} refused")
    for key, n in refused.most_common():
        print(n, *key, sep="\t")
        print("\t" + "; ".join(examples[key][:4]))


if __name__ == "__main__":
    main()
