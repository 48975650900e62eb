# Families are declared as exponential families; divergences, entropies and
# Fisher information are derived from η(θ) and A(η). Each derived closed form
# is checked here against the textbook formula.
kl(N(m1, v1), N(m2, v2))
	((m1 - m2)^2 + v1 - v2)/(2 v2) + log(v2/v1)/2
check kl(N(m1, v1), N(m2, v2)) == log(sqrt(v2)/sqrt(v1)) + (v1 + (m1 - m2)^2)/(2 v2) - 1/2
	ok (symbolic)
check kl(Exponential(l1), Exponential(l2)) == log(l1/l2) + l2/l1 - 1
	ok (symbolic)
check kl(Gamma(a1, b1), Gamma(a2, b2)) == (a1 - a2) digamma(a1) - lgamma(a1) + lgamma(a2) + a2 (log(b1) - log(b2)) + a1 (b2 - b1)/b1
	ok (symbolic)
check kl(Beta(a1, b1), Beta(a2, b2)) == lbeta(a2, b2) - lbeta(a1, b1) + (a1 - a2) digamma(a1) + (b1 - b2) digamma(b1) + (a2 - a1 + b2 - b1) digamma(a1 + b1)
	ok (symbolic)
check kl(Poisson(l1), Poisson(l2)) == l1 log(l1/l2) - l1 + l2
	ok (symbolic)
check kl(Bernoulli(p1), Bernoulli(p2)) == p1 log(p1/p2) + (1 - p1) log((1 - p1)/(1 - p2))
	ok (symbolic)
check kl(Binomial(n, p1), Binomial(n, p2)) == n (p1 log(p1/p2) + (1 - p1) log((1 - p1)/(1 - p2)))
	ok (symbolic)
check kl(Geometric(p1), Geometric(p2)) == log(p1/p2) + (1/p1 - 1) (log(1 - p1) - log(1 - p2))
	ok (symbolic)
check kl(LogNormal(u1, v1), LogNormal(u2, v2)) == kl(N(u1, v1), N(u2, v2))
	ok (symbolic)
check kl(Laplace(u1, b1), Laplace(u2, b2)) == log(b2/b1) + abs(u1 - u2)/b2 + b1/b2 exp(-abs(u1 - u2)/b1) - 1
	ok (numeric, 20 random points, 30 digits)
check kl(Dirichlet([a1, a2]), Dirichlet([b1, b2])) == lgamma(a1 + a2) - lgamma(a1) - lgamma(a2) - lgamma(b1 + b2) + lgamma(b1) + lgamma(b2) + (a1 - b1) (digamma(a1) - digamma(a1 + a2)) + (a2 - b2) (digamma(a2) - digamma(a1 + a2))
	ok (symbolic)

# Entropies.
entropy(N(m, v))
	log(2 pi v)/2 + 1/2
check entropy(Exponential(l)) == 1 - log(l)
	ok (symbolic)
check entropy(Gamma(a, b)) == a - log(b) + lgamma(a) + (1 - a) digamma(a)
	ok (symbolic)
check entropy(Beta(a, b)) == lbeta(a, b) - (a - 1) digamma(a) - (b - 1) digamma(b) + (a + b - 2) digamma(a + b)
	ok (symbolic)
check entropy(Bernoulli(p)) == -p log(p) - (1 - p) log(1 - p)
	ok (numeric, 20 random points, 30 digits)
check entropy(Geometric(p)) == (-(1 - p) log(1 - p) - p log(p))/p
	ok (symbolic)
check entropy(LogNormal(u, v)) == u + log(2 pi e v)/2
	ok (symbolic)
check entropy(Laplace(u, b)) == 1 + log(2 b)
	ok (symbolic)
check entropy(Uniform(a, b)) == log(b - a)
	ok (symbolic)
check cross_entropy(Gamma(a1, b1), Gamma(a2, b2)) == kl(Gamma(a1, b1), Gamma(a2, b2)) + entropy(Gamma(a1, b1))
	ok (symbolic)

# Bhattacharyya, Rényi and Hellinger through A(α η_p + (1 − α) η_q).
bhattacharyya(N(m1, v), N(m2, v))
	(m1 - m2)^2/(8 v)
check renyi(Poisson(l1), Poisson(l2), 1/2) == 2 bhattacharyya(Poisson(l1), Poisson(l2))
	ok (symbolic)
check bhattacharyya(Poisson(l1), Poisson(l2)) == (sqrt(l1) - sqrt(l2))^2/2
	ok (numeric, 20 random points, 30 digits)
check hellinger(Bernoulli(p), Bernoulli(q)) == sqrt(1 - sqrt(p q) - sqrt((1 - p) (1 - q)))
	ok (numeric, 20 random points, 30 digits)

