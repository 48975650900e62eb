package dist

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"

	"statcalc/sym"
)

// MvStudentT is the multivariate Student-t MvStudentT(ν, μ, Σ) on ℝᵈ, the law
// of μ + z √(ν/u) with z ~ N(0, Σ) and u ~ χ²(ν) independent:
//
//	p(x) = Γ((ν+d)/2) / (Γ(ν/2) (νπ)^{d/2} |Σ|^{1/2}) · (1 + (x−μ)ᵀΣ⁻¹(x−μ)/ν)^{−(ν+d)/2}.
//
// Σ is a scale matrix, not the covariance, as σ is StudentT's scale.
var MvStudentT = registerMulti(&MultiFamily{
	Name: "MvStudentT", Signature: "MvStudentT(nu, mu, Sigma)", Rank: 30, Univariate: "StudentT",
	Doc: "multivariate Student-t: ν > 0 degrees of freedom, location vector μ, scale matrix Σ (not the covariance: cov = ν/(ν−2) Σ for ν > 2)",
	Help: "StudentT(nu, mu, sigma) is the one-dimensional family, with a scale σ; MvStudentT(nu, [mu], [[sigma^2]]) is the same law. " +
		"mean is μ (ν > 1), cov ν/(ν − 2) Σ (ν > 2). entropy is the closed form " +
		"½ log|Σ| + log(Γ(ν/2)/Γ((ν+d)/2)) + (d/2) log(νπ) + ((ν+d)/2)(ψ((ν+d)/2) − ψ(ν/2)); " +
		"kl between two of them has no closed form (mc kl estimates it). logpdf and sampling are gonum's distmv.StudentsT.",
	Example: "entropy(MvStudentT(5, [0, 0], [[2, 0.5], [0.5, 1]]))",
	New: func(args []Arg) (MultiMember, error) {
		const fam = "MvStudentT"
		nu, err := scalarParam(fam, args, 0, "nu")
		if err != nil {
			return nil, err
		}
		if nu.Sign() <= 0 {
			return nil, argErrorf(0, "%s: nu must be positive, not %s", fam, ratText(nu))
		}
		mu, err := vectorParam(fam, args, 1, "mu")
		if err != nil {
			return nil, err
		}
		sigma, err := spdParam(fam, args, 2, "Sigma")
		if err != nil {
			return nil, err
		}
		if sigma.dim() != len(mu) {
			return nil, argErrorf(2, "%s: mu has %d entries but Sigma is %d×%d", fam, len(mu), sigma.dim(), sigma.dim())
		}
		t := &mvStudentT{nu: nu, mu: mu, sigma: sigma, muf: ratFloats(mu), sf: symDense(sigma.a)}
		t.nuf, _ = nu.Float64()
		ref, ok := distmv.NewStudentsT(t.muf, t.sf, t.nuf, nil)
		if !ok {
			return nil, argErrorf(2, "%s: Sigma is too close to singular to factorise in float64", fam)
		}
		t.ref = ref
		return t, nil
	},
})

type mvStudentT struct {
	nu    *big.Rat
	mu    []*big.Rat
	sigma *ratSPD
	nuf   float64
	muf   []float64
	sf    *mat.SymDense
	ref   *distmv.StudentsT
}

func (t *mvStudentT) Family() *MultiFamily { return MvStudentT }
func (t *mvStudentT) Dim() int             { return len(t.mu) }
func (t *mvStudentT) Shape() (int, int)    { return len(t.mu), 1 }

func (t *mvStudentT) Text(num func(float64) string) string {
	return fmt.Sprintf("MvStudentT(nu = %s, mu = %s, Sigma = %s)", num(t.nuf), vecText(t.mu, num), matText(t.sigma.a, num))
}

// Entropy is (Kotz & Nadarajah 2004, Multivariate t Distributions, ch. 1)
//
//	H = ½ log|Σ| + log(Γ(ν/2)/Γ((ν+d)/2)) + (d/2) log(νπ) + ((ν+d)/2)(ψ((ν+d)/2) − ψ(ν/2)).
func (t *mvStudentT) Entropy() (sym.Expr, float64, error) {
	d := int64(t.Dim())
	a := halfOf(t.nu)
	b := halfOf(new(big.Rat).Add(t.nu, big.NewRat(d, 1)))
	return sym.Add(
		sym.Mul(half, log(ratNum(t.sigma.det))),
		lgamma(a), sym.Neg(lgamma(b)),
		sym.Mul(sym.Rat(big.NewRat(d, 2)), log(sym.Mul(ratNum(t.nu), sym.Pi))),
		sym.Mul(b, sym.Sub(call("digamma", b), call("digamma", a))),
	), 0, nil
}

// KL has no closed form between two multivariate Student-t laws.
func (t *mvStudentT) KL(q MultiMember) (sym.Expr, error) {
	if _, err := sameFamily[*mvStudentT](t, q); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("no closed form between two MvStudentT (mc kl estimates it)")
}

// Mean is μ, finite for ν > 1.
func (t *mvStudentT) Mean() (Mat, error) {
	if t.nu.Cmp(big.NewRat(1, 1)) <= 0 {
		return Mat{}, fmt.Errorf("it is finite only for nu > 1")
	}
	return Mat{Rows: t.Dim(), Cols: 1, Vector: true, Data: append([]float64(nil), t.muf...)}, nil
}

// Cov is ν/(ν − 2) Σ, finite for ν > 2.
func (t *mvStudentT) Cov() (Mat, error) {
	c := new(big.Rat).Sub(t.nu, big.NewRat(2, 1))
	if c.Sign() <= 0 {
		return Mat{}, fmt.Errorf("it is finite only for nu > 2")
	}
	c.Quo(t.nu, c)
	d := t.Dim()
	return Mat{Rows: d, Cols: d, Data: scaled(t.sigma.a, c)}, nil
}

func (t *mvStudentT) LogProb(x []float64) (float64, error) {
	if err := checkDim(x, t.Dim()); err != nil {
		return 0, err
	}
	return t.ref.LogProb(x), nil
}

func (t *mvStudentT) Rand(dst []float64, rnd *rand.Rand) []float64 {
	g, _ := distmv.NewStudentsT(t.muf, t.sf, t.nuf, rnd)
	if dst == nil {
		dst = make([]float64, t.Dim())
	}
	return g.Rand(dst)
}
