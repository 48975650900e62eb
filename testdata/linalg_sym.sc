# Symbolic linear algebra: a covariance with symbolic entries.
S = [[a, c], [c, b]]
det(S)
	a b - c^2
inv(S)
	[ -b/(c^2 - a b)   c/(c^2 - a b) ]
	[  c/(c^2 - a b)  -a/(c^2 - a b) ]
check inv([[a, c], [c, b]]) * [[a, c], [c, b]] == I(2)
	ok (exact)
check det(S) * inv(S) == [[b, -c], [-c, a]]
	ok (symbolic)
logdet(S)
	log(a b - c^2)
tr(S)
	a + b
S^2
	[ a^2 + c^2  (a + b) c ]
	[ (a + b) c  b^2 + c^2 ]
check S^-1 == inv(S)
	ok (symbolic)
check S^-2 * S^2 == I(2)
	ok (exact)
solve(S, [1, 2])
	[(2 c - b)/(c^2 - a b), (c - 2 a)/(c^2 - a b)]
check S * solve(S, [1, 2]) == [1, 2]
	ok (exact)

# Three and four dimensions, with exact entries.
T = [[x, 1, 0], [1, x, 1], [0, 1, x]]
det(T)
	x^3 - 2 x
inv(T)
	[  (1 - x^2)/(2 x - x^3)  -1/(x^2 - 2)  -1/(2 x - x^3)         ]
	[ -1/(x^2 - 2)             x/(x^2 - 2)  -1/(x^2 - 2)           ]
	[ -1/(2 x - x^3)          -1/(x^2 - 2)   (1 - x^2)/(2 x - x^3) ]
check inv(T) * T == I(3)
	ok (exact)
B = [[a, b, 0, 0], [b, a, b, 0], [0, b, a, b], [0, 0, b, a]]
det(B)
	a^4 + b^4 - 3 a^2 b^2
check inv(B) * B == I(4)
	ok (exact)
check det(B^2) == det(B)^2
	ok (symbolic)
det([[a, 0.5], [0.5, 1/4]])
	a/4 - 1/4

# The Gaussian conditional: Σ₁₁ − Σ₁₂ Σ₂₂⁻¹ Σ₂₁ on a symbolic covariance.
C = [[s1, r], [r, s2]]
C[1, 1] - C[1, 2] * inv(C[2:2, 2:2])[1, 1] * C[2, 1]
	s1 - r^2/s2
check C[1, 1] - C[1, 2]^2 / C[2, 2] == det(C) / C[2, 2]
	ok (symbolic)

# Indexing counts from 1; ranges include both ends.
v = [10, 20, 30, 40]
v[2]
	20
v[2:3]
	[20, 30]
v[:2]
	[10, 20]
v[3:]
	[30, 40]
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
A[2, 3]
	6
A[1:2, 2]
	[2, 5]
A[:, 1]
	[1, 4, 7]
A[3, :]
	[7, 8, 10]
A[2:3, 2:3]
	[ 5   6 ]
	[ 8  10 ]
inv(A)[1, 2]
	-1.333333333
inv(S)[1, 2]
	c/(c^2 - a b)
[[1, 2], [3, 4]][2, 1]
	3
det(A[1:2, 1:2])
	-3
v[1] + v[4]
	50

# Matrix functions on numbers go through gonum.
solve([[2, 1], [1, 3]], [1, 2])
	[0.2, 0.6]
solve([[4, 1], [1, 3]], [[1, 0], [0, 1]])
	[  0.2727272727   -0.09090909091 ]
	[ -0.09090909091   0.3636363636  ]
logdet([[2, 1], [1, 2]])
	1.098612289
logdet([[4, 2], [2, -1]] * [[4, 2], [2, -1]])
	4.158883083
sum([1, 2, 3])
	6
sum([[1, 2], [3, 4]])
	10
sum([a, b, c])
	a + b + c
norm([3, 4])
	5
norm([[1, 2], [3, 4]])
	5.477225575
norm([a, b])
	sqrt(a^2 + b^2)
