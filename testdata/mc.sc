# mc: Monte Carlo as an independent witness. Each line prints the closed
# form, the estimate ± its standard error, n, the seed, z = (estimate −
# closed)/se and the verdict of a two-sided test at level= standard errors
# (5 by default). The seed fixes every digit, whatever the number of cores.
# Closed forms are checked against mpmath in testdata/refs/mc_refs.py.
mc kl(N(0, 1), N(1, 2)) n=200000 seed=3
	kl = 0.3465735903 | MC 0.34625 ± 0.00137 (n = 200000, seed 3) | z = -0.24 | agrees
mc kl(N([0, 0], [[1, 0.5], [0.5, 2]]), N([1, -1], I(2))) n=200000 seed=3
	kl = 1.220192106 | MC 1.2172 ± 0.00371 (n = 200000, seed 3) | z = -0.80 | agrees
mc cross_entropy(N(0, 1), N(1, 2)) seed=4
	cross_entropy = 1.765512123 | MC 1.7674 ± 0.00194 (n = 100000, seed 4) | z = 0.98 | agrees
mc entropy(Beta(2, 3)) seed=2
	entropy = -0.2349066498 | MC -0.23376 ± 0.00153 (n = 100000, seed 2) | z = 0.75 | agrees
mc kl(Gamma(2, 1), Gamma(3, 2)) n=200000 seed=1
	kl = 0.1909213038 | MC 0.18948 ± 0.00179 (n = 200000, seed 1) | z = -0.80 | agrees
mc bhattacharyya(N(0, 1), N(1, 2)) seed=5
	bhattacharyya = 0.1127790922 | MC 0.11205 ± 0.00157 (n = 100000, seed 5) | z = -0.47 | agrees
mc hellinger(N(0, 1), N(1, 2)) seed=5
	hellinger = 0.3265761997 | MC 0.32557 ± 0.00215 (n = 100000, seed 5) | z = -0.47 | agrees
mc renyi(N(0, 1), N(0, 2), 0.5) n=200000 seed=1
	renyi = 0.05889151783 | MC 0.059057 ± 0.00111 (n = 200000, seed 1) | z = 0.15 | agrees
mc renyi(Gamma(2, 1), Gamma(3, 2), 0.5) seed=1
	renyi = 0.07166543848 | MC 0.071592 ± 0.00173 (n = 100000, seed 1) | z = -0.04 | agrees

# Moments and expectations of any expression in x.
mc mean(Gamma(2, 3)) seed=2
	mean = 0.6666666667 | MC 0.66494 ± 0.00149 (n = 100000, seed 2) | z = -1.16 | agrees
mc var(Gamma(2, 3)) seed=2
	var = 0.2222222222 | MC 0.22235 ± 0.00163 (n = 100000, seed 2) | z = 0.08 | agrees
mc expect(N(1, 2), x^2) seed=2
	expect = 3 | MC 2.9897 ± 0.0126 (n = 100000, seed 2) | z = -0.82 | agrees
mc expect(Exponential(2), log(1 + t), t) seed=2
	expect: MC 0.36178 ± 0.000894 (n = 100000, seed 2) | no closed form (no closed form for the expectation of log(t + 1))

# w2: for normals the cost of the optimal map, estimated by sampling; in
# one dimension otherwise the quantile coupling.
mc w2(N(0, 1), N(1, 2)) seed=2
	w2 = 1.0823922 | MC 1.0806 ± 0.00126 (n = 100000, seed 2) | z = -1.42 | agrees
mc w2(N([0, 0], [[1, 0.5], [0.5, 2]]), N([1, -1], I(2))) seed=2
	w2 = 1.499280509 | MC 1.4989 ± 0.00072 (n = 100000, seed 2) | z = -0.56 | agrees

# Across families: KL(Exponential(1)‖Gamma(2, 1)) = −E[log x] = γ = 0.5772…
# (Euler's constant) comes from the numeric route; pairs it cannot reach get
# the estimate alone.
mc kl(Exponential(1), Gamma(2, 1)) n=200000 seed=3
	kl = 0.5772156649 | MC 0.57772 ± 0.00287 (n = 200000, seed 3) | z = 0.17 | agrees
mc w2(Gamma(2, 1), Exponential(1)) seed=2
	w2 = 1.092105638 | MC 1.0908 ± 0.00137 (n = 100000, seed 2) | z = -0.96 | agrees
mc kl(N(0, 1), Laplace(0, 1)) seed=2
	kl = 0.07209320816 | MC 0.072629 ± 0.000804 (n = 100000, seed 2) | z = 0.67 | agrees

# An estimator whose variance is infinite gets no verdict: Rényi of order 2
# between N(0, 1) and N(0, 0.6) has weights of infinite variance.
mc renyi(N(0, 1), N(0, 0.6), 2) n=200000 seed=1
	renyi = 0.2938933325 | MC 0.29878 ± 0.00993 (n = 200000, seed 1) | z = 0.49 | unreliable: one draw carries 48% of the variance: the tail of the integrand is too heavy for a trustworthy standard error

# A stricter level.
mc kl(Poisson(3), Poisson(4)) n=200000 seed=1 level=3
	kl = 0.1369537826 | MC 0.13639 ± 0.00111 (n = 200000, seed 1) | z = -0.50 | agrees

