# Understanding Deep Learning (Prince), appendix C.5.4, "Distances between
# normal distributions": the KL divergence between two normals was printed
# with the logarithm over the whole bracket instead of over the ratio of
# determinants alone. Reported and fixed in
# https://github.com/udlbook/udlbook/issues/184
#
# As published, one dimension (D = 1, variances v1, v2):
check kl(N(m1, v1), N(m2, v2)) == log(v2/v1 - 1 + v1/v2 + (m2 - m1)^2/v2)/2  # as published
# Corrected: ½[log(v2/v1) − D + tr(Σ2⁻¹Σ1) + (μ2 − μ1)ᵀ Σ2⁻¹ (μ2 − μ1)].
check kl(N(m1, v1), N(m2, v2)) == (log(v2/v1) - 1 + v1/v2 + (m2 - m1)^2/v2)/2

# The same in two dimensions, at one pair of covariances.
S1 = [[2, 0.5], [0.5, 1]]
S2 = [[1, -0.3], [-0.3, 3]]
mu1 = [0, 1]
mu2 = [1, -1]
d = mu2 - mu1
check kl(N(mu1, S1), N(mu2, S2)) == log(det(S2)/det(S1) - 2 + tr(inv(S2) S1) + dot(d, inv(S2) d))/2 tol=1e-12  # as published
check kl(N(mu1, S1), N(mu2, S2)) == (log(det(S2)/det(S1)) - 2 + tr(inv(S2) S1) + dot(d, inv(S2) d))/2 tol=1e-12
