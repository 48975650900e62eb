# The verifier's verbs: inequalities, limits, integrals and LaTeX input.

# Inequalities are proved where the difference has a sign the assumptions
# fix, and otherwise tested at 200 random points of the parameters' domains.
check x^2 + 1 > 0
	ok (symbolic)
assume v > 0
check v/(1 + v) < 1
	ok (symbolic)
check kl(N(m1, s1), N(m2, s2)) >= 0
	ok (symbolic)
check kl(Gamma(a1, b1), Gamma(a2, b2)) >= 0
	ok (numeric, 200 points)
check kl(Poisson(l1), Poisson(l2)) >= 0
	ok (symbolic)
check hellinger(N(m1, s1), N(m2, s2))^2 <= bhattacharyya(N(m1, s1), N(m2, s2))
	ok (numeric, 200 points)
check exp(t) >= 1 + t
	ok (numeric, 200 points)
check kl(N(0, 1), N(1, 2)) < 0.35
	ok (numeric: the sides differ by 0.003426, beyond the error estimate 7.345e-16)
check pi > 3.14159
	ok (symbolic)

# Limits: by structure, with L'Hôpital's rule for 0/0 and ∞/∞.
limit(sin(x)/x, x, 0)
	1
limit((1 - cos(x))/x^2, x, 0)
	0.5
limit(x log(x), x, 0, dir="+")
	0
limit(1/x, x, 0, dir="-")
	-Inf
limit((1 + 1/n)^n, n, inf)
	2.718281828
limit(x^3 exp(-x), x, inf)
	0
limit((2 x^2 + 1)/(3 x^2 - x), x, -inf)
	0.6666666667
# The Rényi divergence tends to KL as its order tends to 1, for every family.
limit(renyi(Exponential(l1), Exponential(l2), a), a, 1)
	log(l1/l2) + l2/l1 - 1
check limit(renyi(N(m1, s1), N(m2, s2), a), a, 1) == kl(N(m1, s1), N(m2, s2))
	ok (symbolic)
check limit(renyi(Gamma(a1, b1), Gamma(a2, b2), a), a, 1) == kl(Gamma(a1, b1), Gamma(a2, b2))
	ok (symbolic)
check limit(renyi(Beta(a1, b1), Beta(a2, b2), a), a, 1) == kl(Beta(a1, b1), Beta(a2, b2))
	ok (symbolic)
check limit(renyi(Poisson(l1), Poisson(l2), a), a, 1) == kl(Poisson(l1), Poisson(l2))
	ok (symbolic)
check limit(renyi(Bernoulli(p1), Bernoulli(p2), a), a, 1) == kl(Bernoulli(p1), Bernoulli(p2))
	ok (numeric, 20 random points, 30 digits)
check limit(renyi(Geometric(p1), Geometric(p2), a), a, 1) == kl(Geometric(p1), Geometric(p2))
	ok (symbolic)
check limit(renyi(LogNormal(m1, v1), LogNormal(m2, v2), a), a, 1) == kl(LogNormal(m1, v1), LogNormal(m2, v2))
	ok (symbolic)
check limit(renyi(Categorical([p1, 1 - p1]), Categorical([p2, 1 - p2]), a), a, 1) == kl(Categorical([p1, 1 - p1]), Categorical([p2, 1 - p2]))
	ok (symbolic)
check limit(renyi(Dirichlet([a1, b1]), Dirichlet([a2, b2]), a), a, 1) == kl(Dirichlet([a1, b1]), Dirichlet([a2, b2]))
	ok (symbolic)

# Integrals: closed forms for polynomials and exponentials, otherwise
# Gauss–Kronrod quadrature printed to the digits its error estimate vouches for.
integrate(x^2, x, 0, 1)
	0.3333333333
integrate(a x + b, x, 0, c)
	a c^2/2 + b c
assume r > 0
integrate(x exp(-r x), x, 0, inf)
	1/r^2
integrate(x^2 exp(-(x - m)), x, m, inf)
	m^2 + 2 m + 2
integrate(x^2 exp(-x), x, 0, inf)
	2
integrate(exp(-x^2/2), x, -inf, inf)
	2.506628275
integrate(1/sqrt(x), x, 0, 1)
	2
integrate(log(x), x, 0, 1)
	-1
integrate(1/(1 + x^2), x, -inf, inf)
	3.141592654
p = N(0, 1)
q = N(1, 2)
integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)
	0.3465735903
check kl(p, q) == integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)
	ok (|a − b| = 5.551e-17, within the error estimate 2.966e-14)
g = Gamma(2, 3)
h = Gamma(3, 1)
check kl(g, h) == integrate(pdf(g, x) log(pdf(g, x)/pdf(h, x)), x, 0, inf)
	ok (|a − b| = 2.665e-15, within the error estimate 2.248e-13)
check entropy(g) == integrate(-pdf(g, x) logpdf(g, x), x, 0, inf)
	ok (|a − b| = 3.886e-16, within the error estimate 3.926e-14)
check integrate(exp(-x^2), x, 0, 1) < 1
	ok (numeric: the sides differ by 0.2532, beyond the error estimate 1.22e-15)

# LaTeX input: a formula pastes unchanged.
tex("\frac{1}{2}")
	0.5
tex("\frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2}")
	(sigma1^2 + (mu1 - mu2)^2)/(2 sigma2^2)
tex("\sqrt{x} + \left( a + b \right)^2 + \psi(a) + \psi_1(a) + \log\Gamma(a)")
	(a + b)^2 + sqrt(x) + digamma(a) + lgamma(a) + trigamma(a)
tex("\operatorname{tr}([[1, 2], [3, 4]]) + \det [[1, 2], [3, 4]]")
	3
assume sigma1 > 0, sigma2 > 0
check kl(N(mu1, sigma1^2), N(mu2, sigma2^2)) == tex("\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac{1}{2}")
	ok (symbolic)

# At :precision N a numeric integral is computed in decimal arithmetic
# (double-exponential quadrature) to N digits.
:precision 30
integrate(exp(-x^2/2), x, -inf, inf)
	2.50662827463100050241576528481
integrate(exp(-x) log(x), x, 0, inf)
	-0.577215664901532860606512090082
integrate(1/sqrt(x), x, 0, 1)
	2
integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)
	0.346573590279972654708616060729
check kl(p, q) == integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)
	ok (|a − b| = 0, within the error estimate 3.078e-16)
:precision 0
