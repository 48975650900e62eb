# Two discrete families: the sum of the integrand over the support, its tail
# bounded by a geometric series.
kl(Binomial(10, 0.3), Poisson(3))
	0.02949717558
kl(Bernoulli(0.3), Binomial(1, 0.4))
	0.02160085414
kl(Geometric(0.5), Poisson(2))
	0.2430791235
kl(Categorical([0.2, 0.3, 0.5]), Geometric(0.4))
	0.5507110287
js(Poisson(3), Binomial(10, 0.3))
	0.00816214695
tv(Poisson(3), Binomial(10, 0.3))
	0.0864088822
hellinger(Poisson(3), Binomial(10, 0.3))
	0.09212618954
bhattacharyya(Poisson(3), Binomial(10, 0.3))
	0.008523456469
pearson(Binomial(10, 0.3), Poisson(3))
	0.04945921114
skl(Binomial(40, 0.1), Poisson(4))
	Inf  (support of q not contained in that of p)
tv(Binomial(40, 0.1), Poisson(4))
	0.02645273565
pearson(Poisson(4), Binomial(40, 0.1))
	Inf  (support of p not contained in that of q)
kl(Binomial(1000000, 0.5), Poisson(500000))
	0.09657363195
# +∞ where p has mass that q has not: Poisson is unbounded, Binomial(10, p) stops at 10.
kl(Poisson(3), Binomial(10, 0.3))
	Inf  (support of p not contained in that of q)
kl(Poisson(2), Geometric(0.5))
	Inf  (support of p not contained in that of q)
:steps on
kl(Binomial(10, 0.3), Poisson(3))
	  route = numeric: the sum of the integrand over the support, its tail bounded by a geometric series (no closed form for this pair)
	0.02949717558
