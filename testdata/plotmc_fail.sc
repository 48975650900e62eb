# plot mc: bad input gets one message with its position and the reason.
plot mc 3
	2:9: plot mc draws the running estimate of an expectation: kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, expect, mean, var, cov or w2 of distributions, such as plot mc kl(p, q)
		plot mc 3
		        ^
plot mc N(0, 1)
	6:9: plot mc draws the running estimate of an expectation: kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, expect, mean, var, cov or w2 of distributions, such as plot mc kl(p, q)
		plot mc N(0, 1)
		        ^
plot mc fisher(N(m, s))
	10:9: plot mc: fisher is matrix-valued, which plot mc does not support; it draws the running estimate of a number, such as plot mc kl(p, q)
		plot mc fisher(N(m, s))
		        ^
plot mc mean(N([0, 0], I(2)))
	14:9: plot mc: the mean of a 2-dimensional distribution is matrix-valued, which plot mc does not support
		plot mc mean(N([0, 0], I(2)))
		        ^
plot mc skl(N(0, 1), N(1, 2))
	18:9: plot mc: skl is estimated from several runs, which plot mc does not support; it draws one running estimate, such as plot mc kl(p, q)
		plot mc skl(N(0, 1), N(1, 2))
		        ^
plot mc kl(N(0, 1), N(1, 2)) level=3
	22:30: plot mc has no option level= (it has n=, seed= and file=)
		plot mc kl(N(0, 1), N(1, 2)) level=3
		                             ^
plot mc kl(N(0, 1), N(1, 2)) n=100
	26:32: plot mc: n=100 gives one point: the estimate is drawn after each chunk of 16384 draws, so n must be at least 32768
		plot mc kl(N(0, 1), N(1, 2)) n=100
		                               ^
plot mc kl(N(0, 1), N(1, 2)) file="kl.txt"
	30:35: plot mc: cannot write .txt files: name it .svg, .png or .pdf
		plot mc kl(N(0, 1), N(1, 2)) file="kl.txt"
		                                  ^
plot mc kl(N(0, 1), N(1, 2)) file=3
	34:35: plot mc: file= needs a file name in quotes, such as file="kl.svg"
		plot mc kl(N(0, 1), N(1, 2)) file=3
		                                  ^
plot mc kl(N(0, 1), Uniform(0, 1))
	38:9: mc kl: q has zero density where p draws: the divergence is infinite
		plot mc kl(N(0, 1), Uniform(0, 1))
		        ^
plot mc expect(N(0, 1), x * y)
	42:25: mc expect: the integrand has the free symbol y besides x: give it a value
		plot mc expect(N(0, 1), x * y)
		                        ^
plot mc kl(N(0, 1))
	46:9: mc kl: takes 2 arguments, not 1
		plot mc kl(N(0, 1))
		        ^
