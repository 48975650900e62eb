# Probabilistic Machine Learning: Advanced Topics (Murphy), eq. 10.50: the KL
# divergence from N(μ, σ²) to N(0, 1), the regulariser of a variational
# autoencoder, lacked its constant term ("it's the +1 term that differs.
# Fixed." in https://github.com/probml/pml2-book/issues/297).
assume sigma > 0
# As quoted in the thread (−log σ + ½σ² + ½μ², the maintainer agreeing that
# only the constant differs), pasted in LaTeX; lhs − rhs shows the missing −½.
check kl(N(mu, sigma^2), N(0, 1)) == tex("\frac{1}{2}\left(-\log\sigma^2 + \sigma^2 + \mu^2\right)")  # as published
# Corrected: ½(σ² + μ² − 1 − log σ²).
check kl(N(mu, sigma^2), N(0, 1)) == tex("\frac{1}{2}\left(\sigma^2 + \mu^2 - 1 - \log\sigma^2\right)")
