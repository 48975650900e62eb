# Errors of symbolic linear algebra and indexing: each names its line:col and reason.
inv([[a, a], [a, a]])
	2:1: inv: the matrix is singular: its determinant simplifies to 0
		inv([[a, a], [a, a]])
		^
inv([[a, b], [a (a + b), a b + b^2]])
	6:1: inv: the matrix is singular: its determinant simplifies to 0
		inv([[a, b], [a (a + b), a b + b^2]])
		^
solve([[x, 1], [x^2, x]], [1, 2])
	10:1: solve: the matrix is singular: its determinant simplifies to 0
		solve([[x, 1], [x^2, x]], [1, 2])
		^
det([[a, b, c], [1, 2, 3]])
	14:1: det needs a square matrix, not a 2×3 matrix
		det([[a, b, c], [1, 2, 3]])
		^
inv([[a, b, c], [1, 2, 3]])
	18:1: inv needs a square matrix, not a 2×3 matrix
		inv([[a, b, c], [1, 2, 3]])
		^
[[a, b], [c, d]]^x
	22:18: a matrix power must be a whole number, not the expression x
		[[a, b], [c, d]]^x
		                 ^
[[a, b], [c, d]]^(1/2)
	26:19: a matrix power must be a whole number, not 0.5
		[[a, b], [c, d]]^(1/2)
		                  ^
[[a, b], [c, d], [1, 2]]^2
	30:25: ^ needs a square matrix, not a 3×2 matrix
		[[a, b], [c, d], [1, 2]]^2
		                        ^
[[a, b], [b, a]]^100
	34:17: ^: power 100 of a symbolic matrix too large (at most 64 in absolute value)
		[[a, b], [b, a]]^100
		                ^
logdet([[a, 1], [1, 1/a]])
	38:1: logdet: the determinant simplifies to 0, not a positive number
		logdet([[a, 1], [1, 1/a]])
		^
[1, 2, 3][4]
	42:11: index 4 out of range: a 3-vector has 3 entries (indices count from 1)
		[1, 2, 3][4]
		          ^
[1, 2, 3][0]
	46:11: index 0 out of range: a 3-vector has 3 entries (indices count from 1)
		[1, 2, 3][0]
		          ^
[1, 2, 3][1.5]
	50:11: an index must be a whole number, not 1.5
		[1, 2, 3][1.5]
		          ^
[1, 2, 3][3:2]
	54:11: empty range 3:2: a range i:j needs i ≤ j (both ends are included)
		[1, 2, 3][3:2]
		          ^
[1, 2, 3][1, 1]
	58:10: a 3-vector takes one index, v[i], not 2
		[1, 2, 3][1, 1]
		         ^
[1, 2, 3][n]
	62:11: an index must be a number, not the expression n
		[1, 2, 3][n]
		          ^
[[1, 2], [3, 4]][3, 1]
	66:18: index 3 out of range: a 2×2 matrix has 2 rows (indices count from 1)
		[[1, 2], [3, 4]][3, 1]
		                 ^
[[1, 2], [3, 4]][1, 5]
	70:21: index 5 out of range: a 2×2 matrix has 2 columns (indices count from 1)
		[[1, 2], [3, 4]][1, 5]
		                    ^
[[1, 2], [3, 4]][1]
	74:17: a 2×2 matrix takes two indices, A[i, j], not 1
		[[1, 2], [3, 4]][1]
		                ^
[[1, 2], [3, 4]][0:1, 1]
	78:18: index 0 out of range: a 2×2 matrix has 2 rows (indices count from 1)
		[[1, 2], [3, 4]][0:1, 1]
		                 ^
x[1]
	82:2: cannot index x: only vectors and matrices have entries
		x[1]
		 ^
N(0, 1)[1]
	86:8: cannot index a distribution: only vectors and matrices have entries
		N(0, 1)[1]
		       ^
v[]
	90:3: expected an index, found ']'
		v[]
		  ^
v[1:2:3]
	94:6: expected ',' or ']' to close '[' at 94:2, found ':'
		v[1:2:3]
		     ^
[1, 2] [1]
	98:8: unexpected '[': is an operator missing before it?
		[1, 2] [1]
		       ^
solve([[1, 2], [3, 4]], [1, 2, 3])
	102:25: solve: the right-hand side is a 3-vector, but A is 2×2: it needs 2 rows
		solve([[1, 2], [3, 4]], [1, 2, 3])
		                        ^
solve([[1, 2], [2, 4]], [1, 2])
	106:1: solve: matrix is singular
		solve([[1, 2], [2, 4]], [1, 2])
		^
logdet([[0, 1], [1, 0]])
	110:1: logdet: det A = -1 is negative; logdet needs det A > 0
		logdet([[0, 1], [1, 0]])
		^
logdet([[1, 2], [3, 4.5]])
	114:1: logdet: det A = -1.5 is negative; logdet needs det A > 0
		logdet([[1, 2], [3, 4.5]])
		^
logdet([[1, 2], [2, 4]])
	118:1: logdet: matrix is singular (det A = 0)
		logdet([[1, 2], [2, 4]])
		^
sqrtm([[1, 2], [2, 1]])
	122:1: sqrtm: matrix is not positive semi-definite (eigenvalue -1)
		sqrtm([[1, 2], [2, 1]])
		^
sqrtm([[1, 2], [3, 4]])
	126:1: sqrtm needs a symmetric matrix
		sqrtm([[1, 2], [3, 4]])
		^
sqrtm([[a, 0], [0, 1]])
	130:1: sqrtm needs a numeric matrix; this one has symbolic entries
		sqrtm([[a, 0], [0, 1]])
		^
zeros(0)
	134:7: zeros: the number of rows must be between 1 and 2048, not 0
		zeros(0)
		      ^
ones(2, 1.5)
	138:9: ones: the number of columns must be a whole number, not 1.5
		ones(2, 1.5)
		        ^
zeros(3000, 3000)
	142:7: zeros: the number of rows must be between 1 and 2048, not 3000
		zeros(3000, 3000)
		      ^
outer([1, 2], [[1, 2], [3, 4]])
	146:1: outer needs two vectors, not a 2-vector and a 2×2 matrix
		outer([1, 2], [[1, 2], [3, 4]])
		^
norm(3)
	150:6: norm needs a matrix, not 3
		norm(3)
		     ^
sum(x)
	154:5: sum needs a matrix, not x
		sum(x)
		    ^
logsumexp(2)
	158:11: logsumexp needs a matrix, not 2
		logsumexp(2)
		          ^
sin(1, 2)
	162:1: sin takes 1 argument, not 2: sin(x)
		sin(1, 2)
		^
sin([1, 2])
	166:5: sin: the argument must be a number or an expression, not a 2-vector
		sin([1, 2])
		    ^
sum([1e308, 1e308])
	170:1: overflow: sum is out of range
		sum([1e308, 1e308])
		^
