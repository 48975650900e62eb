package dist

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmat"

	"statcalc/sym"
)

// InverseWishart is InverseWishart(ν, Ψ), the law of X⁻¹ for X ~ Wishart(ν, Ψ⁻¹):
//
//	p(X) = |Ψ|^{ν/2} |X|^{−(ν+d+1)/2} exp(−tr(ΨX⁻¹)/2) / (2^{νd/2} Γ_d(ν/2)),  ν > d − 1.
var InverseWishart = registerMulti(&MultiFamily{
	Name: "InverseWishart", Signature: "InverseWishart(nu, Psi)", Rank: 20,
	Doc: "inverse Wishart on d×d positive definite matrices: X⁻¹ ~ Wishart(ν, Ψ⁻¹), ν > d − 1; mean Ψ/(ν − d − 1) for ν > d + 1",
	Help: "An observation is a symmetric d×d matrix, flattened row by row in sample's rows as for Wishart. " +
		"cov (ν > d + 3) is Cov(X_ij, X_kl) = (2 Ψ_ij Ψ_kl + (ν−d−1)(Ψ_ik Ψ_jl + Ψ_il Ψ_jk)) / ((ν−d)(ν−d−1)²(ν−d−3)). " +
		"kl is that of the Wishart pair (ν, Ψ⁻¹), since inversion is one-to-one; entropy is the Wishart entropy plus " +
		"the mean log-Jacobian −(d+1) E[log|X⁻¹|]. logpdf and sampling go through gonum's distmat.Wishart of X⁻¹.",
	Example: "entropy(InverseWishart(5, [[2, 0.5], [0.5, 1]]))",
	New: func(args []Arg) (MultiMember, error) {
		nu, psi, err := wishartParams("InverseWishart", args, "Psi")
		if err != nil {
			return nil, err
		}
		m := &inverseWishartMember{nu: nu, psi: psi}
		m.w = newWishartMember(nu, psi.inverse())
		return m, nil
	},
})

type inverseWishartMember struct {
	nu  *big.Rat
	psi *ratSPD
	w   *wishartMember // Wishart(ν, Ψ⁻¹), the law of X⁻¹
}

func (m *inverseWishartMember) Family() *MultiFamily { return InverseWishart }
func (m *inverseWishartMember) Dim() int             { return m.w.Dim() }
func (m *inverseWishartMember) Shape() (int, int)    { return m.w.Shape() }

func (m *inverseWishartMember) Text(num func(float64) string) string {
	f, _ := m.nu.Float64()
	return fmt.Sprintf("InverseWishart(nu = %s, Psi = %s)", num(f), matText(m.psi.a, num))
}

// Entropy is H(X) = H(X⁻¹) − (d+1) E[log|X⁻¹|], the Jacobian of X ↦ X⁻¹ on
// symmetric matrices being |X|^{−(d+1)} (Muirhead 1982, Thm. 2.1.8), with
// X⁻¹ ~ Wishart(ν, Ψ⁻¹) and E[log|X⁻¹|] = ψ_d(ν/2) + d log 2 − log|Ψ|:
//
//	H = (d+1)/2 · log|Ψ| − d(d+1)/2 · log 2 + log Γ_d(ν/2) − (ν+d+1)/2 · ψ_d(ν/2) + νd/2.
func (m *inverseWishartMember) Entropy() (sym.Expr, float64, error) {
	d := m.psi.dim()
	logDetPsi := log(ratNum(m.psi.det))
	a := new(big.Rat).Quo(m.nu, big.NewRat(2, 1))
	meanLogDet := sym.Add(multiDigamma(a, d), sym.Mul(sym.Int(int64(d)), log(two)), sym.Neg(logDetPsi))
	hw := wishartEntropy(m.nu, sym.Neg(logDetPsi), d)
	return sym.Sub(hw, sym.Mul(sym.Int(int64(d+1)), meanLogDet)), 0, nil
}

// KL is KL(Wishart(ν₀, Ψ₀⁻¹) ‖ Wishart(ν₁, Ψ₁⁻¹)): KL is unchanged by the
// one-to-one map X ↦ X⁻¹. With V = Ψ⁻¹, |V₁|/|V₀| = |Ψ₀|/|Ψ₁| and
// tr(V₁⁻¹V₀) = tr(Ψ₀⁻¹Ψ₁), exact without inverting.
func (m *inverseWishartMember) KL(q MultiMember) (sym.Expr, error) {
	o, err := sameFamily[*inverseWishartMember](m, q)
	if err != nil {
		return nil, err
	}
	d := m.psi.dim()
	if o.psi.dim() != d {
		return nil, fmt.Errorf("the scale matrices are %d×%d and %d×%d: kl needs the same dimension", d, d, o.psi.dim(), o.psi.dim())
	}
	return wishartKLFrom(m.nu, o.nu, d, m.psi.traceSolve(o.psi), new(big.Rat).Quo(m.psi.det, o.psi.det)), nil
}

