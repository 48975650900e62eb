# Discrete distributions: entropies for any parameter, members at the
# boundary of their parameters, and +∞ as a value.

# Entropies are summed from accurate log-probabilities, or taken from their
# asymptotic series for large parameters; every printed digit is right.
entropy(Poisson(3))
	1.931470198
entropy(Poisson(80))
	3.608903568
entropy(Poisson(1e4))
	6.024100385
entropy(Poisson(1e6))
	8.326693729
entropy(Poisson(1e10))
	12.931864
entropy(Poisson(1e15))
	18.68832673
cross_entropy(Poisson(1e6), Poisson(1e6))
	8.326693729
cross_entropy(Poisson(3), Poisson(1e6))
	999960.7808
entropy(Binomial(10, 0.3))
	1.779078784
entropy(Binomial(10^9, 0.5))
	11.08742427
entropy(Binomial(2^31, 1/3))
	11.41068113
entropy(Binomial(10^15, 0.3))
	17.90800286
entropy(Binomial(10^15, 1e-12))
	4.872732798
entropy(Binomial(10^15, 1 - 1e-12))
	4.872732798
cross_entropy(Binomial(1000, 0.5), Binomial(1000, 0.4))
	24.59066617
entropy(Geometric(0.25))
	2.249340578
entropy(Geometric(1e-12))
	28.63102112
cross_entropy(Geometric(0.25), Geometric(0.5))
	2.772588722

expect(Poisson(1e4), lgamma(x + 1))
	82109.42782
expect(Poisson(0), lgamma(x + 1))
	0

# Members at the boundary are point masses.
entropy(Bernoulli(0))
	0
entropy(Bernoulli(1))
	0
entropy(Poisson(0))
	0
entropy(Binomial(0, 0.3))
	0
entropy(Binomial(10, 1))
	0
entropy(Geometric(1))
	0
entropy(Categorical([1, 0]))
	0
kl(Poisson(0), Poisson(4))
	4
kl(Poisson(4), Poisson(0))
	Inf  (support of p not contained in that of q)
kl(Bernoulli(1), Bernoulli(0.3))
	1.203972804
kl(Bernoulli(0.3), Bernoulli(1))
	Inf  (support of p not contained in that of q)
kl(Binomial(10, 0), Binomial(10, 0.5))
	6.931471806
kl(Binomial(10, 1), Binomial(10, 0))
	Inf  (support of p not contained in that of q)
cross_entropy(Geometric(1), Geometric(0.5))
	0.6931471806
bhattacharyya(Poisson(0), Poisson(4))
	2
hellinger(Bernoulli(0), Bernoulli(1))
	1
renyi(Poisson(4), Poisson(0), 0.5)
	4
renyi(Poisson(4), Poisson(0), 2)
	Inf  (support of p not contained in that of q)
renyi(Poisson(0), Poisson(4), a)
	4
kl(Categorical([1, 0]), Categorical([0.5, 0.5]))
	0.6931471806
kl(Categorical([0.5, 0.5]), Categorical([1, 0]))
	Inf  (support of p not contained in that of q)
renyi(Categorical([0.5, 0.5, 0]), Categorical([0.25, 0.25, 0.5]), 2)
	0.6931471806
mean(Binomial(0, 0.3))
	0
logpdf(Poisson(0), 0)
	0
pdf(Binomial(10, 1), 10)
	1
expect(Binomial(10, 1), x^2 + lgamma(x + 1))
	115.1044126

# Binomials with different n: finite when the support of p lies inside q's.
kl(Binomial(10, 0.3), Binomial(12, 0.3))
	0.07530931894
kl(Binomial(12, 0.3), Binomial(10, 0.3))
	Inf  (support of p not contained in that of q)
bhattacharyya(Binomial(10, 0.3), Binomial(12, 0.3))
	0.01997173416
hellinger(Binomial(10, 0.3), Binomial(12, 0.3))
	0.1406187049
renyi(Binomial(10, 0.3), Binomial(12, 0.3), 2)
	0.1359634976
kl(Binomial(10^5, 0.3), Binomial(10^5 + 100, 0.3))
	0.02141128624
