# Bayesian Modeling and Computation in Python (Martin, Kumar & Lao), section
# 11.6.1, "Jeffreys' prior for the binomial likelihood in terms of θ": eq.
# 11.58, the derivative of the log-likelihood, had "+" where "−" belongs, and
# the equations after it inherited the sign. Reported (and added to the
# errata) in https://github.com/BayesianModelingandComputationInPython/BookCode_Edition1/issues/195
#
# d/dθ [y log θ + (n − y) log(1 − θ)] as published:
check diff(logpdf(Binomial(n, t), y), t) == y/t + (n - y)/(1 - t)  # as published
# Corrected:
check diff(logpdf(Binomial(n, t), y), t) == y/t - (n - y)/(1 - t)
# With the sign right, the Fisher information is n/(θ(1 − θ)), so Jeffreys'
# prior is ∝ θ^(−1/2) (1 − θ)^(−1/2), a Beta(1/2, 1/2).
check fisher(Binomial(n, t)) == n/(t (1 - t))
check sqrt(fisher(Binomial(n, t))[1, 1]) == sqrt(n) pi exp(logpdf(Beta(1/2, 1/2), t))
