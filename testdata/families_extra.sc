# NegativeBinomial, Kumaraswamy, TruncatedNormal and VonMises, each declared
# in one file of dist. Conventions: NegativeBinomial(r, p) counts failures
# before the r-th success; TruncatedNormal(m, v, a, b) takes a VARIANCE v;
# VonMises(mu, kappa) is an angle in [−π, π).

# NegativeBinomial(r, p): exponential in p for fixed r.
entropy(NegativeBinomial(3, 0.4))
	2.488037247
mean(NegativeBinomial(3, 0.4))
	4.5
var(NegativeBinomial(3, 0.4))
	11.25
logpdf(NegativeBinomial(3, 0.4), 2)
	-1.978763974
kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5))
	0.1510163516
kl(NegativeBinomial(r, p1), NegativeBinomial(r, p2))
	r log(p1) - (p1 - 1) r log((p1 - 1)/(p2 - 1))/p1 - r log(p2)
fisher(NegativeBinomial(r, p))
	[ r/(p^2 - p^3) ]
	in (p)
entropy(NegativeBinomial(0.5, 0.01))
	4.747654106
entropy(NegativeBinomial(2.5, 0.0001))
	10.94023828
entropy(NegativeBinomial(1000, 0.002))
	11.08608985
entropy(NegativeBinomial(30, 3e-14))
	34.24591213
entropy(NegativeBinomial(0.1, 1e-15))
	27.73792236

# Kumaraswamy(a, b) on (0, 1).
entropy(Kumaraswamy(2, 3))
	-0.2084261359
entropy(Kumaraswamy(a, b))
	(1/a - 1) (digamma(1) - digamma(b + 1)) - log(a b) - 1/b + 1
mean(Kumaraswamy(2, 3))
	0.4571428571
var(Kumaraswamy(2, 3))
	0.04102040816
logpdf(Kumaraswamy(2, 3), 0.5)
	0.5232481438
kl(Kumaraswamy(2, 3), Kumaraswamy(2, 5))
	0.1558410429
kl(Kumaraswamy(2, 3), Kumaraswamy(3, 5))
	0.09930163894
kl(Kumaraswamy(2, 3), Beta(2, 3))
	0.04018615277

# TruncatedNormal(m, v, a, b): numeric parameters; tails keep their digits.
entropy(TruncatedNormal(0, 1, -1, 2))
	1.005020125
mean(TruncatedNormal(0, 1, -1, 2))
	0.2296371791
var(TruncatedNormal(0, 1, -1, 2))
	0.5197625392
logpdf(TruncatedNormal(0, 1, -1, 2), 0.5)
	-0.8437722389
kl(TruncatedNormal(0, 1, -1, 1), TruncatedNormal(0.5, 2, -1, 1))
	0.01226329623
kl(TruncatedNormal(0, 1, -1, 1), TruncatedNormal(0.5, 2, -2, 1))
	0.2065370633
kl(TruncatedNormal(0, 1, -2, 1), TruncatedNormal(0.5, 2, -1, 1))
	Inf  (support of p not contained in that of q)
kl(TruncatedNormal(0, 1, -1, 1), Uniform(-1, 1))
	0.01036124627
entropy(TruncatedNormal(0, 1, 10, 1e300))
	-1.321880447
mean(TruncatedNormal(0, 1, 10, 1e300))
	10.09809323
var(TruncatedNormal(0, 1, 10, 1e300))
	0.009445377826
var(TruncatedNormal(2, 4, -1e300, -20))
	0.03152272636
var(TruncatedNormal(0, 1, 10, 10.001))
	8.333291385e-08

# VonMises(mu, kappa): I0 and I1 through logbesseli0 and besselratio.
entropy(VonMises(0, 2))
	1.266321292
entropy(VonMises(mu, kappa))
	log(2 pi) - kappa besselratio(kappa) + logbesseli0(kappa)
kl(VonMises(0, 2), VonMises(1, 3))
	1.025835626
logpdf(VonMises(0.5, 2), 1)
	-0.9067054841
fisher(VonMises(0.3, 2))
	[ 1.395549316  0            ]
	[ 0            0.1642231977 ]
	in (mu, kappa)
fisher(VonMises(mu, kappa))
	[ kappa besselratio(kappa)  0                                                   ]
	[ 0                         1 - besselratio(kappa)^2 - besselratio(kappa)/kappa ]
	in (mu, kappa)
entropy(VonMises(0, 1e6))
	-5.488816496
kl(VonMises(0, 2), N(0, 1))
	0.03484818115
logbesseli0(2)
	0.8239935415
besselratio(2)
	0.697774658
logbesseli0(800)
	795.738912

# Monte Carlo from the families' own samplers (gamma-Poisson mixture,
# inversion, Robert's rejection, Best-Fisher) against the closed forms.
mc kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5)) n=20000 seed=5
	kl = 0.1510163516 | MC 0.15025 ± 0.0043 (n = 20000, seed 5) | z = -0.18 | agrees
mc entropy(Kumaraswamy(2, 3)) n=20000 seed=5
	entropy = -0.2084261359 | MC -0.21176 ± 0.00328 (n = 20000, seed 5) | z = -1.02 | agrees
mc var(TruncatedNormal(0, 1, -1, 2)) n=20000 seed=5
	var = 0.5197625392 | MC 0.5183 ± 0.00417 (n = 20000, seed 5) | z = -0.35 | agrees
mc entropy(TruncatedNormal(0, 1, 10, 1e300)) n=20000 seed=5
	entropy = -1.321880447 | MC -1.3223 ± 0.00702 (n = 20000, seed 5) | z = -0.06 | agrees
mc kl(VonMises(0, 2), VonMises(1, 3)) n=20000 seed=5
	kl = 1.025835626 | MC 1.0129 ± 0.0106 (n = 20000, seed 5) | z = -1.21 | agrees

# To 40 digits: the closed forms evaluated in decimal (NegativeBinomial's
# entropy is a float64 sum, and says so).
:precision 40
entropy(VonMises(0, 2))
	1.266321291964285802478416069248371907695
kl(VonMises(0, 2), VonMises(1, 3))
	1.025835626235562554315637727319672733262
entropy(Kumaraswamy(2, 3))
	-0.2084261358947216674791440250473689393897
kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5))
	0.1510163516301665506538458422658123392644
entropy(NegativeBinomial(3, 0.4))
	2.488037247052
	warning: computed in float64: 13 significant digits can be trusted (relative error ≈ 2.639e-14)
