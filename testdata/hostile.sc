# Numbers that must print exactly as they are.

# Trailing zeros of an integer are digits, at any precision.
:precision 30
1000
	1000
2^10*5^3
	128000
10^29
	100000000000000000000000000000
1/8
	0.125
:precision 0
# Exact integers print in full up to 17 digits (more at :precision N).
123456789012
	123456789012
-98765432109876543
	-98765432109876543
10^6
	1000000
2^64
	1.844674407e+19

# Values below the float64 range go through decimal arithmetic.
pdf(N(0, 1), 40)
	1.463270251e-348
pdf(N([0], [[1]]), [40])
	1.463270251e-348
exp(-1000)
	5.075958898e-435
1e-400
	1e-400
[1e-300] * 1e-300
	[1e-600]
dot([1e-200, 0], [1e-200, 5])
	1e-400

# Beyond float64: exact values (or values known to enough digits) print in
# decimal; float64 overflow is never printed as a value.
tr([[1e308, 0], [0, 1e308]])
	2e+308
dot([1e308], [1e308])
	1e+616
dot([1e308, 1e308], [10, -10])
	0
logpdf(N(0, 1), 1e308)
	-5e+615
[1e308] * 10
	[1e+309]
[1e308] + [1e308]
	[2e+308]
[[1e308, 0], [0, 1e300]] * [[10, 0], [0, 1]]
	[ 1e+309  0      ]
	[ 0       1e+300 ]
[1e309, -1e309]
	[1e+309, -1e+309]
[1e-400, 2e-400]
	[1e-400, 2e-400]
t + 1e309
	t + 1e+309
mean(N(1e308, 1)) * 10
	1e+309

# Uniform draws a(1 − u) + b u, which stays finite.
sample(Uniform(-1e308, 1e308), 3)
	[-5.231536183e+307, 1.842775852e+305, -9.000017764e+307]

# Determinants and inverses at extreme scales: the determinant through its
# LU factors (mantissa and exponent apart), singularity by the condition number.
det(I(2048) * 0.5)
	3.094346047e-617
det([[1e200, 1], [1, -1e200]])
	-1e+400
det(I(3) * 1e-300)
	1e-900
inv([[1e-308, 0], [0, 1e-308]])
	[ 1e+308  0      ]
	[ 0       1e+308 ]
inv([[1e-310, 0], [0, 1e-308]])
	[ 1e+310  0      ]
	[ 0       1e+308 ]
det([[1e309, 2e309], [3e309, 4e309]])
	-2e+618
inv([[1e309, 1e300], [2e300, 3e309]])
	[  1e-309            -3.333333333e-319 ]
	[ -6.666666667e-319   3.333333333e-310 ]
det([[1.2345e400, 0], [0, 1]])
	1.2345e+400
I(2) * 1e309
	[ 1e+309  0      ]
	[ 0       1e+309 ]
eig([[1e308, 1e308], [1e308, 1e308]])
	[0, 2e+308]
eig([[2e-308, 1e-308], [1e-308, 2e-308]])
	[1e-308, 3e-308]

# Closed forms of univariate normals beyond float64 are evaluated exactly.
kl(N(0, 1e300), N(0, 1e-300))
	5e+599
bhattacharyya(N(0, 1), N(1e200, 1))
	1.25e+399
entropy(N(0, 1e-320))
	-366.9946763

# check compares exact values exactly; only tol= allows a tolerance.
check x + 10^-40 == x + 1/10^40
	ok (symbolic)
check 1e-330 == 0 tol=1e-300
	ok (|a − b| = 1e-330 ≤ 1e-300)
check 1e400 == 10^400
	ok (exact)
check 0.1 + 0.2 == 0.3
	ok (exact)

# Rényi divergences of order α > 1 inside the natural parameter space.
renyi(Gamma(2, 1), Gamma(3, 1), 1.4)
	0.4116677663
renyi(Gamma(2, 1), Gamma(3, 1), 2)
	0.6931471806
renyi(Exponential(1), Exponential(3), 1.4)
	2.924982492
renyi(Beta(2, 2), Beta(3, 3), 2)
	0.1823215568
renyi(Geometric(0.5), Geometric(0.6), 2)
	0.1053605157
renyi(LogNormal(0, 1), LogNormal(0, 2), 2)
	0.1438410362
renyi(Dirichlet([2, 2]), Dirichlet([3, 3]), 2)
	0.1823215568
# Rényi divergences of order α > 1 that are +∞: α η_p + (1−α) η_q leaves the natural parameter space.
renyi(Gamma(2, 1), Gamma(3, 1), 9.5)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 9.5)
renyi(Exponential(1), Exponential(3), 2)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 2)
renyi(Exponential(1), Exponential(3), 1.5)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 1.5)
renyi(Beta(1, 1), Beta(5.5, 5.5), 2)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 2)
renyi(Geometric(0.5), Geometric(0.9), 30)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 30)
renyi(LogNormal(0, 4), LogNormal(0, 1), 9.5)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 9.5)
renyi(Dirichlet([1, 1]), Dirichlet([5, 5]), 2)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 2)
renyi(N(0, 4), N(0, 1), 9.5)
	Inf  (9.5·Σ_q − 8.5·Σ_p is not positive definite)
:precision 20
renyi(N(0, 4), N(0, 1), 9.5)
	Inf  (α η_p + (1−α) η_q leaves the natural parameter space for α = 9.5)
:precision 0
renyi(N([0, 0], [[2, 0.5], [0.5, 1]]), N([1, -1], I(2)), 2)
	Inf  (2·Σ_q − 1·Σ_p is not positive definite)
