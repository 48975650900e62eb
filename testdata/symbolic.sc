diff(x^2, x)
	2 x
diff(log(s^2), s)
	2/s
diff(exp(2 x), x)
	2 exp(2 x)
simplify((a^2 - b^2)/(a - b))
	a + b
simplify(log(exp(x)))
	x
hessian(x^2*y + log(y), [x, y])
	[ 2 y   2 x   ]
	[ 2 x  -1/y^2 ]
gradient(x^2 y, [x, y])
	[2 x y, x^2]
subs(x^2 + y, x=2, y=3)
	7
subs(log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2, m1=0, m2=0, s1=1, s2=1)
	0
check digamma(a + 1) == digamma(a) + 1/a
	ok (symbolic)
check (x + 1)^2 == x^2 + 2 x + 1
	ok (symbolic)
check 1/2 + 1/3 == 5/6
	ok (exact)
check det([[2, 1], [1, 2]]) == 3
	ok (equal to float64 rounding)
check 0.1 + 0.2 == 0.3
	ok (exact)
check log(2) == 0.6931 tol=1e-4
	ok (|a − b| = 4.718e-05 ≤ 0.0001)
assume s > 0
simplify(log(s^2))
	2 log(s)
simplify(sqrt(s^2))
	s
lgamma(5)
	3.17805383
digamma(1)
	-0.5772156649
trigamma(1)
	1.644934067
polygamma(2, 1)
	-2.404113806
lbeta(2, 3)
	-2.48490665
check x == x + 1e-10 tol=1e-9
	ok (|a − b| = 1e-10 ≤ 1e-09)
