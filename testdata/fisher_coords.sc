# Fisher information in the family's own parameters and in the symbols the
# parameters are written in: F_t = Jᵀ F_θ J with J = ∂θ/∂t. Each matrix is
# checked against sympy's −E[Hessian] (testdata/refs/fisher_refs.py).

# The normal in (mean, variance), in (mean, standard deviation), in (mean,
# precision), and the curved family N(s, s²).
fisher(N(m, v))
	[ 1/v  0         ]
	[ 0    1/(2 v^2) ]
	in (mean, variance)
fisher(N(mu, s^2), [mu, s])
	[ 1/s^2  0     ]
	[ 0      2/s^2 ]
	in (mu, s)
fisher(N(m, 1/l), [m, l])
	[ l  0         ]
	[ 0  1/(2 l^2) ]
	in (m, l)
fisher(N(s, s^2), [s])
	[ 3/s^2 ]
	in (s)

# Discrete families.
fisher(Bernoulli(p))
	[ 1/(p - p^2) ]
	in (p)
fisher(Binomial(10, p))
	[ 10/(p - p^2) ]
	in (p)
fisher(Binomial(n, p))
	[ n/(p - p^2) ]
	in (p)
fisher(Poisson(lam))
	[ 1/lam ]
	in (lambda)
fisher(Poisson(exp(t)), [t])
	[ exp(t) ]
	in (t)
fisher(Geometric(p))
	[ 1/(p^2 - p^3) ]
	in (p)
fisher(Categorical([p1, p2, 1 - p1 - p2]), [p1, p2])
	[  (p2 - 1)/((p1 + p2 - 1) p1)  -1/(p1 + p2 - 1)             ]
	[ -1/(p1 + p2 - 1)               (p1 - 1)/((p1 + p2 - 1) p2) ]
	in (p1, p2)
fisher(Categorical([0.2, 0.3, 0.5]))
	[ 7  2           ]
	[ 2  5.333333333 ]
	in all probabilities but the last (which is one minus their sum)

# Continuous families: Gamma in (shape, rate) and in (shape, scale).
fisher(Exponential(lam))
	[ 1/lam^2 ]
	in (rate)
fisher(Gamma(a, b))
	[  trigamma(a)  -1/b   ]
	[ -1/b           a/b^2 ]
	in (shape, rate)
fisher(Gamma(k, 1/th), [k, th])
	[ trigamma(k)  1/th   ]
	[ 1/th         k/th^2 ]
	in (k, th)
fisher(Beta(a, b))
	[  trigamma(a) - trigamma(a + b)  -trigamma(a + b)               ]
	[ -trigamma(a + b)                 trigamma(b) - trigamma(a + b) ]
	in (a, b)
fisher(Dirichlet([a, b, c]))
	[  trigamma(a) - trigamma(a + b + c)  -trigamma(a + b + c)                -trigamma(a + b + c)               ]
	[ -trigamma(a + b + c)                 trigamma(b) - trigamma(a + b + c)  -trigamma(a + b + c)               ]
	[ -trigamma(a + b + c)                -trigamma(a + b + c)                 trigamma(c) - trigamma(a + b + c) ]
	in (alpha)
fisher(Laplace(m, b))
	[ 1/b^2  0     ]
	[ 0      1/b^2 ]
	in (mu, b)
fisher(LogNormal(mu, v))
	[ 1/v  0         ]
	[ 0    1/(2 v^2) ]
	in (mu, v)
fisher(LogNormal(mu, s^2), [mu, s])
	[ 1/s^2  0     ]
	[ 0      2/s^2 ]
	in (mu, s)

# The multivariate normal: Σ⁻¹ for μ, then ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D for (σ11, σ21, σ22),
# in symbols and in numbers.
fisher(N([m1, m2], [[s11, s21], [s21, s22]]))
	[ -s22/(s21^2 - s11 s22)   s21/(s21^2 - s11 s22)   0                               0                                       0                             ]
	[  s21/(s21^2 - s11 s22)  -s11/(s21^2 - s11 s22)   0                               0                                       0                             ]
	[  0                       0                       s22^2/(2 (s21^2 - s11 s22)^2)  -s21 s22/(s21^2 - s11 s22)^2             s21^2/(2 (s21^2 - s11 s22)^2) ]
	[  0                       0                      -s21 s22/(s21^2 - s11 s22)^2     (s21^2 + s11 s22)/(s21^2 - s11 s22)^2  -s11 s21/(s21^2 - s11 s22)^2   ]
	[  0                       0                       s21^2/(2 (s21^2 - s11 s22)^2)  -s11 s21/(s21^2 - s11 s22)^2             s11^2/(2 (s21^2 - s11 s22)^2) ]
	in (μ, vech Σ): μ, then the lower triangle of Σ column by column
