# Each line fails: the verbs' errors.
check x^2 >= x
	2:1: check failed: lhs ≥ rhs does not hold at x = 0.628 (lhs = 0.394384, rhs = 0.628)
		check x^2 >= x
		^
check log(y) <= y - 2
	6:1: check failed: lhs ≤ rhs does not hold at y = 0.628 (lhs = -0.465215112513938375795064884733, rhs = -1.372)
		check log(y) <= y - 2
		^
check pi > 3.2
	10:1: check failed: lhs > rhs does not hold (lhs = 3.14159265358979323846264338328, rhs = 3.2)
		check pi > 3.2
		^
check [[1, 2], [3, 4]] <= 1
	14:7: check: an inequality compares real numbers; the left side is a 2×2 matrix
		check [[1, 2], [3, 4]] <= 1
		      ^
check kl(N(0, 1), N(1, 2)) >= 0 tol=1e-9
	18:33: check: an inequality has no option tol=
		check kl(N(0, 1), N(1, 2)) >= 0 tol=1e-9
		                                ^
check log(x^2) == 2 log(x) - 1/2
	22:1: check failed: differs at x = 0.628 (lhs = -0.930430225027876751590129769467, rhs = -1.43043022502787675159012976947); lhs − rhs = 1/2
		check log(x^2) == 2 log(x) - 1/2
		^
check kl(N(mu1, sigma1^2), N(mu2, sigma2^2)) == log(sigma2/sigma1) + (sigma1^2 + (mu1 - mu2)^2)/(2 sigma2^2)
	26:1: check failed: differs at mu1 = 3.381, mu2 = 1.152, sigma1 = -2.939, sigma2 = 4.275 (lhs = 0.246963598369063036636573923602, rhs undefined (log of a negative number (-1.454576387))); lhs − rhs = -1/2
		check kl(N(mu1, sigma1^2), N(mu2, sigma2^2)) == log(sigma2/sigma1) + (sigma1^2 + (mu1 - mu2)^2)/(2 sigma2^2)
		^
limit(1/x, x, 0)
	30:1: limit: the limit does not exist: +inf from the right, -inf from the left
		limit(1/x, x, 0)
		^
limit(sin(x), x, inf)
	34:1: limit: the limit does not exist: sin oscillates as its argument tends to +inf
		limit(sin(x), x, inf)
		^
limit(1/x, x, 0, dir="up")
	38:18: limit: dir must be "+" (from above) or "-" (from below)
		limit(1/x, x, 0, dir="up")
		                 ^
limit(x, x, inf, dir="+")
	42:18: limit: dir= has no meaning at inf
		limit(x, x, inf, dir="+")
		                 ^
limit(x, x, x)
	46:13: limit: the point must not depend on x
		limit(x, x, x)
		            ^
integrate(1/x, x, 1, inf)
	50:1: integrate: the integral diverges at the upper end (x → inf)
		integrate(1/x, x, 1, inf)
		^
integrate(1/x, x, 0, 1)
	54:1: integrate: the integral diverges at the lower end (x = 0)
		integrate(1/x, x, 0, 1)
		^
integrate(exp(x), x, 0, inf)
	58:1: integrate: the integral diverges at the upper end (x → inf)
		integrate(exp(x), x, 0, inf)
		^
integrate(1/(x - 1)^2, x, 0, 2)
	62:1: integrate: the integral does not converge near x = 1
		integrate(1/(x - 1)^2, x, 0, 2)
		^
integrate(sqrt(x), x, -1, 1)
	66:1: integrate: the integrand is undefined at x = -0.9915 (sqrt of a negative number (-0.9914553711))
		integrate(sqrt(x), x, -1, 1)
		^
integrate(exp(-x^2) a, x, 0, 1)
	70:1: integrate: no closed form found, and numeric integration needs a number for a
		integrate(exp(-x^2) a, x, 0, 1)
		^
integrate([1, 2], x, 0, 1)
	74:11: integrate: the integrand must be a number or an expression, not a 2-vector
		integrate([1, 2], x, 0, 1)
		          ^
tex("\frac{1}{2} + \foo{x}")
	78:20: tex: unsupported LaTeX command \foo
		tex("\frac{1}{2} + \foo{x}")
		                   ^
tex("x + ")
	82:10: tex: unexpected end of formula
		tex("x + ")
		         ^
tex("\left( x \right]")
	86:21: tex: expected \right), found \right]
		tex("\left( x \right]")
		                    ^
tex("\sigma_{\frac{1}{2}}")
	90:14: tex: a subscript holds letters and digits, not \frac
		tex("\sigma_{\frac{1}{2}}")
		             ^
tex(3)
	94:5: tex: give the formula as a string, tex("\frac{1}{2}"), not a number
		tex(3)
		    ^
check integrate(exp(-x^2), x, 0, 1) > 1
	98:1: check failed: lhs > rhs does not hold (lhs = 0.7468241328, rhs = 1)
		check integrate(exp(-x^2), x, 0, 1) > 1
		^
check integrate(exp(-x^2/2), x, -inf, inf) >= sqrt(2 pi)
	102:1: check: cannot decide: the sides differ by 0, within the error estimate 1.491e-13
		check integrate(exp(-x^2/2), x, -inf, inf) >= sqrt(2 pi)
		^
integrate(exp(-w x), x, 0, inf)
	106:1: integrate: at inf: the limit is infinite, with the sign of -w, which is not known
		integrate(exp(-w x), x, 0, inf)
		^
