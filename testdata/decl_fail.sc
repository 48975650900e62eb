Chi2(0)
	1:1: Chi2: k must be positive, not 0
		Chi2(0)
		^
Chi2(-2)
	5:1: Chi2: k must be positive, not -2
		Chi2(-2)
		^
InverseGamma(-1, 2)
	9:1: InverseGamma: alpha must be positive, not -1
		InverseGamma(-1, 2)
		^
InverseGamma(2, 0)
	13:1: InverseGamma: beta must be positive, not 0
		InverseGamma(2, 0)
		^
mean(InverseGamma(1, 1))
	17:1: mean of InverseGamma(alpha = 1, beta = 1) is infinite or undefined: E[x] diverges for these parameters
		mean(InverseGamma(1, 1))
		^
var(InverseGamma(2, 1))
	21:1: var of InverseGamma(alpha = 2, beta = 1) is infinite or undefined: E[x^2] diverges for these parameters
		var(InverseGamma(2, 1))
		^
skl(N(0, 1), 3)
	25:14: skl needs a distribution, not 3
		skl(N(0, 1), 3)
		             ^
skl(N([0, 0], I(2)), N(0, 1))
	29:1: skl: dimensions differ: 2 and 1
		skl(N([0, 0], I(2)), N(0, 1))
		^
logpdf(Chi2(3), -1)
	33:17: logpdf: -1 is outside the support of Chi2
		logpdf(Chi2(3), -1)
		                ^
mean(Cauchy(0, 1))
	37:1: mean of Cauchy(mu = 0, gamma = 1) is infinite or undefined: E[x] diverges for these parameters
		mean(Cauchy(0, 1))
		^
var(StudentT(2, 0, 1))
	41:1: var of StudentT(nu = 2, mu = 0, sigma = 1) is infinite or undefined: E[x^2] diverges for these parameters
		var(StudentT(2, 0, 1))
		^
mean(Pareto(1, 0.5))
	45:1: mean of Pareto(xm = 1, alpha = 0.5) is infinite or undefined: E[x] diverges for these parameters
		mean(Pareto(1, 0.5))
		^
kl(Pareto(1, 3), Pareto(2, 2))
	49:1: kl: xm differs between the distributions (1 and 2): the divergence is infinite or undefined
		kl(Pareto(1, 3), Pareto(2, 2))
		^
logpdf(Pareto(1, 3), 0.5)
	53:22: logpdf: 0.5 is outside the support of Pareto
		logpdf(Pareto(1, 3), 0.5)
		                     ^
fisher(StudentT(5, 0, 1))
	57:1: fisher: the Fisher information of StudentT is not available in closed form
		fisher(StudentT(5, 0, 1))
		^
Weibull(0, 1)
	61:1: Weibull: k must be positive, not 0
		Weibull(0, 1)
		^
StudentT(3, 0, -1)
	65:1: StudentT: sigma must be positive, not -1
		StudentT(3, 0, -1)
		^
kl(Cauchy(0, 1), N(0, 1))
	69:1: kl: the quadrature did not converge: the integrand is too rough or its tails too heavy
		kl(Cauchy(0, 1), N(0, 1))
		^
kl(Poisson(2), Geometric(0.5))
	73:1: kl: the distributions belong to different families (Poisson and Geometric); only divergences within a family have closed forms
		kl(Poisson(2), Geometric(0.5))
		^
