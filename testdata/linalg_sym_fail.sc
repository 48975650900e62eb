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
inv([[sqrt(a), 1], [a, sqrt(a)]])
	14:1: inv: the matrix is singular: its determinant simplifies to 0
		inv([[sqrt(a), 1], [a, sqrt(a)]])
		^
[[exp(a), 1], [exp(2 a), exp(a)]]^-1
	18:34: ^: the matrix is singular: its determinant simplifies to 0
		[[exp(a), 1], [exp(2 a), exp(a)]]^-1
		                                 ^
det([[a, b, c], [1, 2, 3]])
	22:1: det needs a square matrix, not a 2×3 matrix
		det([[a, b, c], [1, 2, 3]])
		^
inv([[a, b, c], [1, 2, 3]])
	26:1: inv needs a square matrix, not a 2×3 matrix
		inv([[a, b, c], [1, 2, 3]])
		^
[[a, b], [c, d]]^x
	30:18: a matrix power must be a whole number, not the expression x
		[[a, b], [c, d]]^x
		                 ^
[[a, b], [c, d]]^(1/2)
	34:19: a matrix power must be a whole number, not 0.5
		[[a, b], [c, d]]^(1/2)
		                  ^
[[a, b], [c, d], [1, 2]]^2
	38:25: ^ needs a square matrix, not a 3×2 matrix
		[[a, b], [c, d], [1, 2]]^2
		                        ^
[[a, b], [b, a]]^100
	42:17: ^: power 100 of a symbolic matrix too large (at most 64 in absolute value)
		[[a, b], [b, a]]^100
		                ^
logdet([[a, 1], [1, 1/a]])
	46:1: logdet: the determinant simplifies to 0, not a positive number
		logdet([[a, 1], [1, 1/a]])
		^
[1, 2, 3][4]
	50:11: index 4 out of range: a 3-vector has 3 entries (indices count from 1)
		[1, 2, 3][4]
		          ^
[1, 2, 3][0]
	54:11: index 0 out of range: a 3-vector has 3 entries (indices count from 1)
		[1, 2, 3][0]
		          ^
[1, 2, 3][1.5]
	58:11: an index must be a whole number, not 1.5
		[1, 2, 3][1.5]
		          ^
[1, 2, 3][3:2]
	62:11: empty range 3:2: a range i:j needs i ≤ j (both ends are included)
		[1, 2, 3][3:2]
		          ^
[1, 2, 3][1, 1]
	66:10: a 3-vector takes one index, v[i], not 2
		[1, 2, 3][1, 1]
		         ^
[1, 2, 3][n]
	70:11: an index must be a number, not the expression n
		[1, 2, 3][n]
		          ^
[[1, 2], [3, 4]][3, 1]
	74:18: index 3 out of range: a 2×2 matrix has 2 rows (indices count from 1)
		[[1, 2], [3, 4]][3, 1]
		                 ^
[[1, 2], [3, 4]][1, 5]
	78:21: index 5 out of range: a 2×2 matrix has 2 columns (indices count from 1)
		[[1, 2], [3, 4]][1, 5]
		                    ^
[[1, 2], [3, 4]][1]
	82:17: a 2×2 matrix takes two indices, A[i, j], not 1
		[[1, 2], [3, 4]][1]
		                ^
[[1, 2], [3, 4]][0:1, 1]
	86:18: index 0 out of range: a 2×2 matrix has 2 rows (indices count from 1)
		[[1, 2], [3, 4]][0:1, 1]
		                 ^
x[1]
	90:2: cannot index x: only vectors and matrices have entries
		x[1]
		 ^
N(0, 1)[1]
	94:8: cannot index a distribution: only vectors and matrices have entries
		N(0, 1)[1]
		       ^
v[]
	98:3: expected an index, found ']'
		v[]
		  ^
v[1:2:3]
	102:6: expected ',' or ']' to close '[' at 102:2, found ':'
		v[1:2:3]
		     ^
[1, 2] [1]
	106:8: unexpected '[': is an operator missing before it?
		[1, 2] [1]
		       ^
solve([[1, 2], [3, 4]], [1, 2, 3])
	110:25: solve: the right-hand side is a 3-vector, but A is 2×2: it needs 2 rows
		solve([[1, 2], [3, 4]], [1, 2, 3])
		                        ^
solve([[1, 2], [2, 4]], [1, 2])
	114:1: solve: matrix is singular
		solve([[1, 2], [2, 4]], [1, 2])
		^
logdet([[0, 1], [1, 0]])
	118:1: logdet: det A = -1 is negative; logdet needs det A > 0
		logdet([[0, 1], [1, 0]])
		^
logdet([[1, 2], [3, 4.5]])
	122:1: logdet: det A = -1.5 is negative; logdet needs det A > 0
		logdet([[1, 2], [3, 4.5]])
		^
logdet([[1, 2], [2, 4]])
	126:1: logdet: matrix is singular (det A = 0)
		logdet([[1, 2], [2, 4]])
		^
sqrtm([[1, 2], [2, 1]])
	130:1: sqrtm: matrix is not positive semi-definite (eigenvalue -1)
		sqrtm([[1, 2], [2, 1]])
		^
sqrtm([[1, 2], [3, 4]])
	134:1: sqrtm needs a symmetric matrix
		sqrtm([[1, 2], [3, 4]])
		^
sqrtm([[a, 0], [0, 1]])
	138:1: sqrtm needs a numeric matrix; this one has symbolic entries
		sqrtm([[a, 0], [0, 1]])
		^
zeros(0)
	142:7: zeros: the number of rows must be between 1 and 2048, not 0
		zeros(0)
		      ^
ones(2, 1.5)
	146:9: ones: the number of columns must be a whole number, not 1.5
		ones(2, 1.5)
		        ^
zeros(3000, 3000)
	150:7: zeros: the number of rows must be between 1 and 2048, not 3000
		zeros(3000, 3000)
		      ^
outer([1, 2], [[1, 2], [3, 4]])
	154:1: outer needs two vectors, not a 2-vector and a 2×2 matrix
		outer([1, 2], [[1, 2], [3, 4]])
		^
norm(3)
	158:6: norm needs a matrix, not 3
		norm(3)
		     ^
sum(x)
	162:5: sum needs a matrix, not x
		sum(x)
		    ^
logsumexp(2)
	166:11: logsumexp needs a matrix, not 2
		logsumexp(2)
		          ^
sin(1, 2)
	170:1: sin takes 1 argument, not 2: sin(x)
		sin(1, 2)
		^
sin([1, 2])
	174:5: sin: the argument must be a number or an expression, not a 2-vector
		sin([1, 2])
		    ^
sum([1e308, 1e308])
	178:1: overflow: sum is out of range
		sum([1e308, 1e308])
		^
v[1] = 2
	182:6: cannot assign to an entry: vectors and matrices are values; build a new one
		v[1] = 2
		     ^
