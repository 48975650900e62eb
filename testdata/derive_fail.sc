# Derivations that have no answer say why.
expect(Beta(a, b), 1/x)
	2:1: expect: no closed form for the expectation of 1/x
		expect(Beta(a, b), 1/x)
		^
expect(Gamma(a, b), exp(x))
	6:1: expect: no closed form for the expectation of exp(x)
		expect(Gamma(a, b), exp(x))
		^
expect(N(m, v), log(x))
	10:1: expect: no closed form for the expectation of log(x)
		expect(N(m, v), log(x))
		^
expect(Laplace(m, b), 1/abs(x - m))
	14:1: expect: no closed form for the expectation of 1/abs(x - m)
		expect(Laplace(m, b), 1/abs(x - m))
		^
series(log(h), h, 2)
	18:1: series: derivative 0 is undefined at h = 0
		series(log(h), h, 2)
		^
series(1/h, h, 1)
	22:1: series: derivative 0 is undefined at h = 0
		series(1/h, h, 1)
		^
series(h, h, 13)
	26:14: series: the order k must be between 0 and 12, not 13
		series(h, h, 13)
		             ^
series(h, 2, 1)
	30:11: series: expected a symbol such as x, not the number 2
		series(h, 2, 1)
		          ^
diff(x^2, x, -1)
	34:14: diff: the order k must be between 0 and 12, not -1
		diff(x^2, x, -1)
		             ^
diff(x^2, x, 1.5)
	38:14: diff: the order k must be a whole number, not 1.5
		diff(x^2, x, 1.5)
		             ^
diff(x^2, x, 13)
	42:14: diff: the order k must be between 0 and 12, not 13
		diff(x^2, x, 13)
		             ^
log(x) = 2
	46:1: cannot define log: it is a built-in function (choose another name)
		log(x) = 2
		^
pi(t) = 1
	50:1: cannot define pi: it is a built-in constant
		pi(t) = 1
		^
N(m) = m
	54:1: cannot define N: it is a built-in function (choose another name)
		N(m) = m
		^
check(x) = x
	58:1: cannot define check: it starts a check statement
		check(x) = x
		^
f(pi) = 1
	62:3: f: parameter pi is the built-in constant pi; choose another name
		f(pi) = 1
		  ^
f() = 1
	66:3: f() = …: a definition needs at least one parameter (for a value, write f = …)
		f() = 1
		  ^
f(1) = 2
	70:3: a parameter of f must be a name, found number 1
		f(1) = 2
		  ^
f(x, x) = x
	74:6: parameter x of f appears twice
		f(x, x) = x
		     ^
f(x + 1) = x
	78:5: expected ',' or ')' to close '(' at 78:2, found '+'
		f(x + 1) = x
		    ^
q(t) = t; q(1, 2)
	82:11: q takes 1 argument (t), got 2
		q(t) = t; q(1, 2)
		          ^
q(t) = t; q(t=1)
	86:13: q takes positional arguments, not t=
		q(t) = t; q(t=1)
		            ^
r(n) = r(n - 1) + 1; r(3)
	90:22: r: calls nested deeper than 64 (does r call itself without end?)
		r(n) = r(n - 1) + 1; r(3)
		                     ^
bad(t) = t + nosuch(t); bad(1)
	94:25: in bad: unknown function nosuch (:help lists them; to multiply, write nosuch*(…)) (at 94:14)
		bad(t) = t + nosuch(t); bad(1)
		                        ^
q(t) = t; q + 1
	98:13: cannot add a function and a number
		q(t) = t; q + 1
		            ^
D(u) = diff(u^3, u); D(2)
	102:22: in D: diff: expected a symbol such as x, not the number 2 (at 102:24)
		D(u) = diff(u^3, u); D(2)
		                     ^
check (10^300 x + y + 1)^12 == (10^300 x + y + 1)^12 + 1
	106:1: check failed (lhs − rhs = -1)
		check (10^300 x + y + 1)^12 == (10^300 x + y + 1)^12 + 1
		^