# Fisher information: the covariance of the score, Jᵀ ∇²A(η) J.
fisher(N(m, v))
	[ 1/v  0         ]
	[ 0    1/(2 v^2) ]
	in (mean, variance)
fisher(Gamma(a, b))
	[  trigamma(a)  -1/b   ]
	[ -1/b           a/b^2 ]
	in (shape, rate)
fisher(Beta(a, b))
	[  trigamma(a) - trigamma(a + b)  -trigamma(a + b)               ]
	[ -trigamma(a + b)                 trigamma(b) - trigamma(a + b) ]
	in (a, b)
check fisher(Exponential(l)) == [[1/l^2]]
	ok (symbolic)
check fisher(Poisson(l)) == [[1/l]]
	ok (symbolic)
check fisher(Bernoulli(p)) == [[1/(p (1 - p))]]
	ok (symbolic)
check fisher(Binomial(n, p)) == [[n/(p (1 - p))]]
	ok (symbolic)
check fisher(Geometric(p)) == [[1/(p^2 (1 - p))]]
	ok (symbolic)
check fisher(Laplace(u, b)) == [[1/b^2, 0], [0, 1/b^2]]
	ok (symbolic)
check fisher(LogNormal(u, v)) == fisher(N(u, v))
	ok (symbolic)
fisher(Gamma(a, b), "shape")
	[ trigamma(a) ]
	in (shape)
score(N(m, v), x)
	[(x - m)/v, (m^2 + x^2 - 2 m x - v)/(2 v^2)]
	in (mean, variance)
score(Gamma(a, b), x)
	[log(b x) - digamma(a), a/b - x]
	in (shape, rate)
natgrad(N(m, v), [g1, g2])
	[g1 v, 2 g2 v^2]
	in (mean, variance)
natgrad(N(0, 2), [1, 1])
	[2, 8]
	in (mean, variance)

# Numbers flow through the same closed forms.
kl(Gamma(2, 1), Gamma(3, 2))
	0.1909213038
entropy(Poisson(3))
	1.931470198
kl(Categorical([0.2, 0.3, 0.5]), Categorical([0.4, 0.4, 0.2]))
	0.2332113081
Gamma(2, 3)
	Gamma(shape = 2, rate = 3)
Dirichlet([1, 2, 3])
	Dirichlet(alpha = [1, 2, 3])
mean(Gamma(2, 4))
	0.5
var(Beta(2, 3))
	0.04
logpdf(Gamma(2, 1), 1)
	-1
pdf(Poisson(2), 3)
	0.1804470443
:precision 30
kl(Gamma(2, 1), Gamma(3, 2))
	0.190921303781642241772047847166
:precision 0

# Every closed form agrees with an independent Monte-Carlo estimate (gonum's samplers and densities).
mc kl(Gamma(2, 1), Gamma(3, 2)) n=200000 seed=1
	kl = 0.1909213038 | MC 0.18948 ± 0.00179 (n = 200000, seed 1) | z = -0.80 | agrees
mc kl(Beta(2, 3), Beta(3, 2)) n=200000 seed=1
	kl = 0.5 | MC 0.50122 ± 0.00228 (n = 200000, seed 1) | z = 0.54 | agrees
mc kl(Poisson(3), Poisson(4)) n=200000 seed=1
	kl = 0.1369537826 | MC 0.13639 ± 0.00111 (n = 200000, seed 1) | z = -0.50 | agrees
mc kl(Binomial(10, 0.3), Binomial(10, 0.5)) n=200000 seed=1
	kl = 0.8228287851 | MC 0.81597 ± 0.00275 (n = 200000, seed 1) | z = -2.49 | agrees
mc kl(Geometric(0.3), Geometric(0.5)) n=200000 seed=1
	kl = 0.2742762617 | MC 0.27176 ± 0.0021 (n = 200000, seed 1) | z = -1.20 | agrees
mc kl(LogNormal(0, 1), LogNormal(1, 2)) n=200000 seed=1
	kl = 0.3465735903 | MC 0.3462 ± 0.00137 (n = 200000, seed 1) | z = -0.27 | agrees
mc kl(Laplace(0, 1), Laplace(1, 2)) n=200000 seed=1
	kl = 0.3770869011 | MC 0.37875 ± 0.00165 (n = 200000, seed 1) | z = 1.01 | agrees
mc kl(Categorical([0.2, 0.3, 0.5]), Categorical([0.4, 0.4, 0.2])) n=200000 seed=1
	kl = 0.2332113081 | MC 0.22966 ± 0.00156 (n = 200000, seed 1) | z = -2.28 | agrees
mc kl(Dirichlet([1, 2, 3]), Dirichlet([2, 2, 2])) n=200000 seed=1
	kl = 0.8068528194 | MC 0.80122 ± 0.00319 (n = 200000, seed 1) | z = -1.77 | agrees
