# A discrete and a continuous distribution have no common density.
kl(Bernoulli(0.5), N(0, 1))
	2:1: kl: Bernoulli is discrete and N continuous: they have no common density to compare
		kl(Bernoulli(0.5), N(0, 1))
		^
js(N(0, 1), Poisson(2))
	6:1: js: Poisson is discrete and N continuous: they have no common density to compare
		js(N(0, 1), Poisson(2))
		^
