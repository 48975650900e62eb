# Fisher information of standard families, per observation, in the usual
# parameters (Lehmann & Casella, Theory of Point Estimation, table 2.5.1).
check fisher(Poisson(l)) == 1/l
check fisher(Bernoulli(p)) == 1/(p (1 - p))
check fisher(Binomial(n, p)) == n/(p (1 - p))
check fisher(Exponential(l)) == 1/l^2
check fisher(N(m, v)) == [[1/v, 0], [0, 1/(2 v^2)]]
check fisher(Gamma(a, b)) == [[trigamma(a), -1/b], [-1/b, a/b^2]]
# Entropies of the same families (Cover & Thomas, table 17.1).
check entropy(Gamma(a, b)) == a - log(b) + lgamma(a) + (1 - a) digamma(a)
check entropy(Beta(a, b)) == lbeta(a, b) - (a - 1) digamma(a) - (b - 1) digamma(b) + (a + b - 2) digamma(a + b)
check entropy(Exponential(l)) == 1 - log(l)
check entropy(Laplace(m, b)) == 1 + log(2 b)
check entropy(Uniform(a, b)) == log(b - a)
