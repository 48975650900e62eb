# Derivations work on the computing form: logarithms of products are
# expanded before an expectation, whatever the printed form merged.
expect(Gamma(a, b), log(b) + log(x))
	digamma(a)
expect(Gamma(a, b), score(Gamma(a, b), x))
	[0, 0]
expect(LogNormal(m, v), logpdf(LogNormal(m, v), x))
	-m - log(2 pi v)/2 - 1/2

# Products of sufficient statistics: E[T Tᵀ] = ∇²A + ∇A ∇Aᵀ.
expect(Gamma(a, b), log(x)^2)
	digamma(a)^2 + log(b)^2 + trigamma(a) - 2 digamma(a) log(b)
expect(Gamma(a, b), x log(x))
	(a digamma(a) - a log(b) + 1)/b
expect(Beta(a, b), log(x)^2)
	digamma(a)^2 + digamma(a + b)^2 + trigamma(a) - trigamma(a + b) - 2 digamma(a) digamma(a + b)
expect(Beta(a, b), log(x) log(1 - x))
	digamma(a + b)^2 - trigamma(a + b) + digamma(a) digamma(b) - digamma(a) digamma(a + b) - digamma(b) digamma(a + b)

# x^c with c > 0 tilts the shape: E[x^c g(x)] under Gamma(a, b) is
# E[x^c] times E[g(x)] under Gamma(a + c, b).
expect(Beta(a, b), x log(x))
	(digamma(a + 1) - digamma(a + b + 1)) a/(a + b)
expect(Gamma(a, b), sqrt(x) log(x))
	(digamma(a + 1/2) - log(b)) exp(lgamma(a + 1/2) - lgamma(a))/sqrt(b)
expect(Beta(a, b), x^2 log(1 - x))
	(a + 1) a digamma(b)/((a + b)^2 + a + b) - (a + 1) a digamma(a + b + 2)/((a + b)^2 + a + b)
expect(LogNormal(m, v), log(x)^4)
	m^4 + 6 m^2 v + 3 v^2
expect(N(m, v), x^2 (x - m)^2)
	(m^2 + 3 v) v

# Exponential(r) is Gamma(1, r); Laplace knows E|x - c|; Categorical sums.
expect(Exponential(r), log(x))
	digamma(1) - log(r)
expect(Laplace(m, b), abs(x - c))
	b exp(-abs(c - m)/b) + abs(c - m)
expect(Laplace(m, b), abs(m - x)^3)
	6 b^3
expect(Categorical([p, q, 1 - p - q]), x^2)
	9 - 8 p - 5 q

# Fisher information is the expected outer product of the score.
sg = score(Gamma(a, b), x)
check fisher(Gamma(a, b)) == expect(Gamma(a, b), sg * transpose(sg))
	ok (symbolic)
sn = score(N(m, v), x)
check fisher(N(m, v)) == expect(N(m, v), sn * transpose(sn))
	ok (symbolic)
sb = score(Beta(a, b), x)
check fisher(Beta(a, b)) == expect(Beta(a, b), sb * transpose(sb))
	ok (symbolic)
sl = score(LogNormal(m, v), x)
check fisher(LogNormal(m, v)) == expect(LogNormal(m, v), sl * transpose(sl))
	ok (symbolic)
# Laplace's score holds sign(x - m): its expectation is taken in x - m.
sa = score(Laplace(m, b), x)
check fisher(Laplace(m, b)) == expect(Laplace(m, b), sa * transpose(sa))
	ok (symbolic)
se = score(Exponential(r), x)
check fisher(Exponential(r)) == expect(Exponential(r), se * transpose(se))
	ok (symbolic)
sq = score(Bernoulli(p), x)
check fisher(Bernoulli(p)) == expect(Bernoulli(p), sq * transpose(sq))
	ok (symbolic)
sk = score(Binomial(n, p), x)
check fisher(Binomial(n, p)) == expect(Binomial(n, p), sk * transpose(sk))
	ok (symbolic)
st = score(Geometric(p), x)
check fisher(Geometric(p)) == expect(Geometric(p), st * transpose(st))
	ok (symbolic)
