# A variable that holds something other than symbols is no list of symbols.
V = [1, 2]; gradient(x^2, V)
	2:27: gradient: V is a 2-vector of numbers; expected a list of symbols such as [x, y]
		V = [1, 2]; gradient(x^2, V)
		                          ^
V = [1, 2]; hessian(x^2, V)
	6:26: hessian: V is a 2-vector of numbers; expected a list of symbols such as [x, y]
		V = [1, 2]; hessian(x^2, V)
		                         ^
k = 2; diff(x^2, k)
	10:18: diff: k is the number 2; expected a symbol such as x (:clear k makes it a free symbol again)
		k = 2; diff(x^2, k)
		                 ^
f = x + 1; diff(x^2, f)
	14:22: diff: f is the expression x + 1; expected a symbol such as x (:clear f makes it a free symbol again)
		f = x + 1; diff(x^2, f)
		                     ^
diff(x^2, pi)
	18:11: diff: pi is a built-in constant; expected a symbol such as x
		diff(x^2, pi)
		          ^
gradient(x^2 y, [x, 1])
	22:21: gradient: expected a list of symbols such as [x, y], not a 2-vector whose entry 2 is the number 1
		gradient(x^2 y, [x, 1])
		                    ^
p = N(0, 1); expect(N(m, v), x^2, p)
	26:35: expect: p is a distribution; expected a symbol such as x (:clear p makes it a free symbol again)
		p = N(0, 1); expect(N(m, v), x^2, p)
		                                  ^
# An undefined name given for a distribution is named as undefined.
kl(p1, q1)
	31:4: kl: p1 is not defined (a free symbol); define it, e.g. p1 = N(0, 1)
		kl(p1, q1)
		   ^
p2 = N([0, 0], I(2)); kl(p2, q2)
	35:30: kl: q2 is not defined (a free symbol); define it, e.g. q2 = N(0, 1)
		p2 = N([0, 0], I(2)); kl(p2, q2)
		                             ^
p3 = N([0, 0], I(2)); kl(q3, p3)
	39:26: kl: q3 is not defined (a free symbol); define it, e.g. q3 = N(0, 1)
		p3 = N([0, 0], I(2)); kl(q3, p3)
		                         ^
p4 = N(0, 1); renyi(p4, q4, 0.5)
	43:25: renyi: q4 is not defined (a free symbol); define it, e.g. q4 = N(0, 1)
		p4 = N(0, 1); renyi(p4, q4, 0.5)
		                        ^
entropy(r)
	47:9: entropy: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		entropy(r)
		        ^
mean(r)
	51:6: mean: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		mean(r)
		     ^
var(r)
	55:5: var: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		var(r)
		    ^
logpdf(r, 0)
	59:8: logpdf: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		logpdf(r, 0)
		       ^
fisher(r)
	63:8: fisher: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		fisher(r)
		       ^
sample(r, 3)
	67:8: sample: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		sample(r, 3)
		       ^
mc kl(N(0, 1), q5)
	71:16: kl: q5 is not defined (a free symbol); define it, e.g. q5 = N(0, 1)
		mc kl(N(0, 1), q5)
		               ^
kl(N(0, 1), 2)
	75:13: kl needs a distribution, not 2
		kl(N(0, 1), 2)
		            ^
p6 = N([0, 0], I(2)); kl(p6, N(0, 1))
	79:23: kl: dimensions differ: 2 and 1
		p6 = N([0, 0], I(2)); kl(p6, N(0, 1))
		                      ^
p7 = N([0, 0], I(2)); score(p7, 1)
	83:29: score: not available for a multivariate normal
		p7 = N([0, 0], I(2)); score(p7, 1)
		                            ^
mahalanobis([1, 1], r)
	87:21: mahalanobis: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		mahalanobis([1, 1], r)
		                    ^
expect(r, x^2)
	91:8: expect: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		expect(r, x^2)
		       ^
natgrad(r, [1, 1])
	95:9: natgrad: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		natgrad(r, [1, 1])
		        ^
hellinger(N(0, 1), r)
	99:20: hellinger: r is not defined (a free symbol); define it, e.g. r = N(0, 1)
		hellinger(N(0, 1), r)
		                   ^
# A failed check of matrices names the entry.
check [[1, 2]] == 1
	104:1: check compares numbers, expressions or matrices, not a 1×2 matrix and a number
		check [[1, 2]] == 1
		^
check [1, 2] == [1, 3]
	108:1: check failed at [2]: 2 ≠ 3 (difference -1)
		check [1, 2] == [1, 3]
		^
check [[1, x], [2, 3]] == [[1, x], [2, 4]]
	112:1: check failed at [2, 2]: 3 ≠ 4 (difference -1)
		check [[1, x], [2, 3]] == [[1, x], [2, 4]]
		^
check [x, y] == [x, x]
	116:1: check failed at [2]: differs at x = 4.278, y = 3.276 (lhs = 3.276, rhs = 4.278); lhs − rhs = y - x
		check [x, y] == [x, x]
		^
check [1, 2.1] == [1, 2] tol=0.01
	120:1: check failed at [2]: 2.1 ≠ 2, |a − b| = 0.1 > tol 0.01
		check [1, 2.1] == [1, 2] tol=0.01
		^
check [1, 2] == transpose([1, 2])
	124:1: check failed: a 2-vector and a 1×2 matrix differ in shape
		check [1, 2] == transpose([1, 2])
		^
x = 2; diff(x^2, x)
	128:18: diff: x is the number 2; expected a symbol such as x (:clear x makes it a free symbol again)
		x = 2; diff(x^2, x)
		                 ^
