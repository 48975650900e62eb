# Divergences between any two distributions of one variable: js, tv and
# pearson declared once each; the numeric route splits at declared kinks
# and follows algebraic tails.

# Jensen–Shannon: ½KL(p‖m) + ½KL(q‖m), m = (p + q)/2, at most log 2.
js(N(0, 3), N(1, 1))
	0.1103258054
js(N(1, 1), N(0, 3))
	0.1103258054
js(Exponential(1), Gamma(2, 1))
	0.1063656669
js(N(0, 1), Laplace(0, 1))
	0.02193039588
js(N(0, 1), N(1e3, 1))
	0.6931471806

# Total variation ½∫|p − q|: the quadrature splits where p = q.
tv(N(0, 1), N(2, 1))
	0.6826894921
tv(Exponential(1), Gamma(2, 1))
	0.3678794412
tv(Beta(2, 3), Beta(3, 2))
	0.375
tv(N(0, 1), Cauchy(0, 1))
	0.2511645543

# Pearson χ² = ∫(p − q)²/q: closed form for normals when 2Σ_q − Σ_p is
# positive definite, else +∞.
pearson(N(0, 1), N(0, 2))
	0.1547005384
pearson(N(1, 1), N(0, 2))
	0.6115144186
pearson(N([0, 0], I(2)), N([1, 0], 2*I(2)))
	0.8608165668
pearson(N(0, 2), N(0, 1))
	Inf  (2Σ_q − Σ_p is not positive definite, so ∫p²/q diverges)
pearson(N(0, 1), Laplace(0, 1))
	0.1015014513
pearson(Gamma(2, 1), Exponential(1))
	1

# The numeric route: Student's t tails, the kink of Laplace at μ, a jump
# at Pareto's x_m.
kl(StudentT(4, 0, 1), N(0, 2))
	0.08375210661
kl(N(0, 1), Laplace(0, 1))
	0.07209320816
kl(Laplace(1, 2), N(0, 3))
	0.5819503164
kl(Pareto(1, 3), Gamma(2, 1))
	0.931945622
kl(Exponential(2), Gamma(3, 1))
	3.427020052
kl(Cauchy(0, 3), Cauchy(1, 1))
	0.3483066943
kl(Chi2(3), InverseGamma(2, 1))
	1.134791508

# Closed forms: Bernoullis and Categoricals for tv and js; χ² = exp(D₂) − 1
# within an exponential family, +∞ when 2η_p − η_q leaves its natural
# parameter space.
tv(Bernoulli(0.2), Bernoulli(0.5))
	0.3
js(Bernoulli(0.2), Bernoulli(0.5))
	0.05067183699
js(Categorical([0.2, 0.8, 0]), Categorical([0.5, 0.25, 0.25]))
	0.1955937727
pearson(Bernoulli(0.2), Bernoulli(0.5))
	0.36
pearson(Poisson(2), Poisson(3))
	0.3956124251
pearson(Exponential(1), Exponential(3))
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 2)
pearson(N(0, 1), Exponential(1))
	Inf  (q has zero density where p has mass)

# W2 in one dimension by the quantile coupling ∫₀¹ (F_p⁻¹ − F_q⁻¹)² du;
# +∞ when a second moment is.
w2(Exponential(1), Exponential(3))
	0.9428090416
w2(Gamma(2, 1), Exponential(1))
	1.092105638
w2(N(0, 1), Laplace(0, 1))
	0.4736452056
w2(Uniform(0, 1), N(0, 1))
	0.8770084092
w2(Uniform(0, 1), Uniform(1, 3))
	1.527525232
w2(Cauchy(0, 1), N(0, 1))
	Inf  (E[x²] is infinite for Cauchy(mu = 0, gamma = 1))

# Uniform's ends are where the quadrature splits.
kl(Uniform(0, 1), Beta(2, 2))
	0.2082405308
kl(Uniform(0, 1), N(0, 1))
	1.0856052
tv(Uniform(0, 1), N(0.5, 1))
	0.6170750775

# Finite mixtures of distributions of one variable: density by
# log-sum-exp, moments by the law of total variance, every divergence by
# the numeric route.
m = Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)])
kl(m, N(0, 4))
	0.263166526
