# Multivariate normals with symbolic entries: the closed forms of the
# multivariate-normal literature, derived through symbolic linear algebra.
S1 = [[a, c], [c, b]]
S2 = [[d, f], [f, g]]
mu1 = [m1, m2]
mu2 = [n1, n2]
p = N(mu1, S1)
q = N(mu2, S2)

# Each divergence against its textbook formula, written with the matrices.
check kl(N(mu1, S1), N(mu2, S2)) == (tr(inv(S2) S1) + transpose(mu2 - mu1) inv(S2) (mu2 - mu1) - 2 + log(det(S2)/det(S1)))/2
	ok (symbolic)
check bhattacharyya(p, q) == transpose(mu2 - mu1) inv((S1 + S2)/2) (mu2 - mu1)/8 + log(det((S1 + S2)/2)/sqrt(det(S1) det(S2)))/2
	ok (numeric, 20 random points, 30 digits)
check hellinger(p, q) == sqrt(1 - exp(-bhattacharyya(p, q)))
	ok (symbolic)
check renyi(p, q, 1/2) == 2 bhattacharyya(p, q)
	ok (symbolic)
check renyi(p, q, t) == t/2 transpose(mu2 - mu1) inv(t S2 + (1 - t) S1) (mu2 - mu1) - log(det(t S2 + (1 - t) S1)/(det(S1)^(1 - t) det(S2)^t))/(2 (t - 1))
	ok (symbolic)
check cross_entropy(p, q) == entropy(p) + kl(p, q)
	ok (symbolic)
check entropy(p) == log(det(2 pi e S1))/2
	ok (symbolic)
x = [x1, x2]
check logpdf(p, x) == -log(det(2 pi S1))/2 - transpose(x - mu1) inv(S1) (x - mu1)/2
	ok (symbolic)
check pdf(p, x) == exp(logpdf(p, x))
	ok (symbolic)

# Closed forms as printed.
kl(N([m1, m2], v I(2)), N([0, 0], w I(2)))
	(m1^2 + m2^2 + 2 v)/(2 w) + log(w/v) - 1
entropy(p)
	log(4 (a b - c^2) pi^2)/2 + 1
bhattacharyya(N([m1, m2], diag([s1, s2])), N([0, 0], diag([s1, s2])))
	m1^2/(8 s1) + m2^2/(8 s2)
renyi(N([m1, m2], v I(2)), N([0, 0], w I(2)), 1/2)
	(m1^2 + m2^2)/(2 (v + w)) - log(4 v w/(v + w)^2)
cross_entropy(N([m1, m2], v I(2)), N([0, 0], w I(2)))
	(m1^2 + m2^2 + 2 v)/(2 w) + log(2 pi w)
logpdf(N([m1, m2], v I(2)), [x1, x2])
	-((m1 - x1)^2 + (m2 - x2)^2)/(2 v) - log(2 pi v)
mahalanobis([x1, x2], N([m1, m2], diag([s1, s2])))
	sqrt((m1 - x1)^2/s1 + (m2 - x2)^2/s2)

# The score: derivatives of log p(x) by the symbols of μ and Σ, in the
# order they first appear.
score(N([m1, m2], v I(2)), [x1, x2])
	[(x1 - m1)/v, (x2 - m2)/v, (m1 - x1)^2/(2 v^2) + (m2 - x2)^2/(2 v^2) - 1/v]
check score(p, x)[1:2] == inv(S1) (x - mu1)
	ok (symbolic)

# Expectations of polynomials in x1, x2: E[x], E[x xᵀ] = Σ + μμᵀ,
# E[xᵀAx] = tr(AΣ) + μᵀAμ, and Isserlis' fourth moment.
expect(p, x)
	[m1, m2]
expect(p, x * transpose(x))
	[ m1^2 + a   m1 m2 + c ]
	[ m1 m2 + c  m2^2 + b  ]
check expect(p, x * transpose(x)) == S1 + mu1 * transpose(mu1)
	ok (symbolic)
A = [[1, 2], [3, 4]]
check expect(p, transpose(x) A x) == tr(A S1) + transpose(mu1) A mu1
	ok (symbolic)
