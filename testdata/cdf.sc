# cdf(p, x) = P(X ≤ x) and quantile(p, u) = inf{x : F(x) ≥ u} for the
# families of one variable. Closed forms where the family declares one;
# erfc and the regularized incomplete gamma and beta functions otherwise,
# with only the digits their error bounds vouch for.

# The normal, accurate far into the left tail.
cdf(N(0, 1), 1)
	0.8413447461
cdf(N(0, 1), -3)
	0.001349898032
cdf(N(0, 1), -30)
	4.906713927e-198
cdf(N(0, 1), -40)
	3.655893541e-350
cdf(N(3, 0.25), 4)
	0.9772498681
cdf(N(0, 1), 8)
	1
quantile(N(0, 1), 0.975)
	1.959963985
quantile(N(0, 1), 1e-10)
	-6.361340902
quantile(N(3, 0.25), 0.5)
	3

# Closed forms, with symbols.
cdf(Exponential(l), x)
	1 - exp(-l x)
quantile(Exponential(l), u)
	-log(1 - u)/l
cdf(Weibull(k, lambda), x)
	1 - exp(-(x/lambda)^k)
quantile(Weibull(k, lambda), u)
	(-log(1 - u))^(1/k) lambda
cdf(Kumaraswamy(a, b), x)
	1 - (1 - x^a)^b
quantile(Kumaraswamy(a, b), u)
	(1 - (1 - u)^(1/b))^(1/a)
cdf(Gumbel(m, b), x)
	exp(-exp((m - x)/b))
quantile(Gumbel(m, b), u)
	m - b log(-log(u))
cdf(Logistic(m, s), x)
	sigmoid((x - m)/s)
quantile(Logistic(m, s), u)
	m + s log(-u/(u - 1))
cdf(Pareto(1, a), x)
	1 - (1/x)^a
quantile(Pareto(1, a), u)
	(1 - u)^(-1/a)
cdf(Uniform(a, b), x)
	(a - x)/(a - b)
quantile(Uniform(a, b), u)
	b u - a u + a
quantile(Cauchy(m, g), u)
	m - g cos(pi u)/sin(pi u)
cdf(Geometric(p), k)
	1 - (1 - p)^k
cdf(Poisson(l), 2)
	(l^2 + 2 l + 2) exp(-l)/2
check diff(cdf(Exponential(l), x), x) == pdf(Exponential(l), x)
	ok (symbolic)
check diff(cdf(Weibull(k, lambda), x), x) == pdf(Weibull(k, lambda), x)
	ok (numeric, 20 random points, 30 digits)
check diff(cdf(Gumbel(m, b), x), x) == pdf(Gumbel(m, b), x)
	ok (symbolic)
check diff(cdf(Kumaraswamy(a, b), x), x) == pdf(Kumaraswamy(a, b), x)
	ok (numeric, 20 random points, 30 digits)

# The same families with numbers; small arguments keep their digits.
cdf(Exponential(2), 1e-12)
	2e-12
quantile(Exponential(2), 0.5)
	0.3465735903
cdf(Weibull(1.5, 2), 1)
	0.2978114987
quantile(Weibull(1.5, 2), 0.9)
	3.487443027
cdf(Gumbel(0.5, 2), -3)
	0.003168165149
quantile(Gumbel(0.5, 2), 0.1)
	-1.16806489
cdf(Logistic(1, 0.5), -20)
	5.749522264e-19
quantile(Logistic(1, 0.5), 0.25)
	0.4506938557
cdf(Pareto(1, 3), 2)
	0.875
quantile(Pareto(1, 3), 0.5)
	1.25992105
cdf(Uniform(-1, 2), 0.5)
	0.5
cdf(Uniform(-1, 2), 3)
	1
cdf(Exponential(2), -1)
	0
quantile(Uniform(-1, 2), 0.25)
	-0.25

# Laplace is piecewise: a numeric x − mu (or u) picks the piece.
cdf(Laplace(0.5, 2), -1)
	0.2361832764
cdf(Laplace(0.5, 2), 2)
	0.7638167236
quantile(Laplace(0.5, 2), 0.1)
	-2.718875825
quantile(Laplace(0.5, 2), 0.9)
	3.718875825

# Cauchy: atan2(1, −z)/π, accurate in both tails.
cdf(Cauchy(0, 1), -1e10)
	3.183098862e-11
cdf(Cauchy(1, 3), 4)
	0.75
quantile(Cauchy(1, 3), 0.75)
	4

