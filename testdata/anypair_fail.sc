js(N([0, 0], I(2)), N([1, 0], I(2)))
	1:1: js: js between multivariate normals has no closed form, and the numeric route is one-dimensional
		js(N([0, 0], I(2)), N([1, 0], I(2)))
		^
pearson(Laplace(0, 1), N(0, 1))
	5:1: pearson: the integrand exceeds the float64 range in the tails: the integral diverges or is too large
		pearson(Laplace(0, 1), N(0, 1))
		^
tv(Categorical([0.5, 0.5]), Categorical([0.2, 0.3, 0.5]))
	9:1: tv: the distributions have 2 and 3 parameters
		tv(Categorical([0.5, 0.5]), Categorical([0.2, 0.3, 0.5]))
		^
