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
Kumaraswamy(-1, 2)
	17:1: Kumaraswamy: a must be positive, not -1
		Kumaraswamy(-1, 2)
		^
Kumaraswamy(2, 0)
	21:1: Kumaraswamy: b must be positive, not 0
		Kumaraswamy(2, 0)
		^
TruncatedNormal(0, 1, 2, 1)
	25:1: TruncatedNormal: a must be less than b, not 2 ≥ 1
		TruncatedNormal(0, 1, 2, 1)
		^
TruncatedNormal(0, -1, 0, 1)
	29:1: TruncatedNormal: v must be positive, not -1
		TruncatedNormal(0, -1, 0, 1)
		^
TruncatedNormal(m, 1, 2, 3)
	33:1: TruncatedNormal: m must be a number: its closed forms are computed numerically
		TruncatedNormal(m, 1, 2, 3)
		^
logpdf(TruncatedNormal(0, 1, -1, 2), 3)
	37:38: logpdf: 3 is outside the support of TruncatedNormal
		logpdf(TruncatedNormal(0, 1, -1, 2), 3)
		                                     ^
VonMises(0, -1)
	41:1: VonMises: kappa must be positive, not -1
		VonMises(0, -1)
		^
VonMises(0, 0)
	45:1: VonMises: kappa must be positive, not 0
		VonMises(0, 0)
		^
mean(VonMises(0, 2))
	49:1: mean of VonMises is not supported
		mean(VonMises(0, 2))
		^
logbesseli0(1, 2)
	53:1: logbesseli0 takes 1 argument, not 2: logbesseli0(x)
		logbesseli0(1, 2)
		^
