# Every mistake gives one message with line:col and the reason.
(1 + 2
	2:1: '(' is never closed
		(1 + 2
		^
[1, 2
	6:1: '[' is never closed
		[1, 2
		^
1 + 2)
	10:6: unexpected ')' after the end of the statement
		1 + 2)
		     ^
1 +
	14:4: expected an operand, found end of input
		1 +
		   ^
2 3
	18:3: unexpected number 3: is an operator missing before it?
		2 3
		  ^
f(1, 2))
	22:8: unexpected ')' after the end of the statement
		f(1, 2))
		       ^
"abc
	26:1: unterminated string
		"abc
		^
1.2.3
	30:1: malformed number 1.2.3
		1.2.3
		^
det
	34:1: det is a function: call it as det(A)
		det
		^
foo(1)
	38:1: unknown function foo (:help lists them; to multiply, write foo*(…))
		foo(1)
		^
dett([[1, 2], [3, 4]])
	42:1: unknown function dett (did you mean det?)
		dett([[1, 2], [3, 4]])
		^
det(1, 2)
	46:1: det takes 1 argument, not 2: det(A)
		det(1, 2)
		^
det([1, 2])
	50:1: det needs a square matrix, not a 2-vector
		det([1, 2])
		^
det([[1, 2, 3], [4, 5, 6]])
	54:1: det needs a square matrix, not a 2×3 matrix
		det([[1, 2, 3], [4, 5, 6]])
		^
[[1, 2], [3]]
	58:10: ragged matrix: row 2 has 1 entry, row 1 has 2
		[[1, 2], [3]]
		         ^
[]
	62:1: empty vector
		[]
		^
inv([[1, 2], [2, 4]])
	66:1: matrix is singular
		inv([[1, 2], [2, 4]])
		^
[1, 2] + [1, 2, 3]
	70:8: cannot add a 2-vector and a 3-vector: the shapes differ
		[1, 2] + [1, 2, 3]
		       ^
[1, 2] * [3, 4]
	74:8: cannot multiply a 2-vector by a 2-vector: use dot(u, v) for the inner product
		[1, 2] * [3, 4]
		       ^
[[1, 2], [3, 4]] * [1, 2, 3]
	78:18: cannot multiply a 2×2 matrix by a 3-vector: 2 columns against 3 rows
		[[1, 2], [3, 4]] * [1, 2, 3]
		                 ^
1/0
	82:3: division by zero
		1/0
		  ^
0^-1
	86:2: division by zero: 0 raised to a negative power
		0^-1
		 ^
log(0)
	90:1: log of zero
		log(0)
		^
log(-2)
	94:1: log of a negative number (-2)
		log(-2)
		^
sqrt(-1)
	98:1: sqrt of a negative number (-1)
		sqrt(-1)
		^
10^100000
	102:3: overflow: 10^100000 is out of range
		10^100000
		  ^
exp(exp(exp(10)))
	106:1: overflow: the value exceeds the float64 range
		exp(exp(exp(10)))
		^
N([0, 0], [[1, 2], [2, 1]])
	110:11: N: covariance is not positive semi-definite (eigenvalue -1)
		N([0, 0], [[1, 2], [2, 1]])
		          ^
N([0, 0], [[1, 0.5], [0.4, 1]])
	114:11: N: covariance is not symmetric: Σ[1,2] = 0.5 but Σ[2,1] = 0.4
		N([0, 0], [[1, 0.5], [0.4, 1]])
		          ^
N([0, 0], I(3))
	118:11: N: the mean has 2 entries but the covariance is 3×3
		N([0, 0], I(3))
		          ^
N(0, -1)
	122:6: N: the variance must be positive, not -1
		N(0, -1)
		     ^
N([0, 0], [1, 1])
	126:11: N: the covariance must be a matrix, not a 2-vector (use diag(v) for a diagonal one)
		N([0, 0], [1, 1])
		          ^
kl(N(0, 1), N([0, 0], I(2)))
	130:1: kl: dimensions differ: 1 and 2
		kl(N(0, 1), N([0, 0], I(2)))
		^
kl(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2)))
	134:1: kl: covariance of the first argument is singular (rank 1 of 2; eigenvalues from 0 to 2), and this quantity needs Σ⁻¹ or ln det Σ
		kl(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2)))
		^
renyi(N(0, 1), N(1, 1), 0)
	138:25: renyi: the order alpha must be positive and finite, not 0
		renyi(N(0, 1), N(1, 1), 0)
		                        ^
renyi(N(0, 1), N(1, 1), -1)
	142:25: renyi: the order alpha must be positive and finite, not -1
		renyi(N(0, 1), N(1, 1), -1)
		                        ^
kl(1, 2)
	146:4: kl needs a distribution, not 1
		kl(1, 2)
		   ^
kl(N(0, 1))
	150:1: kl takes 2 arguments, not 1: kl(p, q)
		kl(N(0, 1))
		^
