NegativeBinomial(0, 0.5)
	1:1: NegativeBinomial: r must be positive, not 0
		NegativeBinomial(0, 0.5)
		^
NegativeBinomial(2, 1.5)
	5:1: NegativeBinomial: p must be in (0, 1], not 1.5
		NegativeBinomial(2, 1.5)
		^
NegativeBinomial(2, 0)
	9:1: NegativeBinomial: p must be in (0, 1], not 0
		NegativeBinomial(2, 0)
		^
kl(NegativeBinomial(3, 0.4), NegativeBinomial(2, 0.5))
	13:1: kl: r differs between the distributions (3 and 2): the divergence is infinite or undefined
		kl(NegativeBinomial(3, 0.4), NegativeBinomial(2, 0.5))
		^
entropy(NegativeBinomial(2, 1e-12))
	17:1: entropy: the entropy of NegativeBinomial is summed only up to variance 1e+10, not 2e+24
		entropy(NegativeBinomial(2, 1e-12))
		^
Kumaraswamy(-1, 2)
	21:1: Kumaraswamy: a must be positive, not -1
		Kumaraswamy(-1, 2)
		^
Kumaraswamy(2, 0)
	25:1: Kumaraswamy: b must be positive, not 0
		Kumaraswamy(2, 0)
		^
TruncatedNormal(0, 1, 2, 1)
	29:1: TruncatedNormal: a must be less than b, not 2 ≥ 1
		TruncatedNormal(0, 1, 2, 1)
		^
TruncatedNormal(0, -1, 0, 1)
	33:1: TruncatedNormal: v must be positive, not -1
		TruncatedNormal(0, -1, 0, 1)
		^
TruncatedNormal(m, 1, 2, 3)
	37:1: TruncatedNormal: m must be a number: its closed forms are computed numerically
		TruncatedNormal(m, 1, 2, 3)
		^
logpdf(TruncatedNormal(0, 1, -1, 2), 3)
	41:38: logpdf: 3 is outside the support of TruncatedNormal
		logpdf(TruncatedNormal(0, 1, -1, 2), 3)
		                                     ^
VonMises(0, -1)
	45:1: VonMises: kappa must be positive, not -1
		VonMises(0, -1)
		^
VonMises(0, 0)
	49:1: VonMises: kappa must be positive, not 0
		VonMises(0, 0)
		^
mean(VonMises(0, 2))
	53:1: mean of VonMises is not supported
		mean(VonMises(0, 2))
		^
logbesseli0(1, 2)
	57:1: logbesseli0 takes 1 argument, not 2: logbesseli0(x)
		logbesseli0(1, 2)
		^
