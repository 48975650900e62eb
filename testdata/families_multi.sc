# Families with vector and matrix parameters (dist/family_multinomial.go,
# family_wishart.go, family_inversewishart.go, family_mvstudentt.go):
# entropy, kl within the family where a closed form exists, mean, cov,
# logpdf, pdf, and an mc witness for each. Their parameters are numbers.

# Multinomial(n, p): counts of k categories in n draws.
p = Multinomial(10, [0.2, 0.3, 0.5])
q = Multinomial(10, [0.25, 0.25, 0.5])
p
	Multinomial(n = 10, p = [0.2, 0.3, 0.5])
entropy(p)
	3.341218516
entropy(Multinomial(65, [0.2, 0.3, 0.5]))
	5.254469914
entropy(Multinomial(1000, [0.2, 0.3, 0.5]))
	7.992074679
entropy(Multinomial(1e6, [0.2, 0.3, 0.5]))
	14.9001084
entropy(Multinomial(3, [0.5, 0.5, 0]))
	1.255482325
kl(p, q)
	0.1006775678
mean(p)
	[2, 3, 5]
cov(p)
	[  1.6  -0.6  -1   ]
	[ -0.6   2.1  -1.5 ]
	[ -1    -1.5   2.5 ]
logpdf(p, [2, 3, 5])
	-2.46451596
pdf(p, [2, 3, 5])
	0.08505
kl(p, Multinomial(10, [0.5, 0.5, 0]))
	Inf  (q gives category 3 no mass, p gives it 0.5)
kl(p, Multinomial(11, [0.2, 0.3, 0.5]))
	Inf  (the counts of p sum to 10 and those of q to 11: their supports are disjoint)
check kl(p, q) == 10 kl(Categorical([0.2, 0.3, 0.5]), Categorical([0.25, 0.25, 0.5]))
	ok (exact)
mc kl(p, q) n=20000
	kl = 0.1006775678 | MC 0.099577 ± 0.00315 (n = 20000, seed 1) | z = -0.35 | agrees
mc entropy(p) n=20000
	entropy = 3.341218516 | MC 3.3355 ± 0.00601 (n = 20000, seed 1) | z = -0.95 | agrees
mc mean(p) n=20000
	mean: the mean of the draws (n = 20000, seed 1)
	  [1] = 2 | MC 1.9999 ± 0.0089, z = -0.01 | agrees
	  [2] = 3 | MC 2.9939 ± 0.0103, z = -0.59 | agrees
	  [3] = 5 | MC 5.0061 ± 0.0111, z = 0.55 | agrees

# Wishart(nu, V): nu degrees of freedom, scale matrix V.
W = Wishart(4, [[2, 0.5], [0.5, 1]])
W
	Wishart(nu = 4, V = [[2, 0.5], [0.5, 1]])
entropy(W)
	7.140810774
kl(W, Wishart(5, I(2)))
	0.7767884837
kl(Wishart(3.5, [[1, 0.2, 0], [0.2, 2, 0.3], [0, 0.3, 1.5]]), Wishart(6, I(3)))
	1.772567524
mean(W)
	[ 8  2 ]
	[ 2  4 ]
cov(W)
	[ 32  8  8  2 ]
	[  8  9  9  4 ]
	[  8  9  9  4 ]
	[  2  4  4  8 ]
logpdf(W, [[3, 1], [1, 2]])
	-5.252969761
check kl(W, W) == 0
	ok (exact)
check entropy(Wishart(3, [[2]])) == entropy(Gamma(1.5, 0.25))
	ok (exact)
mc entropy(W) n=20000
	entropy = 7.140810774 | MC 7.1215 ± 0.011 (n = 20000, seed 1) | z = -1.76 | agrees
mc kl(W, Wishart(5, I(2))) n=20000
	kl = 0.7767884837 | MC 0.77955 ± 0.0109 (n = 20000, seed 1) | z = 0.25 | agrees
mc cov(W) n=20000
	cov: the covariance of the draws (n = 20000, seed 1)
	  [1, 1] = 32 | MC 31.553 ± 0.524, z = -0.85 | agrees
	  [1, 2] = 8 | MC 8.1175 ± 0.203, z = 0.58 | agrees
	  [1, 3] = 8 | MC 8.1175 ± 0.203, z = 0.58 | agrees
	  [1, 4] = 2 | MC 2.2273 ± 0.129, z = 1.76 | agrees
	  [2, 2] = 9 | MC 8.9972 ± 0.132, z = -0.02 | agrees
	  [2, 3] = 9 | MC 8.9972 ± 0.132, z = -0.02 | agrees
	  [2, 4] = 4 | MC 3.9955 ± 0.0991, z = -0.05 | agrees
	  [3, 3] = 9 | MC 8.9972 ± 0.132, z = -0.02 | agrees
	  [3, 4] = 4 | MC 3.9955 ± 0.0991, z = -0.05 | agrees
	  [4, 4] = 8 | MC 7.9445 ± 0.124, z = -0.45 | agrees

