# Likelihood, score, information, and two ways to find the maximum.
# Run it with: go run ./cmd/statcalc examples/likelihood.sc

# Four Poisson counts 2, 3, 1, 6. The log-likelihood is the sum of the
# log-masses; its derivative, the score, vanishes at the mean 3.
ll = logpdf(Poisson(l), 2) + logpdf(Poisson(l), 3) + logpdf(Poisson(l), 1) + logpdf(Poisson(l), 6)
ll
dll = diff(ll, l)
dll
check subs(dll, l=3) == 0

# The score of one observation has mean zero under the model, for every
# parameter value: E[∂/∂l log p(x | l)] = 0.
sc = score(Poisson(l), x)
check expect(Poisson(l), sc) == [0]

# Observed information −ℓ''(l) depends on the data; the expected information
# n F(l) does not. At the maximum they agree for the Poisson (−ℓ'' = Σx/l²,
# n F = n/l, and Σx = n l̂).
observed = -diff(ll, l, 2)
observed
expected = 4 fisher(Poisson(l))
expected
check subs(observed, l=3) == subs(expected, l=3)
crlb(Poisson(l), 4)

# Newton's method uses the observed information, Fisher scoring the
# expected one. From l = 1, scoring lands on the maximum in one step;
# Newton needs several.
newton(t) = t + subs(dll, l=t)/subs(observed, l=t)
scoring(t) = t + subs(dll, l=t)/subs(expected[1, 1], l=t)
scoring(1)
newton(1)
newton(newton(1))
newton(newton(newton(newton(newton(1)))))
check newton(newton(newton(newton(newton(newton(1)))))) == 3 tol=1e-9

# Two parameters: a normal sample 1, 2, 4 in (mean mu, standard deviation s).
lln = logpdf(N(mu, s^2), 1) + logpdf(N(mu, s^2), 2) + logpdf(N(mu, s^2), 4)
g = gradient(lln, [mu, s])
g
# The maximum: mu = 7/3 and s² the mean squared deviation 14/9.
check subs(g, mu=7/3, s=sqrt(14/9)) == [0, 0]
# Expected information of three observations in (mu, s), and the observed one.
F3 = 3 fisher(N(mu, s^2), [mu, s])
F3
H = -hessian(lln, [mu, s])
check subs(H, mu=7/3, s=sqrt(14/9)) == subs(F3, mu=7/3, s=sqrt(14/9))
# One step of Fisher scoring from (2, 1), the same as the natural gradient
# of the log-likelihood, against one Newton step.
at = [2, 1]
step_scoring = subs(natgrad(N(mu, s^2), g/3, [mu, s]), mu=2, s=1)
step_newton = subs(solve(H, g), mu=2, s=1)
at + step_scoring
at + step_newton
