# Values a user can trust: names stand for what they hold, containers keep
# exact values exactly, constant matrices are numeric, and check compares
# values of the same content written in different shapes.

# A variable that holds free symbols stands for them.
W = [x, y]
gradient(x^2 y, W)
	[2 x y, x^2]
hessian(x^2 y, W)
	[ 2 y  2 x ]
	[ 2 x  0   ]
z = x
diff(x^2, z)
	2 x
gradient(x^2 y, [z, y])
	[2 x y, x^2]
expect(N(m, v), (x - m)^2, z)
	v

# Vectors and matrices keep exact entries (1/3, log(2), pi) exactly through
# arithmetic, transpose, products and subs, and print them as scalars print.
[1/3, l]
	[0.3333333333, l]
[1/3, 1]
	[0.3333333333, 1]
check [1/3 + l] == transpose([1/3, l]) * [1, 1]
	ok (symbolic)
v = [1/3, log(2), pi]
v
	[0.3333333333, 0.6931471806, 3.141592654]
2 v - v
	[0.3333333333, 0.6931471806, 3.141592654]
check 3 v == [1, 3 log(2), 3 pi]
	ok (exact)
[1, 2] / 3
	[0.3333333333, 0.6666666667]
check [1, 2] / 3 == [1/3, 2/3]
	ok (exact)
[0.1, 0.2] * l
	[l/10, l/5]
check [0.1, l] + [0.2, 0] == [0.3, l]
	ok (symbolic)
A = [[1/3, 1/6], [1/6, 1/2]]
A * [3, 6]
	[2, 3.5]
transpose(A) * A
	[ 0.1388888889  0.1388888889 ]
	[ 0.1388888889  0.2777777778 ]
check transpose(A) * A == [[5/36, 5/36], [5/36, 10/36]]
	ok (exact)
subs([[a, 1/3], [1/3, a]], a=1/2)
	[ 0.5           0.3333333333 ]
	[ 0.3333333333  0.5          ]
check dot([1/3, l], [3, 1]) == 1 + l
	ok (symbolic)
[0.1234567890123456789, 1] - [0.1234567890123456788, 0]
	[1e-19, 1]
:precision 30
[1/3, log(2)]
	[0.333333333333333333333333333333, 0.693147180559945309417232121458]
[[1/3, 1], [1, 2]]
	[ 0.333333333333333333333333333333  1 ]
	[ 1                                 2 ]
:precision 0

# A matrix whose entries are all constants is a numeric matrix.
F = subs(fisher(Gamma(a, b)), a=2, b=3)
inv(F)
	[  6.899689091  10.34953364 ]
	[ 10.34953364   20.02430046 ]
det(F)
	0.03220757041
eig(F)
	[0.03888530573, 0.8282709833]
chol(F)
	[  0.803077871   0            ]
	[ -0.4150697527  0.2234710777 ]
H = hessian((u - 1)^2 + 3 (w + 2)^2 + u w, [u, w])
inv(H)
	[  0.5454545455   -0.09090909091 ]
	[ -0.09090909091   0.1818181818  ]
det(H)
	11
check inv(H) == [[6/11, -1/11], [-1/11, 2/11]]
	ok (exact)
check inv(H) * H == I(2)
	ok (exact)
det([[1/3, 1/7], [1/5, 1/2]])
	0.1380952381
inv([[1/3, 1/7], [1/5, 1/2]])
	[  3.620689655  -1.034482759 ]
	[ -1.448275862   2.413793103 ]
[[1/2, 1/3], [1/3, 1/4]]^3
	[ 0.2638888889  0.1828703704 ]
	[ 0.1828703704  0.1267361111 ]
P = [[1/2, 1/3], [1/3, 1/4]]
P^-2
	[   900  -1296 ]
	[ -1296   1872 ]
check P^-2 * P^2 == I(2)
	ok (exact)
eig([[2, 1/3], [1/3, 2]])
	[1.666666667, 2.333333333]
N([1/3, 0], [[1/2, 1/7], [1/7, 1/3]])
	N(μ = [0.3333333333, 0], Σ = [[0.5, 0.1428571429], [0.1428571429, 0.3333333333]])

# check compares a 1×1 matrix with a scalar and a vector with a one-column
# matrix; matrices compare entry by entry with the verdicts of scalars, and
# the verdict is the weakest of their entries'.
check [[1/3]] == 1/3
	ok (exact)
check transpose([1, l]) * [1, 1] == 1 + l
	ok (symbolic)
check [1, 2] == [[1], [2]]
	ok (exact)
check [[x], [2 x]] == [x, x + x]
	ok (symbolic)
check [1/3, 1] == [0.3333333333333333, 1]
	ok (equal to float64 rounding)
check [1, 2.0001] == [1, 2] tol=1e-3
	ok (largest |a − b| = 0.0001 ≤ 0.001)