mahalanobis([1, 2, 3], N([0, 0], I(2)))
	154:13: mahalanobis: the point has 3 entries but the distribution has dimension 2
		mahalanobis([1, 2, 3], N([0, 0], I(2)))
		            ^
I(0)
	158:3: the size of I(n) must be between 1 and 2048, not 0
		I(0)
		  ^
I(1.5)
	162:3: the size of I(n) must be a whole number, not 1.5
		I(1.5)
		  ^
diag(1)
	166:6: diag needs a matrix, not 1
		diag(1)
		     ^
chol([[1, 2], [2, 1]])
	170:1: chol: matrix is not positive definite (eigenvalue -1)
		chol([[1, 2], [2, 1]])
		^
eig([[0, -1], [1, 0]])
	174:1: eig: the matrix has complex eigenvalues (0+1i), which are not supported
		eig([[0, -1], [1, 0]])
		^
:digits 99
	178:1: :digits N: expected a whole number from 1 to 17, not "99"
		:digits 99
		^
:format yaml
	182:1: unknown format "yaml" (plain, latex or json)
		:format yaml
		^
:nosuch
	186:1: unknown command :nosuch (:help lists the commands)
		:nosuch
		^
:help nosuch
	190:1: no help for nosuch
		:help nosuch
		^
log = 1/0
	194:9: division by zero
		log = 1/0
		        ^
pi = 2 +
	198:9: expected an operand, found end of input
		pi = 2 +
		        ^
log(x, y, z)
	202:1: log takes 1 argument, not 3: log(x)
		log(x, y, z)
		^
subs(x, y=[1, 2])
	206:9: subs: y= must be a number or an expression, not a 2-vector
		subs(x, y=[1, 2])
		        ^
diff(x^2, 2)
	210:11: diff: expected a symbol such as x, not the number 2
		diff(x^2, 2)
		          ^
check 1 == 2
	214:1: check failed: 1 ≠ 2 (difference -1)
		check 1 == 2
		^
check x + 1 == x + 2
	218:1: check failed: differs at x = 0.628 (lhs = 1.628, rhs = 2.628); lhs − rhs = -1
		check x + 1 == x + 2
		^
check [1, 2] == [1, 3]
	222:1: check failed at [2]: 2 ≠ 3 (difference -1)
		check [1, 2] == [1, 3]
		^
assume s > 2
	226:8: assume: only s > 0, s >= 0, s < 0 and 0 < p < 1 are supported
		assume s > 2
		       ^
read_matrix("/nonexistent.csv")
	230:13: read_matrix: open /nonexistent.csv: no such file or directory
		read_matrix("/nonexistent.csv")
		            ^
N(0, 1) + 1
	234:9: cannot add a distribution and a number
		N(0, 1) + 1
		        ^
renyi(N([0, 0], [[2, 0.5], [0.5, 1]]), N([1, -1], I(2)), -1)
	238:58: renyi: the order alpha must be positive and finite, not -1
		renyi(N([0, 0], [[2, 0.5], [0.5, 1]]), N([1, -1], I(2)), -1)
		                                                         ^
:format json
1/0
	{"line": 243, "col": 3, "error": "division by zero"}
kl(N(0, 1), 2)
	{"line": 245, "col": 13, "error": "kl needs a distribution, not 2"}
:format latex
log(-1)
	248:1: log of a negative number (-1)
		log(-1)
		^
:format plain
read_matrix("../testdata/matrices/ragged.csv")
	253:13: read_matrix: ../testdata/matrices/ragged.csv:2: ragged rows: this row has 1 entry, the first has 2
		read_matrix("../testdata/matrices/ragged.csv")
		            ^
read_matrix("../testdata/matrices/word.csv")
	257:13: read_matrix: ../testdata/matrices/word.csv:1: entry 2 ("x") is not a finite number
		read_matrix("../testdata/matrices/word.csv")
		            ^
read_matrix(3)
	261:13: read_matrix needs a file name in quotes, such as "cov.csv"
		read_matrix(3)
		            ^
:load ../testdata/scripts/broken.inc
	../testdata/scripts/broken.inc:1:10: expected an operand, found end of line
		bad = 1 +
		         ^
	265:1: :load ../testdata/scripts/broken.inc: 1 statement failed
		:load ../testdata/scripts/broken.inc
		^
:load nosuchfile.sc
	272:1: :load: open nosuchfile.sc: no such file or directory
		:load nosuchfile.sc
		^
:seed -1
	276:1: :seed: expected a non-negative whole number, not "-1"
		:seed -1
		^
check x == y tol=1e-9
	280:1: check: tol= compares numbers, but a − b = x - y has free symbols; identities in symbols are checked exactly
		check x == y tol=1e-9
		^
expect(N(0, 1), exp(x))
	284:1: expect: no closed form for the expectation of exp(x)
		expect(N(0, 1), exp(x))
		^
expect(N(0, 1), x^40)
	288:1: expect: no closed form for the expectation of x^40
		expect(N(0, 1), x^40)
		^
