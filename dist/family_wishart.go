package dist

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmat"

	"statcalc/sym"
)

// Wishart is Wishart(ν, V) on d×d positive definite matrices, the law of
// Σ_{k=1}^{ν} z_k z_kᵀ with z_k ~ N(0, V) for whole ν:
//
//	p(X) = |X|^{(ν−d−1)/2} exp(−tr(V⁻¹X)/2) / (2^{νd/2} |V|^{ν/2} Γ_d(ν/2)),  ν > d − 1.
var Wishart = registerMulti(&MultiFamily{
	Name: "Wishart", Signature: "Wishart(nu, V)", Rank: 10,
	Doc: "Wishart on d×d positive definite matrices: ν degrees of freedom (ν > d − 1), scale matrix V; mean ν V",
	Help: "An observation is a symmetric d×d matrix; sample gives one draw a row, its d² entries row by row, " +
		"and logpdf takes the matrix. cov is the d²×d² covariance of those entries, " +
		"Cov(X_ij, X_kl) = ν (V_ik V_jl + V_il V_jk). entropy and kl (between two Wishart of the same d) are closed forms " +
		"in log Γ_d and ψ_d, exact in the entries of V; logpdf and sampling (Bartlett) are gonum's distmat.Wishart.",
	Example: "kl(Wishart(4, [[2, 0.5], [0.5, 1]]), Wishart(5, I(2)))",
	New: func(args []Arg) (MultiMember, error) {
		nu, v, err := wishartParams("Wishart", args, "V")
		if err != nil {
			return nil, err
		}
		return newWishartMember(nu, v), nil
	},
})

// wishartParams reads (ν, V) and checks ν > d − 1.
func wishartParams(fam string, args []Arg, scale string) (*big.Rat, *ratSPD, error) {
	nu, err := scalarParam(fam, args, 0, "nu")
	if err != nil {
		return nil, nil, err
	}
	v, err := spdParam(fam, args, 1, scale)
	if err != nil {
		return nil, nil, err
	}
	d := v.dim()
	if f, _ := nu.Float64(); nu.Cmp(big.NewRat(int64(d-1), 1)) <= 0 || f <= float64(d-1) {
		return nil, nil, argErrorf(0, "%s: nu must be greater than d − 1 = %d for a %d×%d %s, not %s", fam, d-1, d, d, scale, ratText(nu))
	}
	return nu, v, nil
}

type wishartMember struct {
	nu  *big.Rat
	v   *ratSPD
	nuf float64
	vf  *mat.SymDense
	ref *distmat.Wishart // gonum's, for the log-density
	// cond is the condition number of V: gonum's log-density solves with V
	// and gives up beyond mat.ConditionTolerance.
	cond float64
}

func symDense(a [][]*big.Rat) *mat.SymDense {
	d := len(a)
	s := mat.NewSymDense(d, nil)
	rows := floatRows(a)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			s.SetSym(i, j, rows[i][j])
		}
	}
	return s
}

func newWishartMember(nu *big.Rat, v *ratSPD) *wishartMember {
	w := &wishartMember{nu: nu, v: v, vf: symDense(v.a)}
	w.nuf, _ = nu.Float64()
	if ref, ok := distmat.NewWishart(w.vf, w.nuf, nil); ok {
		w.ref = ref
		var c mat.Cholesky
		c.Factorize(w.vf)
		w.cond = c.Cond()
	}
	return w
}

func (w *wishartMember) Family() *MultiFamily { return Wishart }
func (w *wishartMember) Dim() int             { return w.v.dim() * w.v.dim() }
func (w *wishartMember) Shape() (int, int)    { return w.v.dim(), w.v.dim() }

func (w *wishartMember) Text(num func(float64) string) string {
	f, _ := w.nu.Float64()
	return fmt.Sprintf("Wishart(nu = %s, V = %s)", num(f), matText(w.v.a, num))
}

// wishartEntropy is the entropy of Wishart(ν, V) (Bishop 2006, B.82):
//
//	H = (d+1)/2 · log|V| + d(d+1)/2 · log 2 + log Γ_d(ν/2) − (ν−d−1)/2 · ψ_d(ν/2) + νd/2.
func wishartEntropy(nu *big.Rat, logDetV sym.Expr, d int) sym.Expr {
	a := new(big.Rat).Quo(nu, big.NewRat(2, 1))
	dd := int64(d)
	c := new(big.Rat).Sub(nu, big.NewRat(dd+1, 1))
	return sym.Add(
		sym.Mul(sym.Rat(big.NewRat(dd+1, 2)), logDetV),
		sym.Mul(sym.Rat(big.NewRat(dd*(dd+1), 2)), log(two)),
		multiLgamma(a, d),
		sym.Neg(sym.Mul(halfOf(c), multiDigamma(a, d))),
		sym.Mul(halfOf(nu), sym.Int(dd)),
	)
}

func (w *wishartMember) Entropy() (sym.Expr, float64, error) {
	return wishartEntropy(w.nu, log(ratNum(w.v.det)), w.v.dim()), 0, nil
}

