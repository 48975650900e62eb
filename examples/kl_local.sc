# Locally, KL is a quadratic form in the Fisher information:
#   KL(p_θ ‖ p_{θ + h d}) = ½ h² dᵀ F(θ) d + O(h³)
# checked with series() for each family, in any direction d = (d1, d2).
# Run it with: go run ./cmd/statcalc examples/kl_local.sc

series(kl(N(m, v), N(m + h d1, v + h d2)), h, 2)
check series(kl(N(m, v), N(m + h d1, v + h d2)), h, 2) == h^2/2 * dot([d1, d2], fisher(N(m, v)) * [d1, d2])
check series(kl(N(mu, s^2), N(mu + h d1, (s + h d2)^2)), h, 2) == h^2/2 * dot([d1, d2], fisher(N(mu, s^2), [mu, s]) * [d1, d2])
check series(kl(Exponential(r), Exponential(r + h d1)), h, 2) == h^2/2 * d1^2 * fisher(Exponential(r))[1, 1]
check series(kl(Gamma(a, b), Gamma(a + h d1, b + h d2)), h, 2) == h^2/2 * dot([d1, d2], fisher(Gamma(a, b)) * [d1, d2])
check series(kl(Beta(a, b), Beta(a + h d1, b + h d2)), h, 2) == h^2/2 * dot([d1, d2], fisher(Beta(a, b)) * [d1, d2])
check series(kl(LogNormal(m, v), LogNormal(m + h d1, v + h d2)), h, 2) == h^2/2 * dot([d1, d2], fisher(LogNormal(m, v)) * [d1, d2])
check series(kl(Poisson(l), Poisson(l + h d1)), h, 2) == h^2/2 * d1^2 * fisher(Poisson(l))[1, 1]
check series(kl(Bernoulli(p), Bernoulli(p + h d1)), h, 2) == h^2/2 * d1^2 * fisher(Bernoulli(p))[1, 1]
check series(kl(Binomial(n, p), Binomial(n, p + h d1)), h, 2) == h^2/2 * d1^2 * fisher(Binomial(n, p))[1, 1]
check series(kl(Geometric(p), Geometric(p + h d1)), h, 2) == h^2/2 * d1^2 * fisher(Geometric(p))[1, 1]
# Laplace: KL has a kink in the location (a term |Δμ|), so the series is
# taken in the scale; the location's information 1/b² shows in the exact
# KL, (b e^(−|δ|/b) + |δ|)/b − 1 = δ²/(2 b²) + O(|δ|³).
check series(kl(Laplace(m, b), Laplace(m, b + h d2)), h, 2) == h^2/2 * d2^2 * fisher(Laplace(m, b))[2, 2]
check series(kl(Dirichlet([a, b, c]), Dirichlet([a + h d1, b + h d2, c + h d3])), h, 2) == h^2/2 * dot([d1, d2, d3], fisher(Dirichlet([a, b, c])) * [d1, d2, d3])
check series(kl(Categorical([p1, p2, 1 - p1 - p2]), Categorical([p1 + h d1, p2 + h d2, 1 - p1 - p2 - h d1 - h d2])), h, 2) == h^2/2 * dot([d1, d2], fisher(Categorical([p1, p2, 1 - p1 - p2]), [p1, p2]) * [d1, d2])

# The multivariate normal, from the general formula with a symbolic step h:
#   KL = ½[tr(Σq⁻¹Σp) + Δᵀ Σq⁻¹ Δ − k + log det Σq − log det Σp]
# in the direction d for μ and D for Σ. Its second-order term is
# ½ h² (dᵀ Σ⁻¹ d + ½ tr(Σ⁻¹ D Σ⁻¹ D)), the quadratic form of fisher(N(μ, Σ))
# in (μ, vech Σ).
S = [[2, 1/2], [1/2, 1]]
d = [1, -1]
D = [[1, 1/3], [1/3, -1/2]]
Sq = S + h D
klmvn = (tr(inv(Sq) * S) + dot(h d, inv(Sq) * (h d)) - 2 + logdet(Sq) - logdet(S))/2
F = fisher(N([0, 0], S))
F
g = [1, -1, 1, 1/3, -1/2]
series(klmvn, h, 2)
q2 = subs(series(klmvn, h, 2), h=1)
check q2 == dot(g, F * g)/2 tol=1e-14
check q2 == (dot(d, inv(S) * d) + tr(inv(S) * D * inv(S) * D)/2)/2 tol=1e-14
# and the built-in KL agrees with the formula at a small step.
check kl(N([0, 0], S), N([0.001, -0.001], S + 0.001 D)) == subs(klmvn, h=0.001) tol=1e-15
