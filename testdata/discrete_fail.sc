# Parameters outside the closure of their domain.
Poisson(-1)
	2:1: Poisson: lambda must be non-negative, not -1
		Poisson(-1)
		^
Bernoulli(1.5)
	6:1: Bernoulli: p must be in [0, 1], not 1.5
		Bernoulli(1.5)
		^
Binomial(-1, 0.5)
	10:1: Binomial: n must be a whole number ≥ 0, not -1
		Binomial(-1, 0.5)
		^
Binomial(2.5, 0.5)
	14:1: Binomial: n must be a whole number ≥ 0, not 2.5
		Binomial(2.5, 0.5)
		^
Geometric(0)
	18:1: Geometric: p must be in (0, 1], not 0
		Geometric(0)
		^
Categorical([1.5, -0.5])
	22:1: Categorical: p[1] must be in [0, 1], not 1.5
		Categorical([1.5, -0.5])
		^
# A point mass has no density elsewhere.
logpdf(Bernoulli(0), 1)
	27:22: logpdf: 1 is outside the support of Bernoulli(p = 0), the point mass at 0
		logpdf(Bernoulli(0), 1)
		                     ^
# Rényi needs a numeric order where the closed form does not apply.
renyi(Poisson(4), Poisson(0), a)
	32:1: renyi: give a numeric order alpha: the divergence from a point mass is infinite for alpha > 1 and finite below
		renyi(Poisson(4), Poisson(0), a)
		^
renyi(Binomial(10, 0.3), Binomial(12, 0.3), a)
	36:1: renyi: give a numeric order alpha for binomials with different n
		renyi(Binomial(10, 0.3), Binomial(12, 0.3), a)
		^
# Inf takes part in arithmetic, except in the indeterminate forms.
kl(Poisson(4), Poisson(0)) * 0
	41:28: 0 · ∞ is undefined
		kl(Poisson(4), Poisson(0)) * 0
		                           ^
fisher(Bernoulli(1))
	45:8: fisher: Bernoulli(p = 1) is the point mass at 1: the Fisher information is infinite there
		fisher(Bernoulli(1))
		       ^
