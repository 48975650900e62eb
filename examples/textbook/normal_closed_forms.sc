# Closed forms for univariate normals N(m, v) (v the variance), as tabulated
# in Pardo, Statistical Inference Based on Divergence Measures (2006), and
# Givens & Shortt (1984) for the Wasserstein distance.

# KL (Kullback 1959), pasted from LaTeX.
assume sigma1 > 0, sigma2 > 0
check kl(N(mu1, sigma1^2), N(mu2, sigma2^2)) == tex("\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac{1}{2}")
# Bhattacharyya distance.
check bhattacharyya(N(m1, v1), N(m2, v2)) == (m1 - m2)^2/(4 (v1 + v2)) + log((v1 + v2)/(2 sqrt(v1 v2)))/2
# Squared Hellinger distance.
check hellinger(N(m1, v1), N(m2, v2))^2 == 1 - sqrt(2 sqrt(v1 v2)/(v1 + v2)) exp(-(m1 - m2)^2/(4 (v1 + v2)))
# Wasserstein-2 distance.
check w2(N(m1, v1), N(m2, v2)) == sqrt((m1 - m2)^2 + (sqrt(v1) - sqrt(v2))^2)
# Entropy and the density integrating to one.
check entropy(N(m, v)) == log(2 pi e v)/2
check integrate(pdf(N(0, 1), x), x, -inf, inf) == 1
