# +∞ is a value: the divergence that is infinite, the end of the real line in
# limit and integrate, and a number in arithmetic wherever real analysis
# gives the result.
d = kl(Uniform(0, 2), Uniform(0, 1))
d
	Inf  (support of p not contained in that of q)
d + 1
	Inf  (support of p not contained in that of q)
2 d
	Inf  (support of p not contained in that of q)
-d
	-Inf  (support of p not contained in that of q)
1/d
	0
exp(-d)
	0
log(d)
	Inf  (support of p not contained in that of q)
check skl(Uniform(0, 2), Uniform(0, 1)) == d
	ok (exact)
check d > 1e300
	ok (exact)
check d == inf
	ok (exact)
check -d < -1e300
	ok (exact)
check kl(Poisson(4), Poisson(0)) == Inf
	ok (exact)
inf - 1
	Inf
(-inf)^3
	-Inf
0.5^inf
	0
2^-inf
	0
limit(1/x^2, x, 0)
	Inf
limit(-x, x, inf)
	-Inf
limit([x, 1/x^2], x, 0)
	[0, inf]
integrate(exp(-x), x, 0, inf)
	1
:format json
d + 1
	{"line": 46, "input": "d + 1", "value": "Inf", "text": "Inf  (support of p not contained in that of q)"}
-inf
	{"line": 48, "input": "-inf", "value": "-Inf", "text": "-Inf"}
:format plain