// wishartKL is KL(Wishart(ν₀, V₀) ‖ Wishart(ν₁, V₁)), from E_p[log p − log q]
// with E[log|X|] = ψ_d(ν₀/2) + d log 2 + log|V₀| and E[X] = ν₀V₀:
//
//	KL = ν₁/2 · log(|V₁|/|V₀|) + ν₀/2 · (tr(V₁⁻¹V₀) − d) + log Γ_d(ν₁/2) − log Γ_d(ν₀/2) + (ν₀ − ν₁)/2 · ψ_d(ν₀/2).
func wishartKL(nu0 *big.Rat, v0 *ratSPD, nu1 *big.Rat, v1 *ratSPD) (sym.Expr, error) {
	d := v0.dim()
	if v1.dim() != d {
		return nil, fmt.Errorf("the scale matrices are %d×%d and %d×%d: kl needs the same dimension", d, d, v1.dim(), v1.dim())
	}
	return wishartKLFrom(nu0, nu1, d, v1.traceSolve(v0), new(big.Rat).Quo(v1.det, v0.det)), nil
}

// wishartKLFrom is wishartKL given tr(V₁⁻¹V₀) and |V₁|/|V₀|.
func wishartKLFrom(nu0, nu1 *big.Rat, d int, tr, ratio *big.Rat) sym.Expr {
	a0 := new(big.Rat).Quo(nu0, big.NewRat(2, 1))
	a1 := new(big.Rat).Quo(nu1, big.NewRat(2, 1))
	tr = new(big.Rat).Sub(tr, big.NewRat(int64(d), 1))
	return sym.Add(
		sym.Mul(halfOf(nu1), log(sym.Rat(ratio))),
		sym.Mul(halfOf(nu0), sym.Rat(tr)),
		multiLgamma(a1, d),
		sym.Neg(multiLgamma(a0, d)),
		sym.Mul(halfOf(new(big.Rat).Sub(nu0, nu1)), multiDigamma(a0, d)),
	)
}

func (w *wishartMember) KL(q MultiMember) (sym.Expr, error) {
	o, err := sameFamily[*wishartMember](w, q)
	if err != nil {
		return nil, err
	}
	return wishartKL(w.nu, w.v, o.nu, o.v)
}

func (w *wishartMember) Mean() (Mat, error) {
	d := w.v.dim()
	return Mat{Rows: d, Cols: d, Data: scaled(w.v.a, w.nu)}, nil
}

// scaled returns the entries of c·A row by row, each rounded once from its
// exact value.
func scaled(a [][]*big.Rat, c *big.Rat) []float64 {
	out := make([]float64, 0, len(a)*len(a))
	for _, row := range a {
		for _, v := range row {
			f, _ := new(big.Rat).Mul(c, v).Float64()
			out = append(out, f)
		}
	}
	return out
}

// Cov returns Cov(X_ij, X_kl) = ν (V_ik V_jl + V_il V_jk), the entries in
// row-major order: the second derivatives at Θ = 0 of the cumulant
// generating function −ν/2 log det(I − 2ΘV) (for whole ν, Isserlis' theorem
// on X = Σ_k z_k z_kᵀ gives the same).
func (w *wishartMember) Cov() (Mat, error) {
	return Mat{Rows: w.Dim(), Cols: w.Dim(), Data: pairCov(w.v.a, w.nu, nil)}, nil
}

// pairCov returns c · (A_ik A_jl + A_il A_jk) + b · A_ij A_kl over the pairs
// (ij, kl) of row-major entries, each entry rounded once from its exact
// value (b nil: zero).
func pairCov(a [][]*big.Rat, c, b *big.Rat) []float64 {
	d := len(a)
	out := make([]float64, 0, d*d*d*d)
	t := new(big.Rat)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			for k := 0; k < d; k++ {
				for l := 0; l < d; l++ {
					s := new(big.Rat).Mul(a[i][k], a[j][l])
					s.Add(s, t.Mul(a[i][l], a[j][k]))
					s.Mul(s, c)
					if b != nil {
						s.Add(s, t.Mul(b, t.Mul(a[i][j], a[k][l])))
					}
					f, _ := s.Float64()
					out = append(out, f)
				}
			}
		}
	}
	return out
}

func (w *wishartMember) LogProb(x []float64) (float64, error) {
	if err := checkDim(x, w.Dim()); err != nil {
		return 0, err
	}
	if err := w.solvable("V"); err != nil {
		return 0, err
	}
	rows, ok := matrixObservation(x, w.v.dim())
	if !ok {
		return math.Inf(-1), nil
	}
	s := symFromRows(rows)
	var c mat.Cholesky
	if !c.Factorize(s) {
		return math.Inf(-1), nil
	}
	return w.ref.LogProbSymChol(&c), nil
}

func symFromRows(rows [][]float64) *mat.SymDense {
	d := len(rows)
	s := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			s.SetSym(i, j, rows[i][j])
		}
	}
	return s
}

// Rand draws by Bartlett's decomposition (gonum's distmat.Wishart).
func (w *wishartMember) Rand(dst []float64, rnd *rand.Rand) []float64 {
	d := w.v.dim()
	if dst == nil {
		dst = make([]float64, d*d)
	}
	g, _ := distmat.NewWishart(w.vf, w.nuf, rnd)
	var s mat.SymDense
	g.RandSymTo(&s)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			dst[i*d+j] = s.At(i, j)
		}
	}
	return dst
}

// solvable reports a scale matrix too ill-conditioned for the float64
// log-density (named scale for the message).
func (w *wishartMember) solvable(scale string) error {
	if w.ref == nil || !(w.cond <= mat.ConditionTolerance) {
		return fmt.Errorf("%s's condition number (%.3g) is beyond what the float64 log-density solves with (%g)", scale, w.cond, mat.ConditionTolerance)
	}
	return nil
}
