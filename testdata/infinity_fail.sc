# The indeterminate forms of ∞ are errors, as is ∞ among symbols.
kl(Uniform(0, 2), Uniform(0, 1)) - inf
	2:34: ∞ − ∞ is undefined
		kl(Uniform(0, 2), Uniform(0, 1)) - inf
		                                 ^
inf/inf
	6:4: ∞ / ∞ is undefined
		inf/inf
		   ^
0 kl(Uniform(0, 2), Uniform(0, 1))
	10:3: 0 · ∞ is undefined
		0 kl(Uniform(0, 2), Uniform(0, 1))
		  ^
1^inf
	14:2: 1^∞ is undefined
		1^inf
		 ^
x + inf
	18:1: cannot add infinity and x: ∞ takes part in arithmetic only with numbers
		x + inf
		^
sin(inf)
	22:5: sin: the argument must be a finite number or an expression, not Inf
		sin(inf)
		    ^
log(-inf)
	26:5: log(−∞) is not real
		log(-inf)
		    ^
check inf == x
	30:14: check: ∞ compares only with numbers and ∞, not x
		check inf == x
		             ^
check kl(Uniform(0, 2), Uniform(0, 1)) < 5
	34:1: check failed: lhs < rhs does not hold (lhs = Inf, rhs = 5)
		check kl(Uniform(0, 2), Uniform(0, 1)) < 5
		^
