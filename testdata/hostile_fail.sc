# Values no arithmetic can print are errors, never printed as values.
exp(-1e10)
	2:1: cannot reach 10 digits: the value is 0 ± 1e-100000 at 430 working digits (it may be exactly zero)
		exp(-1e10)
		^
pdf(N(0, 1), 1e300)
	6:1: pdf: cannot reach 17 digits: the value is 0 ± 1e-100000 at 451 working digits (it may be exactly zero)
		pdf(N(0, 1), 1e300)
		^
pdf(N([0], [[1]]), [1e300])
	10:1: pdf: overflow: the log-density is beyond the float64 range
		pdf(N([0], [[1]]), [1e300])
		^
logpdf(N([0], [[1]]), [1e200])
	14:1: logpdf: overflow: the log-density is beyond the float64 range
		logpdf(N([0], [[1]]), [1e200])
		^
inv([[1e300, 1], [1, 1e-300]])
	18:1: matrix is singular
		inv([[1e300, 1], [1, 1e-300]])
		^
inv([[1, 2], [2, 4]])
	22:1: matrix is singular
		inv([[1, 2], [2, 4]])
		^
check x + 10^-40 == x
	26:1: check failed (lhs − rhs = 1e-40)
		check x + 10^-40 == x
		^
check 1e-400 == 0
	30:1: check failed: 1e-400 ≠ 0 (difference 1e-400)
		check 1e-400 == 0
		^
check 1 + 10^-40 == 1
	34:1: check failed: 1 ≠ 1 (difference 1e-40; exact numbers are compared exactly: tol= allows a tolerance)
		check 1 + 10^-40 == 1
		^
check 1e-400 == 0 tol=0
	38:1: check failed: 1e-400 ≠ 0, |a − b| = 1e-400 > tol 0
		check 1e-400 == 0 tol=0
		^
check 1e-400 == 0 tol=1e-390
	42:23: check: tol = 1e-390 is below the float64 range; use 0 for exact equality
		check 1e-400 == 0 tol=1e-390
		                      ^
kl(N(0, v), N(0, -v))
	46:18: N: the variance must be positive, but -v cannot be, since v is positive
		kl(N(0, v), N(0, -v))
		                 ^
kl(N(0, -w), N(0, w))
	50:19: N: the variance must be positive, but w cannot be, since w is negative
		kl(N(0, -w), N(0, w))
		                  ^
kl(Gamma(a, b), Gamma(a, -b))
	54:26: Gamma: rate must be positive, but -b cannot be, since b is positive
		kl(Gamma(a, b), Gamma(a, -b))
		                         ^
kl(Bernoulli(p), Bernoulli(1 + p))
	58:28: Bernoulli: p must be in (0, 1), but p + 1 cannot be, since p is in (0, 1)
		kl(Bernoulli(p), Bernoulli(1 + p))
		                           ^
N(0, -s^2 - 1)
	62:6: N: the variance must be positive, but -s^2 - 1 cannot be
		N(0, -s^2 - 1)
		     ^
mc kl(LogNormal(-1e300, 3), LogNormal(-1e300, 4))
	66:4: mc kl: no finite estimate: p has density 0 at its own draw x = [0] (the draws or their densities left the float64 range)
		mc kl(LogNormal(-1e300, 3), LogNormal(-1e300, 4))
		   ^
:precision 20