bhattacharyya(Binomial(10^5, 0.3), Binomial(10^5 + 100, 0.3))
	0.005354477406

# Infinite divergences of continuous families.
kl(Uniform(0, 2), Uniform(0, 1))
	Inf  (support of p not contained in that of q)
cross_entropy(Uniform(0, 2), Uniform(0, 1))
	Inf  (support of p not contained in that of q)
kl(Uniform(0, 1), Uniform(0, 2))
	0.6931471806
renyi(Uniform(0, 2), Uniform(0, 1), 2)
	Inf  (support of p not contained in that of q)
renyi(Uniform(0, 2), Uniform(1, 4), 0.3)
	1.395675366
bhattacharyya(Uniform(0, 2), Uniform(1, 4))
	0.8958797346
hellinger(Uniform(0, 1), Uniform(2, 3))
	1
mc renyi(Uniform(0, 2), Uniform(0, 1), 0.5)
	renyi = 0.6931471806 | MC 0.68206 ± 0.00629 (n = 100000, seed 1) | z = -1.76 | agrees
mc bhattacharyya(Uniform(0, 1), Uniform(2, 3))
	bhattacharyya ≈ Inf: no draw from p falls where q has mass (n = 100000, seed 1); closed form Inf  (p and q have disjoint supports)

# Finite divergences at the edge of the number range.
kl(Laplace(0, 1e-6), Laplace(1, 1))
	13.81551056
hellinger(Poisson(1), Poisson(1e6))
	1
kl(Exponential(1e-300), Exponential(1e300))
	1e+600

# :steps names the route.
:steps on
kl(Poisson(0), Poisson(2))
	  kl = p is the point mass at 0: KL = H(p, q) = D_α = −log q(0), D_B = −½ log q(0)
	2
entropy(Poisson(2e6))
	  T(x) = x
	  A(η) = exp(η1)
	  η_p = 14.50865774
	  ∇A(η) = E[T(x)] = 2000000
	  H(p) = A(η) − η · ∇A(η) − E[log h(x)]
	  E[log h(x)] = −(λ log λ − λ + H(λ)), H(λ) = ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³) − … (asymptotic series)
	8.673267361
:steps off
mc kl(Poisson(4), Poisson(0))
	kl ≈ Inf: draws from p fall where q has no mass (n = 100000, seed 1); closed form Inf  (support of p not contained in that of q)
mc kl(Poisson(0), Poisson(4))
	kl = 4 | MC 4 ± 0 (n = 100000, seed 1) | z = 0.00 | agrees

# At :precision N the series, or an exact sum of the definition when it is
# short, gives N digits; otherwise the result says how many it has.
:precision 30
entropy(Poisson(1e6))
	8.32669372885343479378152621018
entropy(Poisson(1e15))
	18.6883267306600152885819323132
entropy(Binomial(2^31, 1/3))
	11.4106811334762854473845771467
entropy(Poisson(80))
	3.60890356752003958107464040883
kl(Poisson(0), Poisson(4))
	4
kl(Laplace(0, 1e-6), Laplace(1, 1))
	13.8155105579642741041079487281
:precision 40
entropy(Poisson(1e6))
	8.326693728853434793781526210181
	warning: 31 significant digits can be trusted (relative error ≈ 4.113e-32)
entropy(Binomial(40000, 0.25))
	5.880264904952
	warning: computed in float64: 13 significant digits can be trusted (relative error ≈ 1.668e-14)
:precision 0
:format json
kl(Poisson(4), Poisson(0))
	{"line": 189, "input": "kl(Poisson(4), Poisson(0))", "value": "Inf", "text": "Inf  (support of p not contained in that of q)"}
entropy(Poisson(1e6))
	{"line": 191, "input": "entropy(Poisson(1e6))", "value": 8.326693728853435, "text": "8.326693729", "digits": 15, "lo": 8.326693728853432, "hi": 8.326693728853439}
:format latex
kl(Uniform(0, 2), Uniform(0, 1))
	\infty \quad \text{(support of p not contained in that of q)}
:format plain