fisher(N([1, 2], [[2, 0.5], [0.5, 1]]))
	[  0.5714285714  -0.2857142857   0               0              0             ]
	[ -0.2857142857   1.142857143    0               0              0             ]
	[  0              0              0.1632653061   -0.1632653061   0.04081632653 ]
	[  0              0             -0.1632653061    0.7346938776  -0.3265306122  ]
	[  0              0              0.04081632653  -0.3265306122   0.6530612245  ]
	in (μ, vech Σ): μ, then the lower triangle of Σ column by column
fisher(N([1, 2], [[2, 0.5], [0.5, 1]]), "mean")
	[  0.5714285714  -0.2857142857 ]
	[ -0.2857142857   1.142857143  ]
	in μ
fisher(N([1, 2], [[2, 0.5], [0.5, 1]]), "cov")
	[  0.1632653061   -0.1632653061   0.04081632653 ]
	[ -0.1632653061    0.7346938776  -0.3265306122  ]
	[  0.04081632653  -0.3265306122   0.6530612245  ]
	in vech Σ: the lower triangle of Σ column by column

# Score and natural gradient in the same coordinates.
score(N(mu, s^2), x, [mu, s])
	[(x - mu)/s^2, (mu^2 - s^2 + x^2 - 2 mu x)/s^3]
	in (mu, s)
score(N(m, 1/l), x, [m, l])
	[(x - m) l, 1/(2 l) - (m - x)^2/2]
	in (m, l)
natgrad(N(m, v), [g1, g2])
	[g1 v, 2 g2 v^2]
	in (mean, variance)
natgrad(N(m, 1/l), [g1, g2], [m, l])
	[g1/l, 2 g2 l^2]
	in (m, l)
natgrad(Gamma(a, b), [g1, g2])
	[(a g1 + b g2)/(a trigamma(a) - 1), (b g2 trigamma(a) + g1) b/(a trigamma(a) - 1)]
	in (shape, rate)
natgrad(Beta(2, 3), [1, 1])
	[16.08054431, 26.25980312]
	in (a, b)
natgrad(N([1, 2], [[2, 0.5], [0.5, 1]]), [1, 0, 1, 1, 1])
	[2, 0.5, 10.5, 5.25, 3.5]
	in (μ, vech Σ): μ, then the lower triangle of Σ column by column

# The same natural-gradient step in variance and in precision coordinates:
# v = 1/l, so dv = −dl/l², and the step in l maps to the step in v.
sv = natgrad(N(m, v), [0, 1])
sl = natgrad(N(m, 1/l), [0, -1/l^2], [m, l])
check subs(sv[2], v = 1/l) == -sl[2]/l^2
	ok (symbolic)

# Cramér–Rao bounds and Jeffreys priors.
crlb(N(m, v), n)
	[ v/n  0       ]
	[ 0    2 v^2/n ]
	in (mean, variance)
crlb(N(mu, s^2), n, [mu, s])
	[ s^2/n  0         ]
	[ 0      s^2/(2 n) ]
	in (mu, s)
crlb(Gamma(a, b), n)
	[ -a/(n - a n trigamma(a))  -b/(n - a n trigamma(a))               ]
	[ -b/(n - a n trigamma(a))  -b^2 trigamma(a)/(n - a n trigamma(a)) ]
	in (shape, rate)
crlb(Poisson(4), 10)
	[ 0.4 ]
	in (lambda)
jeffreys(Bernoulli(p))
	sqrt(1/(p - p^2))
jeffreys(Poisson(lam))
	1/sqrt(lam)
jeffreys(N(mu, s^2), [mu, s])
	sqrt(2)/s^2
jeffreys(Exponential(lam))
	1/lam