expect(N([0, 0], S1), x1^2 x2^2)
	2 c^2 + a b
expect(N([0, 0, 0], diag([s1, s2, s3])), u^2 v^2 w^2, [u, v, w])
	s1 s2 s3
mean(p)
	[m1, m2]
cov(p)
	[ a  c ]
	[ c  b ]

# Wasserstein-2 where tr((Σp^½ Σq Σp^½)^½) has a closed form: diagonal
# or isotropic covariances, any 2×2, proportional blocks.
w2(N([m1, m2], diag([s1, s2])), N([0, 0], diag([t1, t2])))
	sqrt(m1^2 + m2^2 + (sqrt(s1) - sqrt(t1))^2 + (sqrt(s2) - sqrt(t2))^2)
w2(N(mu, s^2 I(3)), N(mu, r^2 I(3)))
	sqrt(3) abs(abs(r) - abs(s))
w2(p, N([0, 0], I(2)))
	sqrt(m1^2 + m2^2 + a + b - 2 sqrt(a + b + 2 sqrt(a b - c^2)) + 2)
check w2(p, q)^2 == (n1 - m1)^2 + (n2 - m2)^2 + tr(S1) + tr(S2) - 2 sqrt(tr(S1 S2) + 2 sqrt(det(S1) det(S2)))
	ok (symbolic)

# Numbers: substituted into a closed form, they agree with the numeric
# multivariate-normal code.
subs(kl(p, q), m1=0, m2=1, n1=1, n2=-1, a=2, b=1, c=0.5, d=1, g=3, f=-0.25)
	1.514290695
kl(N([0, 1], [[2, 0.5], [0.5, 1]]), N([1, -1], [[1, -0.25], [-0.25, 3]]))
	1.514290695
subs(w2(p, q), m1=0, m2=1, n1=1, n2=-1, a=2, b=1, c=0.5, d=1, g=3, f=-0.25)
	2.430200649
w2(N([0, 1], [[2, 0.5], [0.5, 1]]), N([1, -1], [[1, -0.25], [-0.25, 3]]))
	2.430200649
subs(renyi(p, q, 0.3), m1=0, m2=1, n1=1, n2=-1, a=2, b=1, c=0.5, d=1, g=3, f=-0.25)
	0.722762574
subs(p, m1=0, m2=1, a=2, b=1, c=0.5)
	N(μ = [0, 1], Σ = [[2, 0.5], [0.5, 1]])
kl(N([m1, m2], [[2, 0.5], [0.5, 1]]), N([0, 0], I(2)))
	m1^2/2 + m2^2/2 - log(7/4)/2 + 1/2

# :steps on shows the closed form and the determinants it used.
:steps on
kl(N([m1, m2], [[a, c], [c, b]]), N([0, 0], v I(2)))
	  KL(p‖q) = ½[tr(Σq⁻¹Σp) + Δᵀ Σq⁻¹ Δ − k + ln(det Σq / det Σp)], Δ = μq − μp
	  det Σp = a b - c^2
	  det Σq = v^2
	(m1^2 + m2^2 + a + b)/(2 v) + log(-v^2/(c^2 - a b))/2 - 1
:steps off
# +∞ where α Σq + (1 − α) Σp is provably not positive definite.
renyi(N([m1, m2], I(2)), N([0, 0], [[0.4, 0], [0, 2]]), 3)
	Inf  (α Σq + (1 − α) Σp is not positive definite at α = 3 (its diagonal entry [1, 1] is -0.8))
fisher(N([m1, m2], a I(2)))
	[ 1/a  0    0          0      0         ]
	[ 0    1/a  0          0      0         ]
	[ 0    0    1/(2 a^2)  0      0         ]
	[ 0    0    0          1/a^2  0         ]
	[ 0    0    0          0      1/(2 a^2) ]
	in (μ, vech Σ): μ, then the lower triangle of Σ column by column
# A symbolic normal held in a variable has its Fisher information too: Σ⁻¹ about μ.
q = N([m1, m2], [[a, c], [c, b]])
check fisher(q, "mean") == inv([[a, c], [c, b]])
	ok (symbolic)
