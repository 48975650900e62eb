fisher(N(m, v), [x])
	1:1: fisher: the parameters of N do not depend on x
		fisher(N(m, v), [x])
		^
fisher(N(a + b, 1), [a, b])
	5:1: fisher: the Jacobian ∂(m, v)/∂(a, b) is singular: changing b moves the parameters in no direction that a does not, so the information in (a, b) is singular
		fisher(N(a + b, 1), [a, b])
		^
fisher(N(m, v), [m, m])
	9:1: fisher: m is listed twice
		fisher(N(m, v), [m, m])
		^
fisher(N(m, v), [1, 2])
	13:17: fisher: list the symbols to take the information in, such as [mu, s], not a 2-vector
		fisher(N(m, v), [1, 2])
		                ^
fisher(Uniform(a, b))
	17:1: fisher: Fisher information is not defined for Uniform: its support depends on the parameters
		fisher(Uniform(a, b))
		^
fisher(Uniform(a, b), [a, b])
	21:1: fisher: Fisher information is not defined for Uniform: its support depends on the parameters
		fisher(Uniform(a, b), [a, b])
		^
fisher(Binomial(n, p), [n, p])
	25:1: fisher: n of Binomial is a fixed parameter (not estimated), so n cannot be a coordinate
		fisher(Binomial(n, p), [n, p])
		^
natgrad(N(m, v), [1, 2, 3])
	29:18: natgrad: the gradient must be a 2-vector (one entry per parameter), not a 3-vector
		natgrad(N(m, v), [1, 2, 3])
		                 ^
natgrad(N(m, 1/l), [1], [m, l])
	33:20: natgrad: the gradient must be a 2-vector (one entry per parameter), not a 1-vector
		natgrad(N(m, 1/l), [1], [m, l])
		                   ^
natgrad(N([0, 0], I(2)), [1, 2, 3])
	37:26: natgrad: the gradient of N(μ, Σ) must be a numeric vector of 2 entries (μ) or 5 (μ, then vech Σ), not a 3-vector
		natgrad(N([0, 0], I(2)), [1, 2, 3])
		                         ^
score(N(m, v), x, [y])
	41:1: score: the parameters of N do not depend on y
		score(N(m, v), x, [y])
		^
crlb(N(m, v), 0)
	45:15: crlb: the number of observations must be positive, not 0
		crlb(N(m, v), 0)
		              ^
fisher_rao(Gamma(1, 2), Gamma(2, 3))
	49:1: fisher_rao: no closed form for Gamma: the geodesic distance is known in closed form for univariate normals, log-normals, Laplace, one-parameter families and normals with a common mean
		fisher_rao(Gamma(1, 2), Gamma(2, 3))
		^
fisher_rao(N([0, 0], I(2)), N([1, 0], I(2)))
	53:1: fisher_rao: no closed form for normals with different means and covariances (only bounds are known); here the means differ in entry 1
		fisher_rao(N([0, 0], I(2)), N([1, 0], I(2)))
		^
fisher_rao(Bernoulli(p), Bernoulli(0.5))
	57:1: fisher_rao: Bernoulli has no closed form in symbols; give numeric parameters (the distance is then ∫ √F dθ by quadrature)
		fisher_rao(Bernoulli(p), Bernoulli(0.5))
		^
fisher_rao(Binomial(10, 0.2), Binomial(12, 0.5))
	61:1: fisher_rao: the fixed parameter n must be the same in both
		fisher_rao(Binomial(10, 0.2), Binomial(12, 0.5))
		^
fisher_rao(Poisson(1), Exponential(1))
	65:1: fisher_rao: the two distributions must be of the same family (Poisson and Exponential)
		fisher_rao(Poisson(1), Exponential(1))
		^
numgrad(x^2 y, [x, y], [1])
	69:24: numgrad: the point must be a vector of 2 entries (one per variable), not a 1-vector
		numgrad(x^2 y, [x, y], [1])
		                       ^
numgrad(x^2 y, [x], [1])
	73:9: numgrad: the function has the free symbol y, which is not among the variables
		numgrad(x^2 y, [x], [1])
		        ^
numgrad(log(x), [x], [-1])
	77:1: numgrad: cannot evaluate the function near [-1]: log of a negative number (-0.9)
		numgrad(log(x), [x], [-1])
		^
numhessian(x^2, [x], [a])
	81:22: numhessian: the point must be numeric; entry 1 is a
		numhessian(x^2, [x], [a])
		                     ^
hvp(x^2 y, [x, y], [1, 2], [x, 1])
	85:28: hvp: the direction v must not depend on the variables (its entry x has x)
		hvp(x^2 y, [x, y], [1, 2], [x, 1])
		                           ^
gauss_newton([[1, 2], [3, 4]], [a])
	89:14: gauss_newton: the residuals must be a vector of expressions, not a 2×2 matrix
		gauss_newton([[1, 2], [3, 4]], [a])
		             ^
fisher(N(zeros(100), I(100)), "cov")
	93:1: fisher: a 5050×5050 matrix is too large (2.55e+07 entries; at most 4194304)
		fisher(N(zeros(100), I(100)), "cov")
		^