# InverseWishart(nu, Psi): X^-1 ~ Wishart(nu, Psi^-1).
IW = InverseWishart(6, [[2, 0.5], [0.5, 1]])
entropy(IW)
	-1.006557257
kl(IW, InverseWishart(5, I(2)))
	0.66171992
mean(IW)
	[ 0.6666666667  0.1666666667 ]
	[ 0.1666666667  0.3333333333 ]
cov(IW)
	[ 0.8888888889  0.2222222222  0.2222222222  0.1527777778 ]
	[ 0.2222222222  0.2013888889  0.2013888889  0.1111111111 ]
	[ 0.2222222222  0.2013888889  0.2013888889  0.1111111111 ]
	[ 0.1527777778  0.1111111111  0.1111111111  0.2222222222 ]
logpdf(IW, [[1, 0.2], [0.2, 0.5]])
	-2.4923729
check entropy(InverseWishart(3, [[2]])) == entropy(InverseGamma(1.5, 1))
	ok (exact)
check kl(InverseWishart(5, [[2]]), InverseWishart(7, [[3]])) == kl(InverseGamma(2.5, 1), InverseGamma(3.5, 1.5))
	ok (exact)
mc entropy(IW) n=20000
	entropy = -1.006557257 | MC -1.024 ± 0.0171 (n = 20000, seed 1) | z = -1.02 | agrees
mc kl(IW, InverseWishart(5, I(2))) n=20000
	kl = 0.66171992 | MC 0.67073 ± 0.0072 (n = 20000, seed 1) | z = 1.25 | agrees
mc mean(IW) n=20000
	mean: the mean of the draws (n = 20000, seed 1)
	  [1] = 0.6666666667 | MC 0.6646 ± 0.00597, z = -0.35 | agrees
	  [2] = 0.1666666667 | MC 0.16974 ± 0.00268, z = 1.15 | agrees
	  [3] = 0.1666666667 | MC 0.16974 ± 0.00268, z = 1.15 | agrees
	  [4] = 0.3333333333 | MC 0.32955 ± 0.00266, z = -1.42 | agrees

# MvStudentT(nu, mu, Sigma): Sigma a scale matrix; cov = nu/(nu - 2) Sigma.
:help MvStudentT
	MvStudentT(nu, mu, Sigma)
	  multivariate Student-t: ν > 0 degrees of freedom, location vector μ, scale matrix Σ (not the covariance: cov = ν/(ν−2) Σ for ν > 2)
	  StudentT(nu, mu, sigma) is the one-dimensional family, with a scale σ; MvStudentT(nu, [mu], [[sigma^2]]) is the same law. mean is μ (ν > 1), cov ν/(ν − 2) Σ (ν > 2). entropy is the closed form ½ log|Σ| + log(Γ(ν/2)/Γ((ν+d)/2)) + (d/2) log(νπ) + ((ν+d)/2)(ψ((ν+d)/2) − ψ(ν/2)); kl between two of them has no closed form (mc kl estimates it). logpdf and sampling are gonum's distmv.StudentsT.
	  example: entropy(MvStudentT(5, [0, 0], [[2, 0.5], [0.5, 1]]))
T = MvStudentT(5, [0, 1], [[2, 0.5], [0.5, 1]])
entropy(T)
	3.51768496
mean(T)
	[0, 1]
cov(T)
	[ 3.333333333   0.8333333333 ]
	[ 0.8333333333  1.666666667  ]
logpdf(T, [1, 1])
	-2.496432507
check entropy(MvStudentT(5, [1], [[4]])) == entropy(StudentT(5, 1, 2))
	ok (exact)
mc entropy(T) n=20000
	entropy = 3.51768496 | MC 3.5089 ± 0.0099 (n = 20000, seed 1) | z = -0.89 | agrees
mc mean(T) n=20000
	mean: the mean of the draws (n = 20000, seed 1)
	  [1] = 0 | MC -0.031854 ± 0.013, z = -2.46 | agrees
	  [2] = 1 | MC 0.97986 ± 0.00901, z = -2.23 | agrees
mc kl(T, MvStudentT(3, [0, 0], I(2))) n=20000
	kl: MC 0.44401 ± 0.0059 (n = 20000, seed 1) | no closed form (no closed form between two MvStudentT (mc kl estimates it))

# At :precision N the closed forms are evaluated to N digits.
:precision 30
entropy(W)
	7.1408107743339029924079685566
kl(IW, InverseWishart(5, I(2)))
	0.661719920007609426712435394509
entropy(T)
	3.51768496037705682669610372307
entropy(Multinomial(3, [0.5, 0.5, 0]))
	1.25548232517875365970526243668