# fisher: each entry of the information estimated twice, as the covariance
# of the score and as the mean negative Hessian (log-densities
# differentiated numerically in the parameters), beside the closed form.
mc fisher(Gamma(2, 3)) seed=2
	fisher by the score's covariance and the mean −Hessian (n = 100000, seed 2)
	  [1, 1] = 0.6449340668 | score 0.64461 ± 0.00358, z = -0.09 | −Hessian 0.64493 ± 1.29e-06, z = 0.00 | agrees
	  [1, 2] = -0.3333333333 | score -0.33353 ± 0.0016, z = -0.12 | −Hessian -0.33333 ± 6.67e-07, z = 0.00 | agrees
	  [2, 2] = 0.2222222222 | score 0.22235 ± 0.00159, z = 0.08 | −Hessian 0.22222 ± 4.45e-07, z = -0.01 | agrees
mc fisher(N(1, 2)) seed=2
	fisher by the score's covariance and the mean −Hessian (n = 100000, seed 2)
	  [1, 1] = 0.5 | score 0.50101 ± 0.00223, z = 0.45 | −Hessian 0.5 ± 1e-06, z = 0.00 | agrees
	  [1, 2] = 0 | score -0.0016625 ± 0.00175, z = -0.95 | −Hessian -0.0018028 ± 0.00112, z = -1.61 | agrees
	  [2, 2] = 0.125 | score 0.12459 ± 0.00143, z = -0.29 | −Hessian 0.12551 ± 0.00112, z = 0.46 | agrees
mc fisher(Binomial(10, 0.3)) seed=2
	fisher by the score's covariance and the mean −Hessian (n = 100000, seed 2)
	  [1] = 47.61904762 | score 47.577 ± 0.205, z = -0.20 | −Hessian 47.636 ± 0.0415, z = 0.41 | agrees
mc fisher(N([0, 0], [[1, 0.5], [0.5, 2]]), "mean") seed=2
	fisher by the score's covariance and the mean −Hessian (n = 100000, seed 2)
	  [1, 1] = 1.142857143 | score 1.1414 ± 0.00511, z = -0.29 | −Hessian 1.1429 ± 2.28e-06, z = 0.00 | agrees
	  [1, 2] = -0.2857142857 | score -0.286 ± 0.00271, z = -0.11 | −Hessian -0.28571 ± 5.72e-07, z = 0.00 | agrees
	  [2, 2] = 0.5714285714 | score 0.57266 ± 0.00254, z = 0.48 | −Hessian 0.57143 ± 1.14e-06, z = 0.00 | agrees
# The information about vech Σ (the lower triangle column by column), ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D.
mc fisher(N([0, 0], [[1, 0.5], [0.5, 2]]), "cov") n=200000 seed=2
	fisher by the score's covariance and the mean −Hessian (n = 200000, seed 2)
	  [1, 1] = 0.6530612245 | score 0.65215 ± 0.00535, z = -0.17 | −Hessian 0.65219 ± 0.00413, z = -0.21 | agrees
	  [1, 2] = -0.3265306122 | score -0.32363 ± 0.0041, z = 0.71 | −Hessian -0.32528 ± 0.00282, z = 0.44 | agrees
	  [1, 3] = 0.04081632653 | score 0.040616 ± 0.00107, z = -0.19 | −Hessian 0.040558 ± 0.000548, z = -0.47 | agrees
	  [2, 2] = 0.7346938776 | score 0.73447 ± 0.00535, z = -0.04 | −Hessian 0.73425 ± 0.00388, z = -0.12 | agrees
	  [2, 3] = -0.1632653061 | score -0.16367 ± 0.00207, z = -0.20 | −Hessian -0.16288 ± 0.00141, z = 0.28 | agrees
	  [3, 3] = 0.1632653061 | score 0.16346 ± 0.00136, z = 0.14 | −Hessian 0.16352 ± 0.00103, z = 0.24 | agrees

# Means and covariances of multivariate distributions, entry by entry.
mc mean(N([1, 2], [[1, 0.5], [0.5, 2]])) seed=2
	mean: the mean of the draws (n = 100000, seed 2)
	  [1] = 1 | MC 0.99936 ± 0.00316, z = -0.20 | agrees
	  [2] = 2 | MC 1.9938 ± 0.00448, z = -1.38 | agrees
mc cov(N([1, 2], [[1, 0.5], [0.5, 2]])) seed=2
	cov: the covariance of the draws (n = 100000, seed 2)
	  [1, 1] = 1 | MC 0.99854 ± 0.00447, z = -0.33 | agrees
	  [1, 2] = 0.5 | MC 0.49985 ± 0.00475, z = -0.03 | agrees
	  [2, 2] = 2 | MC 2.004 ± 0.0089, z = 0.45 | agrees
mc cov(Dirichlet([1, 2, 3])) seed=2
	cov: the covariance of the draws (n = 100000, seed 2); no closed form (cov of Dirichlet is not supported)
	  [1, 1] | MC 0.019932 ± 0.000112
	  [1, 2] | MC -0.0080468 ± 7.82e-05
	  [1, 3] | MC -0.011885 ± 9.17e-05
	  [2, 2] | MC 0.031824 ± 0.000127
	  [2, 3] | MC -0.023777 ± 0.000119
	  [3, 3] | MC 0.035662 ± 0.00013

# W2 is symmetric: a singular covariance of p takes the map from q.
mc w2(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2))) seed=2
	w2 = 1.0823922 | MC 1.0824 ± 0.00209 (n = 100000, seed 2) | z = 0.01 | agrees
