S = [[2, 0.5], [0.5, 1]]
p = N([0, 0], S)
p
	N(μ = [0, 0], Σ = [[2, 0.5], [0.5, 1]])
q = N([1, -1], I(2))
q
	N(μ = [1, -1], Σ = [[1, 0], [0, 1]])
N(0, 1)
	N(μ = 0, σ² = 1)
N(1, 4)
	N(μ = 1, σ² = 4)
N([1, 2], 3)
	N(μ = [1, 2], Σ = [[3, 0], [0, 3]])
mean(p)
	[0, 0]
cov(p)
	[ 2    0.5 ]
	[ 0.5  1   ]
var(N(1, 4))
	4
mean(N(1, 4))
	1
kl(p, q)
	1.220192106
kl(q, p)
	1.279807894
kl(p, p)
	0
bhattacharyya(p, q)
	0.3024183651
bhattacharyya(q, p)
	0.3024183651
hellinger(p, q)
	0.5108533876
renyi(p, q, 0.5)
	0.6048367302
renyi(p, q, 1)
	1.220192106
w2(p, q)
	1.499280509
w2(p, p)
	0
entropy(p)
	3.11768496
cross_entropy(p, q)
	4.337877066
mahalanobis([1, 1], p)
	1.069044968
logpdf(p, [0, 0])
	-2.11768496
pdf(N(0, 1), 0)
	0.3989422804
kl(N(0, 1), N(1, 2))
	0.3465735903
entropy(N(0, 1))
	1.418938533
# A point mass is a valid normal for W2.
w2(N([0, 0], [[0, 0], [0, 0]]), N([3, 4], [[0, 0], [0, 0]]))
	5
:units bits
kl(p, q)
	1.7603651
entropy(N(0, 1))
	2.047095585
:units nats
N(m, s^2)
	N(μ = m, σ² = s^2)
# Matrices from files: commas or white space; blank lines and # comments skipped.
S = read_matrix("../testdata/matrices/cov.csv")
S
	[ 2    0.5 ]
	[ 0.5  1   ]
read_matrix("../testdata/matrices/cov3.txt")
	[ 2    0.5  0 ]
	[ 0.5  1    0 ]
	[ 0    0    3 ]
kl(N([0, 0], S), N([1, -1], I(2)))
	1.220192106
# Results carry an error estimate: no digit is printed that it does not vouch for.
:digits 17
kl(N([0, 0], [[2, 0.5], [0.5, 1]]), N([1, -1], I(2)))
	1.22019210603229
	warning: computed in float64: 15 significant digits can be trusted (relative error ≈ 8.209e-16)
:digits 10
kl(N([0, 0], [[1, 0], [0, 1e-12]]), N([0, 0], [[2, 0], [0, 1]]))
	13.41208415