# Through the incomplete gamma and beta functions.
cdf(Gamma(3, 1.5), 0.5)
	0.04050543974
cdf(Gamma(0.5, 2), 1e-20)
	1.595769122e-10
quantile(Gamma(3, 1.5), 0.5)
	1.782706876
cdf(Chi2(3), 7.815)
	0.950006097
quantile(Chi2(3), 0.95)
	7.814727903
cdf(Chi(2), 1)
	0.3934693403
cdf(InverseGamma(3, 2), 0.1)
	4.555149506e-07
quantile(InverseGamma(3, 2), 0.5)
	0.7479262864
cdf(Beta(2, 5), 0.1)
	0.114265
quantile(Beta(2, 5), 0.5)
	0.2644499833
cdf(StudentT(3, 0, 1), -10)
	0.001064199529
cdf(StudentT(30, 1, 2), 0.999)
	0.4998021839
quantile(StudentT(3, 0, 1), 0.975)
	3.182446305
cdf(LogNormal(0.5, 2), 1)
	0.3618368049
quantile(LogNormal(0.5, 2), 0.1)
	0.2691766012
cdf(HalfNormal(2), 1)
	0.3829249225
quantile(HalfNormal(2), 0.5)
	1.3489795

# Above the median the quantile comes from 1 − u and the survival function.
quantile(N(0, 1), 0.999999999)
	5.997807015
quantile(Beta(2, 5), 0.9999999999)
	0.9930035513
quantile(Gamma(50, 1), 0.999999)
	91.06338856

# Discrete families: F(x) = F(⌊x⌋); the quantile is the least k with F(k) ≥ u.
cdf(Poisson(3), 2)
	0.4231900811
cdf(Poisson(3), 2.5)
	0.4231900811
cdf(Poisson(100), 70)
	0.0009714440283
quantile(Poisson(3), 0.5)
	3
cdf(Binomial(20, 0.25), 5)
	0.6171726544
cdf(Binomial(200, 0.01), 0)
	0.1339796749
quantile(Binomial(20, 0.25), 0.9)
	8
cdf(Bernoulli(0.3), 0)
	0.7
quantile(Bernoulli(0.3), 0.5)
	0
cdf(Geometric(0.125), 10)
	0.7369244238
quantile(Geometric(0.125), 0.5)
	6
cdf(Categorical([0.2, 0.3, 0.5]), 2)
	0.5
quantile(Categorical([0.2, 0.3, 0.5]), 0.6)
	3

# Kumaraswamy in closed form; TruncatedNormal through Mills' ratio, far
# in a tail too; VonMises from its Fourier series; NegativeBinomial
# through the incomplete beta function.
cdf(Kumaraswamy(2, 3), 0.5)
	0.578125
quantile(Kumaraswamy(2, 3), 0.9)
	0.7320116916
cdf(TruncatedNormal(0, 1, -1, 2), 0.5)
	0.6508804213
quantile(TruncatedNormal(0, 1, 10, 12), 0.5)
	10.06841184
cdf(VonMises(1, 2), 0)
	0.1239297618
quantile(VonMises(1, 2), 0.25)
	0.4352728786
cdf(NegativeBinomial(3, 0.4), 4)
	0.580096
quantile(NegativeBinomial(3, 0.4), 0.5)
	4

# A mixture: the weighted sum of its components' cdfs.
cdf(Mixture([0.5, 0.5], [N(0, 1), N(3, 1)]), 1)
	0.432047439
quantile(Mixture([0.5, 0.5], [N(0, 1), N(3, 1)]), 0.3)
	0.2457412679
quantile(Mixture([0.5, 0.5], [N(0, 1), Gamma(3, 1)]), 0.99999999)
	23.42747817

# Round trips.
check cdf(Gamma(3, 1.5), quantile(Gamma(3, 1.5), 0.3)) == 0.3 tol=1e-12
	ok (|a − b| = 0 ≤ 1e-12)
check cdf(N(0, 1), quantile(N(0, 1), 0.01)) == 0.01 tol=1e-12
	ok (|a − b| = 0 ≤ 1e-12)
check cdf(Exponential(2), quantile(Exponential(2), 0.7)) == 0.7
	ok (exact)

# At :precision, closed forms give every digit asked for.
:precision 30
cdf(Exponential(2), 1e-12)
	1.99999999999800000000000133333e-12
quantile(Logistic(1, 0.5), 0.25)
	0.450693855665945154302377381539
cdf(Poisson(3), 2)
	0.423190081126843515324410533026
