# Bad input to cdf and quantile.
quantile(N(0, 1), 1)
	2:19: quantile: u = 1 is not in (0, 1)
		quantile(N(0, 1), 1)
		                  ^
quantile(Exponential(2), 0)
	6:26: quantile: u = 0 is not in (0, 1)
		quantile(Exponential(2), 0)
		                         ^
quantile(Exponential(2), -0.5)
	10:26: quantile: u = -1/2 is not in (0, 1)
		quantile(Exponential(2), -0.5)
		                         ^
cdf(N(0, 1), [1, 2])
	14:14: cdf: the point x must be a number or an expression, not a 2-vector
		cdf(N(0, 1), [1, 2])
		             ^
cdf(N([0, 0], I(2)), 1)
	18:5: cdf of a multivariate distribution is not supported
		cdf(N([0, 0], I(2)), 1)
		    ^
quantile(Dirichlet([1, 2]), 0.5)
	22:10: quantile of a multivariate distribution is not supported
		quantile(Dirichlet([1, 2]), 0.5)
		         ^
cdf(3, 1)
	26:5: cdf needs a distribution, not 3
		cdf(3, 1)
		    ^
cdf(N(m, 1), 0)
	30:1: cdf: N has no closed-form cdf: give numeric parameters and a numeric x
		cdf(N(m, 1), 0)
		^
quantile(Gamma(a, 1), 0.5)
	34:1: quantile: Gamma has no closed-form quantile: give numeric parameters and a numeric u
		quantile(Gamma(a, 1), 0.5)
		^
cdf(Laplace(m, 1), x)
	38:1: cdf: the cdf of Laplace is piecewise: it needs a numeric x − mu
		cdf(Laplace(m, 1), x)
		^
quantile(Laplace(0, 1), u)
	42:1: quantile: the quantile of Laplace is piecewise: it needs a numeric u
		quantile(Laplace(0, 1), u)
		^
cdf(N(0, 1), -1000)
	46:1: cdf: the value is below the range of the calculator (about 1e-99000)
		cdf(N(0, 1), -1000)
		^
cdf(Bernoulli(0.3), x)
	50:1: cdf: the cdf is piecewise: it needs a numeric x
		cdf(Bernoulli(0.3), x)
		^
cdf(Gamma(3, 1), 1e-200)
	54:1: cdf: the value is below the float64 range (about 2.2e-308)
		cdf(Gamma(3, 1), 1e-200)
		^
quantile(N(0, 1), 1e-400)
	58:19: quantile: u = 1e-400 is too close to 0 or 1 for the float64 numerics of N (the distance must be at least 2.2e-308)
		quantile(N(0, 1), 1e-400)
		                  ^