// Mean is Ψ/(ν − d − 1), finite for ν > d + 1.
func (m *inverseWishartMember) Mean() (Mat, error) {
	d := m.psi.dim()
	c := new(big.Rat).Sub(m.nu, big.NewRat(int64(d+1), 1))
	if c.Sign() <= 0 {
		return Mat{}, fmt.Errorf("it is finite only for nu > d + 1 = %d", d+1)
	}
	return Mat{Rows: d, Cols: d, Data: scaled(m.psi.a, c.Inv(c))}, nil
}

// Cov is, for ν > d + 3 (Press 1982, Applied Multivariate Analysis; von Rosen 1988),
//
//	Cov(X_ij, X_kl) = (2 Ψ_ij Ψ_kl + (ν−d−1)(Ψ_ik Ψ_jl + Ψ_il Ψ_jk)) / ((ν−d)(ν−d−1)²(ν−d−3)).
func (m *inverseWishartMember) Cov() (Mat, error) {
	d := m.psi.dim()
	dd := big.NewRat(int64(d), 1)
	if new(big.Rat).Sub(m.nu, big.NewRat(int64(d+3), 1)).Sign() <= 0 {
		return Mat{}, fmt.Errorf("it is finite only for nu > d + 3 = %d", d+3)
	}
	n0 := new(big.Rat).Sub(m.nu, dd)                      // ν − d
	n1 := new(big.Rat).Sub(n0, big.NewRat(1, 1))          // ν − d − 1
	n3 := new(big.Rat).Sub(n0, big.NewRat(3, 1))          // ν − d − 3
	den := new(big.Rat).Mul(n0, new(big.Rat).Mul(n1, n1)) // (ν−d)(ν−d−1)²
	den.Mul(den, n3)
	c := new(big.Rat).Quo(n1, den)
	b := new(big.Rat).Quo(big.NewRat(2, 1), den)
	return Mat{Rows: m.Dim(), Cols: m.Dim(), Data: pairCov(m.psi.a, c, b)}, nil
}

// LogProb is log p(X) = log p_W(X⁻¹) − (d+1) log|X|, p_W the density of
// Wishart(ν, Ψ⁻¹) (gonum's).
func (m *inverseWishartMember) LogProb(x []float64) (float64, error) {
	if err := checkDim(x, m.Dim()); err != nil {
		return 0, err
	}
	d := m.psi.dim()
	if err := m.w.solvable("Psi"); err != nil {
		return 0, err
	}
	rows, ok := matrixObservation(x, d)
	if !ok {
		return math.Inf(-1), nil
	}
	var c mat.Cholesky
	if !c.Factorize(symFromRows(rows)) {
		return math.Inf(-1), nil
	}
	var inv mat.SymDense
	if err := c.InverseTo(&inv); !conditionOnly(err) {
		return math.Inf(-1), nil
	}
	var ci mat.Cholesky
	if !ci.Factorize(&inv) {
		return math.Inf(-1), nil
	}
	return m.w.ref.LogProbSymChol(&ci) - float64(d+1)*c.LogDet(), nil
}

// Rand inverts a draw of Wishart(ν, Ψ⁻¹) (gonum's Bartlett sampler).
func (m *inverseWishartMember) Rand(dst []float64, rnd *rand.Rand) []float64 {
	d := m.psi.dim()
	if dst == nil {
		dst = make([]float64, d*d)
	}
	g, _ := distmat.NewWishart(m.w.vf, m.w.nuf, rnd)
	var c mat.Cholesky
	g.RandCholTo(&c)
	var inv mat.SymDense
	err := c.InverseTo(&inv)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			dst[i*d+j] = inv.At(i, j)
			if !conditionOnly(err) || !finite(dst[i*d+j]) || i == j && !(dst[i*d+j] > 0) {
				// A draw singular in float64 (ν near d − 1): its inverse
				// is beyond the float64 range.
				for k := range dst {
					dst[k] = math.Inf(1)
				}
				return dst
			}
		}
	}
	return dst
}

// conditionOnly reports whether an inversion succeeded: err is nil, or only
// warns of a large condition number (the inverse is still computed).
func conditionOnly(err error) bool {
	var c mat.Condition
	return err == nil || errors.As(err, &c)
}
