diff(x^2, x)
diff(log(s^2), s)
diff(exp(2 x), x)
simplify((a^2 - b^2)/(a - b))
simplify(log(exp(x)))
hessian(x^2*y + log(y), [x, y])
gradient(x^2 y, [x, y])
subs(x^2 + y, x=2, y=3)
subs(log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2, m1=0, m2=0, s1=1, s2=1)
check digamma(a + 1) == digamma(a) + 1/a
check (x + 1)^2 == x^2 + 2 x + 1
check 1/2 + 1/3 == 5/6
check det([[2, 1], [1, 2]]) == 3
check 0.1 + 0.2 == 0.3
check log(2) == 0.6931 tol=1e-4
assume s > 0
simplify(log(s^2))
simplify(sqrt(s^2))
lgamma(5)
digamma(1)
trigamma(1)
polygamma(2, 1)
lbeta(2, 3)