kl(N(0, 4), m)
	0.3816617558
js(m, N(0, 4))
	0.06550629304
tv(m, N(0, 4))
	0.2853289229
pearson(m, N(0, 4))
	0.5933254372
w2(m, N(0, 4))
	0.9662030845
entropy(m)
	1.786419188
logpdf(m, 0.5)
	-2.436275069
pdf(m, 0.5)
	0.08748612503
mean(m)
	0.8
var(m)
	2.86
score(m, 1)
	[0.3694756076, 1.420349595, 0.2955804861, 0.2216853646, -1.704419514, 0.852209757]
	in (w1, w2, N1.m, N1.v, N2.m, N2.v)
kl(Mixture([0.5, 0.5], [Laplace(0, 1), Gamma(2, 1)]), N(0, 2))
	0.3406730786
bhattacharyya(m, N(0, 4))
	0.0724012395
hellinger(m, N(0, 4))
	0.2642771179

# Bhattacharyya and Hellinger across families: ∫√(pq) by the numeric route.
bhattacharyya(Exponential(2), Gamma(3, 1))
	0.8109302162
hellinger(N(0, 1), Laplace(0, 1))
	0.1588031152

# Monte Carlo as a witness of the quadrature: the declared integrands
# averaged over draws.
mc js(N(0, 3), N(1, 1)) seed=1
	js = 0.1103258054 | MC 0.11165 ± 0.00085 (n = 100000, seed 1) | z = 1.56 | agrees
mc tv(N(0, 1), N(2, 1)) seed=1
	tv = 0.6826894921 | MC 0.68362 ± 0.00115 (n = 100000, seed 1) | z = 0.82 | agrees
mc pearson(N(0, 1), N(0, 2)) seed=1
	pearson = 0.1547005384 | MC 0.15539 ± 0.000898 (n = 100000, seed 1) | z = 0.77 | agrees
mc kl(m, N(0, 4)) seed=2
	kl = 0.263166526 | MC 0.25985 ± 0.00213 (n = 100000, seed 2) | z = -1.56 | agrees

# Supports that differ: the quadrature also splits where one density starts.
js(N(0.5, 3.5), Exponential(2))
	0.3145678709
tv(Uniform(0, 0.5), Exponential(3.5))
	0.2825649218

# +∞ is a value: where q has no density but p has mass (or, for skl, the
# other way round), every divergence that integrates log q under p is
# infinite, and says why.
kl(N(-1, 4), Exponential(3))
	Inf  (support of p not contained in that of q)
cross_entropy(N(-1, 4), Exponential(3))
	Inf  (support of p not contained in that of q)
skl(N(-1, 4), Exponential(3))
	Inf  (support of p not contained in that of q)
skl(Exponential(3), N(-1, 4))
	Inf  (support of q not contained in that of p)
pearson(N(-1, 4), Exponential(3))
	Inf  (q has zero density where p has mass)
kl(Gamma(2, 1), Pareto(1, 3))
	Inf  (support of p not contained in that of q)
skl(Uniform(0, 1), Gamma(1, 2))
	Inf  (support of q not contained in that of p)
mc kl(N(0, 1), Exponential(1))
	kl ≈ Inf: draws from p fall where q has no mass (n = 100000, seed 1); closed form Inf  (support of p not contained in that of q)

# Heavy tails and poles: the quantile-space nodes follow algebraic tails
# and poles at a finite end far below u = 1e-16 (tail quantiles by Newton's
# method on log F or log S); w2 of Student's t with ν > 2 is finite.
w2(StudentT(3, 0, 1), N(0, 1))
	0.9210395643
w2(Pareto(1, 3), N(0, 1))
	1.680791035
kl(Beta(0.05, 1), Uniform(0, 1))
	16.00426773
js(Beta(0.02, 3), Beta(3, 0.02))
	0.6895290924
js(Beta(2, 3), Cauchy(5, 0.01))
	0.6924223173
skl(Beta(0.5, 0.5), Exponential(1))
	Inf  (support of q not contained in that of p)

# The quadrature runs in float64: at :precision 40 it says how many digits
# it has.
:precision 40
kl(Gamma(2, 3), LogNormal(0, 1))
	0.3153459482387857033268031648018549754816