sp = score(Poisson(l), x)
check fisher(Poisson(l)) == expect(Poisson(l), sp * transpose(sp))
	ok (symbolic)

# Entropy and KL as expectations of log-densities.
check entropy(Gamma(a, b)) == -expect(Gamma(a, b), logpdf(Gamma(a, b), x))
	ok (symbolic)
check entropy(LogNormal(m, v)) == -expect(LogNormal(m, v), logpdf(LogNormal(m, v), x))
	ok (symbolic)
check entropy(Exponential(r)) == -expect(Exponential(r), logpdf(Exponential(r), x))
	ok (symbolic)
check cross_entropy(Laplace(m1, c1), Laplace(m2, c2)) == -expect(Laplace(m1, c1), logpdf(Laplace(m2, c2), x))
	ok (symbolic)
check kl(Gamma(a1, b1), Gamma(a2, b2)) == expect(Gamma(a1, b1), logpdf(Gamma(a1, b1), x) - logpdf(Gamma(a2, b2), x))
	ok (symbolic)

# Taylor expansions about 0: the local KL is half the Fisher information.
series(kl(N(m, v), N(m + h, v)), h, 2)
	h^2/(2 v)
series(kl(N(m, v), N(m, v + h)), h, 2)
	h^2/(4 v^2)
series(kl(Gamma(a, b), Gamma(a, b + h)), h, 2)
	a h^2/(2 b^2)
series(log(1 + h), h, 4)
	h^3/3 - h^4/4 - h^2/2 + h
series(exp(h) sqrt(1 + h), h, 3)
	17 h^3/48 + 7 h^2/8 + 3 h/2 + 1
series(lgamma(1 + h), h, 2)
	pi^2 h^2/12 + h digamma(1)

# Higher derivatives.
diff(x^5, x, 3)
	60 x^2
diff(log(x), x, 4)
	-6/x^4
diff(lgamma(a), a, 3)
	polygamma(2, a)
diff(x exp(-x), x, 2)
	x exp(-x) - 2 exp(-x)
diff(logpdf(N(m, v), x), m, 2)
	-1/v
diff(x^3, x, 0)
	x^3

# User-defined functions substitute their arguments for their parameters.
L(theta) = theta^2 + log(theta)
L(2)
	4.693147181
diff(L(t), t)
	2 t + 1/t
L(a + 1)
	(a + 1)^2 + log(a + 1)
f(x, y) = x y + y^2
f(2, 3)
	15
g(r) = f(r, r) - 1
diff(g(r), r, 2)
	4
c = 3
h(y) = c y
h(2)
	6
c = 4
h(2)
	8
loglik(mu) = logpdf(N(mu, 1), 1) + logpdf(N(mu, 1), 3)
diff(loglik(mu), mu)
	4 - 2 mu
:vars
	L(theta) = theta^2 + log(theta)
	c = 4
	f(x, y) = x y + y^2
	g(r) = f(r, r) - 1
	h(y) = c y
	loglik(mu) = logpdf(N(mu, 1), 1) + logpdf(N(mu, 1), 3)
	sa = [(x - m)/(b abs(x - m)), (abs(x - m) - b)/b^2]
	sb = a 2-vector
	se = [1/r - x]
	sg = [log(b x) - digamma(a), a/b - x]
	sk = [(x - n p)/(p - p^2)]
	sl = [(log(x) - m)/v, (m^2 - v - 2 m log(x) + log(x)^2)/(2 v^2)]
	sn = [(x - m)/v, (m^2 + x^2 - 2 m x - v)/(2 v^2)]
	sp = [x/l - 1]
	sq = [(x - p)/(p - p^2)]
	st = [(1 - p x)/(p - p^2)]

# check draws x inside the support of the distribution it is an
# observation of, and parameters inside their domains.
check logpdf(Gamma(a, b), x) == a log(b) + (a - 1) log(abs(x)) - b x - lgamma(a)
	ok (symbolic)
check logpdf(Beta(a, b), x) == (a - 1) log(x) + (b - 1) log(abs(1 - x)) - lbeta(a, b)
	ok (numeric, 20 random points, 30 digits)
check pdf(Exponential(r), y) == r exp(-r abs(y))
	ok (symbolic)
