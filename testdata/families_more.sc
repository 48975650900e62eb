# Families declared each in one file of dist: logpdf, pdf, mean, var,
# entropy, divergences within the family where a closed form exists, Fisher
# information, sampling. Scales are scales (σ, γ, β, s, λ), not variances.

# Chi(k): the length of a standard normal k-vector; exponential in k.
entropy(Chi(3))
	0.9961541981
kl(Chi(3), Chi(5))
	0.3689751341
mean(Chi(3))
	1.595769122
var(Chi(3))
	0.4535209105
logpdf(Chi(3), 1.5)
	-0.5398611364
expect(Chi(3), x^2)
	3
fisher(Chi(k))
	[ trigamma(k/2)/4 ]
	in (k)
check kl(Chi(4), Chi(7)) == kl(Chi2(4), Chi2(7))
	ok (exact)

# HalfNormal(sigma): |y| for y ~ N(0, sigma^2).
entropy(HalfNormal(1.5))
	1.131256461
kl(HalfNormal(1), HalfNormal(2))
	0.3181471806
mean(HalfNormal(2))
	1.595769122
var(HalfNormal(2))
	1.453520911
pdf(HalfNormal(2), 1)
	0.3520653268
entropy(HalfNormal(s))
	log(pi s^2/2)/2 + 1/2
fisher(HalfNormal(s))
	[ 2/s^2 ]
	in (sigma)

# Weibull(k, lambda): shape k, scale lambda.
entropy(Weibull(1.5, 2))
	1.480087294
kl(Weibull(2, 1), Weibull(3, 2))
	1.128751815
mean(Weibull(1.5, 2))
	1.805490586
var(Weibull(1.5, 2))
	1.502761139
logpdf(Weibull(1.5, 2), 1)
	-0.9878090533
fisher(Weibull(2, 3))
	[  0.4559201652  -0.1409281117 ]
	[ -0.1409281117   0.4444444444 ]
	in (k, lambda)
check kl(Weibull(1, 2), Weibull(1, 3)) == kl(Exponential(1/2), Exponential(1/3))
	ok (exact)

# Pareto(xm, alpha): xm fixed, so divergences compare equal xm.
entropy(Pareto(1, 3))
	0.2347210447
kl(Pareto(1, 3), Pareto(1, 2))
	0.07213177477
renyi(Pareto(1, 3), Pareto(1, 2), 0.5)
	0.04082199452
mean(Pareto(1, 3))
	1.5
var(Pareto(1, 3))
	0.75
logpdf(Pareto(1, 3), 2)
	-1.673976434
fisher(Pareto(1, a))
	[ 1/a^2 ]
	in (alpha)

# Gumbel(mu, beta): maxima.
entropy(Gumbel(0, 2))
	2.270362845
kl(Gumbel(0, 1), Gumbel(1, 2))
	0.3656805308
mean(Gumbel(0, 2))
	1.15443133
var(Gumbel(0, 2))
	6.579736267
logpdf(Gumbel(0, 2), 1)
	-1.79967784
fisher(Gumbel(0, 2))
	[  0.25          -0.1056960838 ]
	[ -0.1056960838   0.4559201652 ]
	in (mu, beta)

# Logistic(mu, s).
entropy(Logistic(0, 2))
	2.693147181
mean(Logistic(1, 2))
	1
var(Logistic(1, 2))
	13.15947253
logpdf(Logistic(1, 0.5), -1)
	-3.343152675
fisher(Logistic(0, 2))
	[ 0.08333333333  0            ]
	[ 0              0.3574890111 ]
	in (mu, s)

# Cauchy(mu, gamma): no mean, no variance.
entropy(Cauchy(0, 3))
	3.629636536
kl(Cauchy(0, 3), Cauchy(1, 1))
	0.3483066943
skl(Cauchy(0, 3), Cauchy(1, 1))
	0.6966133885
logpdf(Cauchy(1, 2), 0)
	-2.061020618
fisher(Cauchy(0, g))
	[ 1/(2 g^2)  0         ]
	[ 0          1/(2 g^2) ]
	in (mu, gamma)

# StudentT(nu, mu, sigma): sigma a scale.
entropy(StudentT(7, 1, 2))
	2.259525442
mean(StudentT(5, 1, 2))
	1
var(StudentT(5, 1, 2))
	6.666666667
logpdf(StudentT(5, 1, 2), 0)
	-1.808137262
pdf(StudentT(5, 1, 2), 0)
	0.1639592657

# Monte Carlo from gonum's samplers and densities, against the closed forms.
mc entropy(StudentT(7, 1, 2)) n=20000 seed=5
	entropy = 2.259525442 | MC 2.2663 ± 0.0061 (n = 20000, seed 5) | z = 1.11 | agrees
mc kl(Gumbel(0, 1), Gumbel(1, 2)) n=20000 seed=5
	kl = 0.3656805308 | MC 0.36782 ± 0.00459 (n = 20000, seed 5) | z = 0.47 | agrees
mc kl(Weibull(2, 1), Weibull(3, 2)) n=20000 seed=5
	kl = 1.128751815 | MC 1.122 ± 0.00934 (n = 20000, seed 5) | z = -0.72 | agrees
mc kl(Cauchy(0, 3), Cauchy(1, 1)) n=20000 seed=5
	kl = 0.3483066943 | MC 0.35326 ± 0.00565 (n = 20000, seed 5) | z = 0.88 | agrees
mc entropy(Logistic(0, 2)) n=20000 seed=5
	entropy = 2.693147181 | MC 2.6867 ± 0.00591 (n = 20000, seed 5) | z = -1.09 | agrees
mc kl(Pareto(1, 3), Pareto(1, 2)) n=20000 seed=5
	kl = 0.07213177477 | MC 0.071701 ± 0.00235 (n = 20000, seed 5) | z = -0.18 | agrees
mc kl(HalfNormal(1), HalfNormal(2)) n=20000 seed=5
	kl = 0.3181471806 | MC 0.32769 ± 0.00366 (n = 20000, seed 5) | z = 2.60 | agrees
