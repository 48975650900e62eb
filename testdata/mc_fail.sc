# mc's errors: each names its line:col and the reason; the session goes on.
mc kl(N(0, 1), N(1, 2)) n=1
	2:27: mc: n must be between 2 and 100000000, not 1
		mc kl(N(0, 1), N(1, 2)) n=1
		                          ^
mc kl(N(0, 1), N(1, 2)) n=2.5
	6:27: mc: n must be a whole number, not 2.5
		mc kl(N(0, 1), N(1, 2)) n=2.5
		                          ^
mc kl(N(0, 1), N(1, 2)) n=1e9
	10:27: mc: n must be between 2 and 100000000, not 1e+09
		mc kl(N(0, 1), N(1, 2)) n=1e9
		                          ^
mc kl(N(0, 1), N(1, 2)) level=0
	14:31: mc: level is a number of standard errors, a positive number such as 3 or 5, not 0
		mc kl(N(0, 1), N(1, 2)) level=0
		                              ^
mc kl(N(0, 1), N(1, 2)) draws=10
	18:25: mc has no option draws= (it has n=, seed= and level=)
		mc kl(N(0, 1), N(1, 2)) draws=10
		                        ^
mc 1 + 2
	22:4: mc estimates an expectation: kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, skl, js, tv, pearson, expect, mean, var, cov, w2 or fisher of distributions, such as mc kl(p, q)
		mc 1 + 2
		   ^
mc logpdf(N(0, 1), 0)
	26:4: mc estimates an expectation: kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, skl, js, tv, pearson, expect, mean, var, cov, w2 or fisher of distributions, such as mc kl(p, q)
		mc logpdf(N(0, 1), 0)
		   ^
mc kl(N(m, 1), N(0, 1))
	30:7: mc kl: sampling needs numeric parameters
		mc kl(N(m, 1), N(0, 1))
		      ^
mc kl(N(0, 1), N([0, 0], I(2)))
	34:4: mc kl: the distributions have dimensions 1 and 2
		mc kl(N(0, 1), N([0, 0], I(2)))
		   ^
mc kl(N(0, 1))
	38:4: mc kl: takes 2 arguments, not 1
		mc kl(N(0, 1))
		   ^
mc expect(N(0, 1), x y)
	42:20: mc expect: the integrand has the free symbol y besides x: give it a value
		mc expect(N(0, 1), x y)
		                   ^
mc w2(Poisson(3), Poisson(4))
	46:4: mc w2: estimates w2 of two normals, or of univariate continuous families with a quantile function
		mc w2(Poisson(3), Poisson(4))
		   ^
mc kl(Binomial(10, 0.3), Binomial(10, 0.5)) n=200000 seed=1 level=2
	kl = 0.8228287851 | MC 0.81597 ± 0.00275 (n = 200000, seed 1) | z = -2.49 | DISAGREES
	50:1: mc: the closed form is 2.5 standard errors from the estimate (level 2)
		mc kl(Binomial(10, 0.3), Binomial(10, 0.5)) n=200000 seed=1 level=2
		^
mc fisher(Categorical([0.2, 0.3, 0.5]))
	55:4: mc fisher: Fisher information of Categorical is not supported: its parameters are constrained
		mc fisher(Categorical([0.2, 0.3, 0.5]))
		   ^
mc renyi(N(0, 1), N(1, 2), -1)
	59:4: mc renyi: the order alpha must be positive and finite, not -1
		mc renyi(N(0, 1), N(1, 2), -1)
		   ^
mc kl(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2)))
	63:4: mc kl: the covariance is singular: the distribution has no density
		mc kl(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2)))
		   ^
mc w2(N([0, 0], [[1, 1], [1, 1]]), N([1, 0], [[1, 1], [1, 1]]))
	67:4: mc w2: w2 by sampling needs a nonsingular covariance of p or q: the covariance is singular
		mc w2(N([0, 0], [[1, 1], [1, 1]]), N([1, 0], [[1, 1], [1, 1]]))
		   ^
mc fisher(Gamma(2, 3), "scale")
	71:4: mc fisher: Gamma has no free parameter "scale"
		mc fisher(Gamma(2, 3), "scale")
		   ^
mc kl(N(0, 1), N(1, 2)) seed=-1
	75:30: mc: seed must be between 0 and 2147483647, not -1
		mc kl(N(0, 1), N(1, 2)) seed=-1
		                             ^
