Multinomial(2.5, [0.5, 0.5])
	1:13: Multinomial: n must be a whole number ≥ 1 (below 2^52), not 2.5
		Multinomial(2.5, [0.5, 0.5])
		            ^
Multinomial(10, [0.5, 0.6])
	5:17: Multinomial: the probabilities p must sum to 1, not 1.1
		Multinomial(10, [0.5, 0.6])
		                ^
Multinomial(10, [1.5, -0.5])
	9:17: Multinomial: p[1] must be in [0, 1], not 1.5
		Multinomial(10, [1.5, -0.5])
		                ^
Multinomial(10, 0.5)
	13:17: Multinomial: p must be a vector such as [0.2, 0.8]
		Multinomial(10, 0.5)
		                ^
Wishart(1, [[2, 0.5], [0.5, 1]])
	17:9: Wishart: nu must be greater than d − 1 = 1 for a 2×2 V, not 1
		Wishart(1, [[2, 0.5], [0.5, 1]])
		        ^
Wishart(4, [[2, 0.5], [0.4, 1]])
	21:12: Wishart: V must be symmetric, but entry [1, 2] is 0.5 and [2, 1] is 0.4
		Wishart(4, [[2, 0.5], [0.4, 1]])
		           ^
Wishart(4, [[1, 2], [2, 1]])
	25:12: Wishart: V must be positive definite, but its leading 2×2 minor is -3
		Wishart(4, [[1, 2], [2, 1]])
		           ^
Wishart(4, [[1, 2, 3], [4, 5, 6]])
	29:12: Wishart: V must be square, not 2×3
		Wishart(4, [[1, 2, 3], [4, 5, 6]])
		           ^
InverseWishart(2, [[1, 0], [0, -1]])
	33:19: InverseWishart: Psi must be positive definite, but its leading 2×2 minor is -1
		InverseWishart(2, [[1, 0], [0, -1]])
		                  ^
MvStudentT(0, [0, 0], I(2))
	37:12: MvStudentT: nu must be positive, not 0
		MvStudentT(0, [0, 0], I(2))
		           ^
MvStudentT(5, [0, 0, 0], I(2))
	41:26: MvStudentT: mu has 3 entries but Sigma is 2×2
		MvStudentT(5, [0, 0, 0], I(2))
		                         ^
MvStudentT(5, [0, 0], [1, 1])
	45:23: MvStudentT: Sigma must be a square matrix such as [[2, 0.5], [0.5, 1]]
		MvStudentT(5, [0, 0], [1, 1])
		                      ^
kl(Wishart(4, I(2)), Wishart(4, I(3)))
	49:1: kl: the scale matrices are 2×2 and 3×3: kl needs the same dimension
		kl(Wishart(4, I(2)), Wishart(4, I(3)))
		^
kl(Wishart(4, I(2)), InverseWishart(4, I(2)))
	53:22: kl: no closed form between Wishart and InverseWishart
		kl(Wishart(4, I(2)), InverseWishart(4, I(2)))
		                     ^
kl(Wishart(4, I(2)), N([0, 0], I(2)))
	57:22: kl: a Wishart can only be compared with another Wishart
		kl(Wishart(4, I(2)), N([0, 0], I(2)))
		                     ^
kl(MvStudentT(5, [0, 0], I(2)), MvStudentT(3, [0, 0], I(2)))
	61:1: kl: no closed form between two MvStudentT (mc kl estimates it)
		kl(MvStudentT(5, [0, 0], I(2)), MvStudentT(3, [0, 0], I(2)))
		^
mean(InverseWishart(3, I(2)))
	65:1: mean of InverseWishart(nu = 3, Psi = [[1, 0], [0, 1]]) is infinite or undefined: it is finite only for nu > d + 1 = 3
		mean(InverseWishart(3, I(2)))
		^
cov(MvStudentT(2, [0, 0], I(2)))
	69:1: cov of MvStudentT(nu = 2, mu = [0, 0], Sigma = [[1, 0], [0, 1]]) is infinite or undefined: it is finite only for nu > 2
		cov(MvStudentT(2, [0, 0], I(2)))
		^
logpdf(Wishart(4, I(2)), [1, 2])
	73:26: logpdf: the point must be a numeric matrix, not a 2-vector
		logpdf(Wishart(4, I(2)), [1, 2])
		                         ^
logpdf(Wishart(4, I(2)), [[1, 2], [2, 1]])
	77:26: logpdf: the point is outside the support of Wishart
		logpdf(Wishart(4, I(2)), [[1, 2], [2, 1]])
		                         ^
logpdf(Multinomial(10, [0.5, 0.5]), [3, 4])
	81:37: logpdf: the point is outside the support of Multinomial
		logpdf(Multinomial(10, [0.5, 0.5]), [3, 4])
		                                    ^
hellinger(Wishart(4, I(2)), Wishart(5, I(2)))
	85:11: hellinger: not available for Wishart (its functions: entropy, kl with the same family, mean, cov, logpdf, pdf, sample, mc)
		hellinger(Wishart(4, I(2)), Wishart(5, I(2)))
		          ^
fisher(Multinomial(10, [0.5, 0.5]))
	89:8: fisher: not available for Multinomial (its functions: entropy, kl with the same family, mean, cov, logpdf, pdf, sample, mc)
		fisher(Multinomial(10, [0.5, 0.5]))
		       ^
Wishart(a, I(2))
	93:9: Wishart: nu must be a number (symbolic parameters are not supported for Wishart)
		Wishart(a, I(2))
		        ^
StudentT(5, [0, 0], I(2))
	97:13: StudentT: StudentT is one-dimensional, its mu a number; MvStudentT(nu, mu, Sigma) is the multivariate one
		StudentT(5, [0, 0], I(2))
		            ^
logpdf(Wishart(4, [[1e300, 0], [0, 1e-300]]), I(2))
	101:47: logpdf: V's condition number (+Inf) is beyond what the float64 log-density solves with (1e+16)
		logpdf(Wishart(4, [[1e300, 0], [0, 1e-300]]), I(2))
		                                              ^
