# A tour of statcalc. Run it with: go run ./cmd/statcalc examples/tour.sc

# Matrices, with gonum underneath.
S = [[2, 0.5], [0.5, 1]]
det(S) * inv(S)
eig(S)

# Normals: N(mu, Sigma), or N(m, v) with v the VARIANCE.
p = N([0, 0], S)
q = N([1, -1], I(2))
kl(p, q)
kl(q, p)
bhattacharyya(p, q)
hellinger(p, q)
renyi(p, q, 0.5)
w2(p, q)
entropy(p)
cross_entropy(p, q)

# Every closed form can be checked against a Monte-Carlo estimate.
mc kl(p, q) n=200000 seed=1
mc bhattacharyya(p, q) n=200000 seed=1

# Identities hold: KL(p‖q) = H(p, q) − H(p).
check kl(p, q) == cross_entropy(p, q) - entropy(p) tol=1e-12
# Rényi of order 1/2 is twice the Bhattacharyya distance.
check renyi(p, q, 0.5) == 2 bhattacharyya(p, q) tol=1e-12

# Symbols: derivatives, simplification, identities.
kl1 = log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2
diff(kl1, m1)
subs(kl1, m1=0, m2=0, s1=1, s2=1)
hessian(x^2*y + log(y), [x, y])
check digamma(a + 1) == digamma(a) + 1/a

# Families are exponential families: closed forms are derived, and the
# textbook identities hold in symbols.
kl(Gamma(a1, b1), Gamma(a2, b2))
fisher(Gamma(a, b))
check fisher(Gamma(a, b)) == -expect(Gamma(a, b), hessian(logpdf(Gamma(a, b), x), [a, b]))
s = score(N(m, v), x)
check fisher(N(m, v)) == expect(N(m, v), s * transpose(s))
mc kl(Gamma(2, 1), Gamma(3, 2)) n=200000 seed=1

# Forty digits where cancellation eats float64 alive.
:precision 40
log(1 + 1e-30) - 1e-30
:precision 0
