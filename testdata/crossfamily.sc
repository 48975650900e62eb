# Closed forms across families: H(p, q) = −E_p[log q(x)], the expectation of
# log q taken term by term from p's moments, and KL(p‖q) = H(p, q) − H(p).
kl(Exponential(1), Gamma(2, 1))
	0.5772156649
kl(Gamma(2, 1), Exponential(1))
	0.4227843351
skl(Exponential(1), Gamma(2, 1))
	1
cross_entropy(Exponential(2), Gamma(2, 1))
	1.770362845
kl(Chi2(3), Gamma(1.5, 0.5))
	0
kl(Uniform(0, 1), Beta(1, 1))
	0
kl(Beta(2, 3), Uniform(0, 1))
	0.2349066498
kl(Weibull(1, 2), Exponential(0.5))
	0
kl(Weibull(2, 1), Exponential(3))
	0.9646078358
kl(HalfNormal(1), Exponential(1))
	0.07209320816
kl(Gamma(2, 3), LogNormal(0, 1))
	0.3153459482
kl(Gamma(2, 3), Weibull(2, 1))
	0.1707440634
kl(Pareto(1, 3), Exponential(1))
	1.265278955
kl(Gumbel(0, 1), N(0, 1))
	0.3307788636
kl(Logistic(0, 1), N(0, 1))
	0.5638726001
kl(StudentT(5, 0, 1), N(0, 1))
	0.1247691941
kl(Laplace(0, 1), N(0, 1))
	0.2257913526
kl(TruncatedNormal(0, 1, -1, 1), N(0, 1))
	0.3817151463
kl(Uniform(-1, 1), TruncatedNormal(0, 1, -2, 2))
	0.345890107
kl(VonMises(0, 2), Uniform(-pi, pi))
	0.5715557744
# In symbols: the textbook form −1 + log λ − a log b + log Γ(a) + (a − 1)(γ + log λ) + b/λ.
kl(Exponential(l), Gamma(a, b))
	a log(l) - a digamma(1) - a log(b) + digamma(1) + lgamma(a) + b/l - 1
check kl(Exponential(l), Gamma(a, b)) == log(l) - 1 - a log(b) + lgamma(a) + (a - 1) (log(l) - digamma(1)) + b/l
	ok (symbolic)
# +∞ when p's support is not inside q's, or when q's tails are lighter than p's.
kl(N(0, 1), Exponential(1))
	Inf  (support of p not contained in that of q)
kl(Exponential(1), Pareto(1, 2))
	Inf  (support of p not contained in that of q)
kl(Cauchy(0, 1), N(0, 1))
	Inf  (E_p[x^2] is infinite and log q(x) falls like −x^2)
kl(StudentT(2, 0, 1), N(0, 1))
	Inf  (E_p[x^2] is infinite and log q(x) falls like −x^2)
kl(Pareto(2, 1), Chi2(3))
	Inf  (E_p[x] is infinite and log q(x) falls like −x)
kl(Cauchy(0, 1), Laplace(3, 2))
	Inf  (E_p[|x|] is infinite and log q(x) falls like −|x|)
kl(Pareto(1, 2), Pareto(3, 4))
	Inf  (support of p not contained in that of q)
# Two Paretos with different x_m, as two families: finite when p's support is inside q's.
kl(Pareto(3, 4), Pareto(1, 2))
	2.390371758
skl(Uniform(0, 1), Gamma(1, 2))
	Inf  (support of q not contained in that of p)
skl(N(0, 1), Gamma(2, 1))
	Inf  (support of p not contained in that of q)
kl(Gamma(2, 1), Pareto(1, 3))
	Inf  (support of p not contained in that of q)
mc kl(N(0, 1), Exponential(1))
	kl ≈ Inf: draws from p fall where q has no mass (n = 100000, seed 1); closed form Inf  (support of p not contained in that of q)
# Monte Carlo agrees.
mc kl(Gumbel(0, 1), N(0, 1)) n=200000
	kl = 0.3307788636 | MC 0.32892 ± 0.00347 (n = 200000, seed 1) | z = -0.54 | agrees
:steps on
kl(Exponential(1), Gamma(2, 1))
	  route = closed form across families: H(p, q) = −E_p[log q(x)], the expectation taken term by term from p's moments
	  log q(x) = log(x) - x
	  KL(p‖q) = H(p, q) − H(p)
	0.5772156649
:steps off
:precision 30
kl(Exponential(1), Gamma(2, 1))
	0.577215664901532860606512090082
kl(Gumbel(0, 1), N(0, 1))
	0.330778863631112436569213297824
kl(HalfNormal(s), Exponential(l))
	sqrt(2) l s/sqrt(pi) - log(pi l^2 s^2/2)/2 - 1/2
check kl(HalfNormal(s), Exponential(l)) == l s sqrt(2/pi) - log(l s sqrt(pi/2)) - 1/2
	ok (symbolic)
