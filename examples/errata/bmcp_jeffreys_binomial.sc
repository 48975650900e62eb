# Bayesian Modeling and Computation in Python (Martin, Kumar & Lao), section
# 11.6.1, "Jeffreys' Prior for the Binomial Likelihood in Terms of θ": the
# expectation giving the Fisher information (eq. 11.58) has "+" where "−"
# belongs, and the equations after it carry the sign on. Reported (and added
# to the errata) in
# https://github.com/BayesianModelingandComputationInPython/BookCode_Edition1/issues/195
#
# The log-likelihood y log θ + (n − y) log(1 − θ) and its second derivative,
# as the book has them (both right):
check diff(logpdf(Binomial(n, t), y), t) == y/t - (n - y)/(1 - t)
check diff(logpdf(Binomial(n, t), y), t, 2) == -y/t^2 - (n - y)/(1 - t)^2
# Eq. 11.58 as published, I(θ) = −E[−y/θ² + (n − y)/(1 − θ)²]:
check fisher(Binomial(n, t)) == -expect(Binomial(n, t), -y/t^2 + (n - y)/(1 - t)^2, y)  # as published
# and the step after it, I(θ) = n/θ − n/(1 − θ):
check fisher(Binomial(n, t)) == n/t - n/(1 - t)  # as published
# Corrected: I(θ) = −E[−y/θ² − (n − y)/(1 − θ)²] = n/(θ(1 − θ)), the value the
# section ends with; Jeffreys' prior √I(θ) ∝ θ^(−1/2) (1 − θ)^(−1/2) is Beta(1/2, 1/2).
check fisher(Binomial(n, t)) == -expect(Binomial(n, t), -y/t^2 - (n - y)/(1 - t)^2, y)
check fisher(Binomial(n, t)) == n/(t (1 - t))
check sqrt(fisher(Binomial(n, t))[1, 1]) == sqrt(n) pi exp(logpdf(Beta(1/2, 1/2), t))
