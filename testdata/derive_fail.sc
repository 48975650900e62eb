# Derivations that have no answer say why.
expect(Beta(a, b), x log(x))
	2:1: expect: no closed form for the expectation of x log(x)
		expect(Beta(a, b), x log(x))
		^
expect(Gamma(a, b), exp(x))
	6:1: expect: no closed form for the expectation of exp(x)
		expect(Gamma(a, b), exp(x))
		^
expect(N(m, v), log(x))
	10:1: expect: no closed form for the expectation of log(x)
		expect(N(m, v), log(x))
		^
series(log(h), h, 2)
	14:1: series: derivative 0 is undefined at h = 0
		series(log(h), h, 2)
		^
series(1/h, h, 1)
	18:1: series: derivative 0 is undefined at h = 0
		series(1/h, h, 1)
		^
series(h, h, 13)
	22:14: series: the order k must be between 0 and 12, not 13
		series(h, h, 13)
		             ^
series(h, 2, 1)
	26:11: expected a name or a list of names, such as x or [x, y]
		series(h, 2, 1)
		          ^
diff(x^2, x, -1)
	30:14: diff: the order k must be between 0 and 12, not -1
		diff(x^2, x, -1)
		             ^
diff(x^2, x, 1.5)
	34:14: diff: the order k must be a whole number, not 1.5
		diff(x^2, x, 1.5)
		             ^
diff(x^2, x, 13)
	38:14: diff: the order k must be between 0 and 12, not 13
		diff(x^2, x, 13)
		             ^