zeros(3)
	[0, 0, 0]
zeros(2, 3)
	[ 0  0  0 ]
	[ 0  0  0 ]
ones(3)
	[1, 1, 1]
ones(2, 2)
	[ 1  1 ]
	[ 1  1 ]
outer([1, 2], [3, 4, 5])
	[ 3  4   5 ]
	[ 6  8  10 ]
outer([a, b], [c, 1])
	[ a c  a ]
	[ b c  b ]
sqrtm([[2, 1], [1, 2]])
	[ 1.366025404   0.3660254038 ]
	[ 0.3660254038  1.366025404  ]
sqrtm([[4, 2], [2, 1]])
	[ 1.788854382  0.894427191  ]
	[ 0.894427191  0.4472135955 ]
check sqrtm([[5, 2], [2, 3]]) * sqrtm([[5, 2], [2, 3]]) == [[5, 2], [2, 3]] tol=1e-12
	ok (largest |a − b| = 2.22e-15 ≤ 1e-12)
check sqrtm([[4, 0], [0, 9]]) == [[2, 0], [0, 3]]
	ok (exact)
logsumexp([1, 2, 3])
	3.407605964
logsumexp([1000, 1000])
	1000.693147
logsumexp([-1000, -1001])
	-999.6867383
logsumexp([a, b])
	log(exp(a) + exp(b))

# Elementary functions.
sin(pi/6)
	0.5
cos(pi/3)
	0.5
sin(pi/4)
	0.7071067812
cos(5 pi/6)
	-0.8660254038
sin(1)
	0.8414709848
cos(1)
	0.5403023059
tanh(1)
	0.761594156
sigmoid(0)
	0.5
sigmoid(2)
	0.880797078
sigmoid(-40)
	4.248354255e-18
sin(-x)
	-sin(x)
diff(sigmoid(x), x)
	sigmoid(x) - sigmoid(x)^2
diff(tanh(x), x)
	1 - tanh(x)^2
diff(sin(x) cos(x), x)
	cos(x)^2 - sin(x)^2
diff(log(sigmoid(w x)), w)
	x - x sigmoid(w x)
check diff(sigmoid(x), x) == sigmoid(x) * sigmoid(-x)
	ok (numeric, 20 random points, 30 digits)
check tanh(x) == 2 sigmoid(2 x) - 1
	ok (numeric, 20 random points, 30 digits)
check sin(x)^2 + cos(x)^2 == 1
	ok (numeric, 20 random points, 30 digits)
:format latex
sigmoid(x) (1 - sigmoid(x)) + sin(x)
	\sin(x) - (\sigma(x) - 1) \sigma(x)
:format plain
:precision 40
sin(1)
	0.8414709848078965066525023216302989996226
cos(2)
	-0.416146836547142386997568229500762189766
tanh(0.5)
	0.4621171572600097585023184836436725487303
sigmoid(-3)
	0.04742587317756678087884815177175220138618
sin(pi + 1e-30)
	-1e-30
:precision 0

# A derivation carried through: least squares on three points, and the
# gradient of the logistic log-likelihood.
X = [[1, x1], [1, x2], [1, x3]]
yv = [y1, y2, y3]
beta = solve(transpose(X) * X, transpose(X) * yv)
beta[2]
	(2 x1 y1 - x1 y2 - x1 y3 - x2 y1 + 2 x2 y2 - x2 y3 - x3 y1 - x3 y2 + 2 x3 y3)/(2 (x1^2 + x2^2 + x3^2 - x1 x2 - x1 x3 - x2 x3))
check transpose(X) * (yv - X * beta) == [0, 0]
	ok (exact)
check beta == inv(transpose(X) * X) * transpose(X) * yv
	ok (symbolic)
diff(y log(sigmoid(w x)) + (1 - y) log(1 - sigmoid(w x)), w)
	(y - sigmoid(w x)) x
check diff(y log(sigmoid(w x)) + (1 - y) log(1 - sigmoid(w x)), w) == (y - sigmoid(w x)) x
	ok (symbolic)
