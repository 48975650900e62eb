# A pair whose supports cannot be compared in symbols has no closed form.
kl(Uniform(0, b), Beta(2, 2))
	2:1: kl: no closed form between Uniform and Beta: cannot tell whether the support of p lies inside that of q; with numeric parameters it is computed by quadrature
		kl(Uniform(0, b), Beta(2, 2))
		^