mc entropy(Exponential(2)) n=200000 seed=1
	entropy = 0.3068528194 | MC 0.30749 ± 0.00224 (n = 200000, seed 1) | z = 0.28 | agrees
mc entropy(Bernoulli(0.3)) n=200000 seed=1
	entropy = 0.6108643021 | MC 0.61241 ± 0.00087 (n = 200000, seed 1) | z = 1.77 | agrees
mc renyi(Gamma(2, 1), Gamma(3, 2), 0.5) n=200000 seed=1
	renyi = 0.07166543848 | MC 0.070694 ± 0.00122 (n = 200000, seed 1) | z = -0.80 | agrees
mc hellinger(N(0, 1), N(1, 2)) n=200000 seed=1
	hellinger = 0.3265761997 | MC 0.32575 ± 0.00155 (n = 200000, seed 1) | z = -0.53 | agrees

# The themes, checked in symbols: Fisher information is the covariance of the
# score and the negative expected Hessian of the log-likelihood; KL is an
# expectation of the log-ratio. expect(p, f) knows E[T(x)] = ∇A(η) and E[x^k].
expect(N(m, v), (x - m)^2)
	v
expect(Gamma(a, b), log(x))
	digamma(a) - log(b)
expect(Poisson(l), x^3)
	l^3 + 3 l^2 + l
s = score(N(m, v), x)
check fisher(N(m, v)) == expect(N(m, v), s * transpose(s))
	ok (symbolic)
check fisher(N(m, v)) == -expect(N(m, v), hessian(logpdf(N(m, v), x), [m, v]))
	ok (symbolic)
check fisher(Gamma(a, b)) == -expect(Gamma(a, b), hessian(logpdf(Gamma(a, b), x), [a, b]))
	ok (symbolic)
check fisher(Beta(a, b)) == -expect(Beta(a, b), hessian(logpdf(Beta(a, b), x), [a, b]))
	ok (symbolic)
check fisher(Binomial(n, p)) == -expect(Binomial(n, p), hessian(logpdf(Binomial(n, p), x), [p]))
	ok (symbolic)
check kl(Gamma(a1, b1), Gamma(a2, b2)) == expect(Gamma(a1, b1), logpdf(Gamma(a1, b1), x) - logpdf(Gamma(a2, b2), x))
	ok (symbolic)

# Derivations can be shown.
:steps on
kl(N(m1, v1), N(m2, v2))
	  T(x) = [x, x^2]
	  A(η) = log(-pi/η2)/2 - η1^2/(4 η2)
	  η_p = [m1/v1, -1/(2 v1)]
	  η_q = [m2/v2, -1/(2 v2)]
	  ∇A(η_p) = E_p[T(x)] = [m1, m1^2 + v1]
	  KL(p‖q) = A(η_q) − A(η_p) − (η_q − η_p) · ∇A(η_p)
	((m1 - m2)^2 + v1 - v2)/(2 v2) + log(v2/v1)/2
fisher(Gamma(a, b))
	  T(x) = [log(x), x]
	  A(η) = lgamma(η1 + 1) - (η1 + 1) log(-η2)
	  η_p = [a - 1, -b]
	  ∇²A(η) = Cov[T(x)] = [trigamma(a), 1/b, 1/b, a/b^2]
	  F(θ) = Jᵀ ∇²A(η) J, J = ∂η/∂θ
	[  trigamma(a)  -1/b   ]
	[ -1/b           a/b^2 ]
	in (shape, rate)
:format latex
kl(Poisson(a), Poisson(b))
	T(x) = x \\
	A(\eta ) = e^{\eta_1} \\
	\eta _p = \log(a) \\
	\eta _q = \log(b) \\
	\nabla A(\eta _p) = \mathrm{E}_p[T(x)] = a \\
	\mathrm{KL}(p\|q) = A(\eta _q) - A(\eta _p) - (\eta _q - \eta _p) \cdot  \nabla A(\eta _p) \\
	b - a + a \log\left(\frac{a}{b}\right)
:format plain
:steps off
sample(N(0, 1), 3)
	[-0.8024826241, 0.4247070529, -0.4985070979]
sample(Poisson(3), 5)
	[3, 5, 4, 5, 3]
sample(N([0, 0], I(2)), 2)
	[ -0.8024826241   0.4247070529 ]
	[ -0.4985070979  -0.9872764578 ]

# Substituting into parameters gives a member of the same family.
p = Gamma(a, b)
subs(p, a=2, b=3)
	Gamma(shape = 2, rate = 3)
kl(subs(p, a=2, b=1), subs(p, a=3, b=2))
	0.1909213038
subs(N(m, v), m=1, v=4)
	N(μ = 1, σ² = 4)
