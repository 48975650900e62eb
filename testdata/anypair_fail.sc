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
Mixture([0.5, 0.6], [N(0, 1), N(1, 1)])
	13:1: Mixture: the weights sum to 1.1, not 1
		Mixture([0.5, 0.6], [N(0, 1), N(1, 1)])
		^
Mixture([-0.5, 1.5], [N(0, 1), N(1, 1)])
	17:1: Mixture: weight 1 must be positive, not -0.5
		Mixture([-0.5, 1.5], [N(0, 1), N(1, 1)])
		^
Mixture([0.5, 0.5], [N(0, 1), 3])
	21:31: Mixture: component 2 must be a distribution
		Mixture([0.5, 0.5], [N(0, 1), 3])
		                              ^
Mixture([0.5, 0.5], [N(0, 1), Poisson(2)])
	25:31: Mixture: component 2 must be a continuous distribution of one variable with numeric parameters
		Mixture([0.5, 0.5], [N(0, 1), Poisson(2)])
		                              ^
Mixture([1], [N(0, 1), N(1, 1)])
	29:1: Mixture: 1 weight(s) for 2 components
		Mixture([1], [N(0, 1), N(1, 1)])
		^
mean(Mixture([0.5, 0.5], [N(0, 1), Cauchy(0, 1)]))
	33:1: mean of Mixture(w1 = 0.5, w2 = 0.5, N1.m = 0, N1.v = 1, Cauchy2.mu = 0, Cauchy2.gamma = 1) is infinite or undefined: E[x] diverges for these parameters
		mean(Mixture([0.5, 0.5], [N(0, 1), Cauchy(0, 1)]))
		^
fisher(Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)]))
	37:1: fisher: the Fisher information of a mixture has no closed form
		fisher(Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)]))
		^
Mixture([0.5, 0.5], [N(a, 1), N(0, 1)])
	41:22: Mixture: component 1 must be a continuous distribution of one variable with numeric parameters
		Mixture([0.5, 0.5], [N(a, 1), N(0, 1)])
		                     ^
