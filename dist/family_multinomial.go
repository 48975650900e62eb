package dist

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Multinomial is Multinomial(n, p), the counts of the k categories in n
// independent draws from Categorical(p):
//
//	p(x) = n!/(x₁! ⋯ x_k!) · p₁^{x₁} ⋯ p_k^{x_k},  x_i ≥ 0, Σ x_i = n.
var Multinomial = registerMulti(&MultiFamily{
	Name: "Multinomial", Signature: "Multinomial(n, p)", Rank: 0,
	Doc: "counts of k categories in n draws from Categorical(p): n!/Π x[i]! · Π p[i]^x[i]; mean n p, cov n (diag p − p pᵀ)",
	Help: "An observation is the vector of counts. entropy uses the marginal binomials, exact for every n: " +
		"H = −log n! − n Σ p_i log p_i + Σ_i E[log x_i!] with x_i ~ Binomial(n, p_i), each expectation summed from the " +
		"mode outwards in float64 (its error bound limits the digits printed for large n). kl between two with the same n " +
		"is n · kl of the categoricals (Inf when n differs, or when q has no mass where p has). " +
		"Sampling draws successive binomials (gonum's distuv.Binomial).",
	Example: "kl(Multinomial(10, [0.2, 0.3, 0.5]), Multinomial(10, [1/3, 1/3, 1/3]))",
	New: func(args []Arg) (MultiMember, error) {
		const fam = "Multinomial"
		n, err := scalarParam(fam, args, 0, "n")
		if err != nil {
			return nil, err
		}
		if !n.IsInt() || n.Sign() <= 0 || n.Num().BitLen() > 52 {
			return nil, argErrorf(0, "%s: n must be a whole number ≥ 1 (below 2^52), not %s", fam, ratText(n))
		}
		p, err := vectorParam(fam, args, 1, "p")
		if err != nil {
			return nil, err
		}
		if len(p) < 2 {
			return nil, argErrorf(1, "%s: p needs at least 2 entries", fam)
		}
		sum := new(big.Rat)
		for i, v := range p {
			if v.Sign() < 0 || v.Cmp(big.NewRat(1, 1)) > 0 {
				return nil, argErrorf(1, "%s: p[%d] must be in [0, 1], not %s", fam, i+1, ratText(v))
			}
			sum.Add(sum, v)
		}
		s, _ := sum.Float64()
		if math.Abs(s-1) > 1e-12*float64(len(p)) {
			return nil, argErrorf(1, "%s: the probabilities p must sum to 1, not %s", fam, ratText(sum))
		}
		nf, _ := n.Float64()
		return &multinomial{n: n, p: p, nf: nf, pf: floats(p)}, nil
	},
})

type multinomial struct {
	n  *big.Rat
	p  []*big.Rat
	nf float64
	pf []float64
}

func (m *multinomial) Family() *MultiFamily { return Multinomial }
func (m *multinomial) Dim() int             { return len(m.p) }
func (m *multinomial) Shape() (int, int)    { return len(m.p), 1 }

func (m *multinomial) Text(num func(float64) string) string {
	return fmt.Sprintf("Multinomial(n = %s, p = %s)", num(m.nf), vecText(m.p, num))
}

// Entropy is, by linearity of E[log p(x)] over the marginals x_i ~
// Binomial(n, p_i),
//
//	H = −log n! − n Σ p_i log p_i + Σ_i E[log x_i!].
//
// The last sums are written lgamma(m_i + 1) + E[log(x_i!/m_i!)] about the
// mode m_i, so that the large terms log n! and log m_i! cancel exactly in
// the expression and only the small remainder is a float64 sum; its bound
// is returned.
func (m *multinomial) Entropy() (sym.Expr, float64, error) {
	n := ratNum(m.n)
	terms := []sym.Expr{sym.Neg(lgamma(sym.Add(n, one)))}
	var bound float64
	for i, p := range m.p {
		if p.Sign() == 0 {
			continue
		}
		terms = append(terms, sym.Neg(sym.Mul(n, ratNum(p), log(ratNum(p)))))
		if p.Cmp(big.NewRat(1, 1)) == 0 {
			terms = append(terms, lgamma(sym.Add(n, one))) // x_i = n surely
			continue
		}
		q, _ := new(big.Rat).Sub(big.NewRat(1, 1), p).Float64()
		mode, s, e := meanLogFactorialFromMode(m.nf, m.pf[i], q)
		terms = append(terms, lgamma(sym.Int(int64(mode)+1)), exactFloat(s))
		bound += e
	}
	return sym.Add(terms...), bound, nil
}

// meanLogFactorialFromMode returns the mode m of Binomial(n, p) (q = 1 − p
// given exactly), S = E[log(x!/m!)] and a bound on the error of S. The
// weights w(x) ∝ p(x) and D(x) = log(x!/m!) run outwards from the mode by
// recurrences, w(m) = 1, until the weights fall below 2⁻⁹⁰ of the mode's.
func meanLogFactorialFromMode(n, p, q float64) (mode, s, bound float64) {
	mode = math.Min(math.Floor((n+1)*p), n)
	const tiny = 0x1p-90
	sumW, sumWD, sumErr := 1.0, 0.0, 0.0
	// Upwards: w(x+1) = w(x) (n−x)/(x+1) · p/q, D(x+1) = D(x) + log(x+1).
	w, d := 1.0, 0.0
	for x := mode; x < n; x++ {
		w *= (n - x) / (x + 1) * p / q
		d += math.Log(x + 1)
		if w < tiny {
			break
		}
		sumW += w
		sumWD += w * d
		sumErr += w * math.Abs(d) * (x - mode + 3)
	}
	// Downwards: w(x−1) = w(x) x/(n−x+1) · q/p, D(x−1) = D(x) − log x.
	w, d = 1.0, 0.0
	for x := mode; x > 0; x-- {
		w *= x / (n - x + 1) * q / p
		d -= math.Log(x)
		if w < tiny {
			break
		}
		sumW += w
		sumWD += w * d
		sumErr += w * math.Abs(d) * (mode - x + 3)
	}
	const eps = 0x1p-52
	return mode, sumWD / sumW, eps*sumErr/sumW + tiny*n*math.Log(n+1)
}

// KL is n Σ p_i log(p_i/q_i) for the same n: the counts are sufficient, and
// KL of the n draws is n times that of one.
func (m *multinomial) KL(q MultiMember) (sym.Expr, error) {
	o, err := sameFamily[*multinomial](m, q)
	if err != nil {
		return nil, err
	}
	if len(o.p) != len(m.p) {
		return nil, fmt.Errorf("p has %d categories and q %d: kl needs the same number", len(m.p), len(o.p))
	}
	if m.n.Cmp(o.n) != 0 {
		return nil, &Infinite{Reason: fmt.Sprintf("the counts of p sum to %s and those of q to %s: their supports are disjoint", ratText(m.n), ratText(o.n))}
	}
	var terms []sym.Expr
	for i, p := range m.p {
		if p.Sign() == 0 {
			continue
		}
		if o.p[i].Sign() == 0 {
			return nil, &Infinite{Reason: fmt.Sprintf("q gives category %d no mass, p gives it %s", i+1, ratText(p))}
		}
		terms = append(terms, sym.Mul(ratNum(p), log(sym.Rat(new(big.Rat).Quo(p, o.p[i])))))
	}
	return sym.Mul(ratNum(m.n), sym.Add(terms...)), nil
}

// Mean is n p.
func (m *multinomial) Mean() (Mat, error) {
	out := make([]float64, len(m.p))
	for i, p := range m.p {
		out[i], _ = new(big.Rat).Mul(m.n, p).Float64()
	}
	return Mat{Rows: len(out), Cols: 1, Vector: true, Data: out}, nil
}

// Cov is n (diag p − p pᵀ), each entry rounded once from its exact value.
func (m *multinomial) Cov() (Mat, error) {
	k := len(m.p)
	out := make([]float64, k*k)
	for i := range m.p {
		for j := range m.p {
			c := new(big.Rat).Mul(m.p[i], m.p[j])
			c.Neg(c)
			if i == j {
				c.Add(c, m.p[i])
			}
			out[i*k+j], _ = c.Mul(c, m.n).Float64()
		}
	}
	return Mat{Rows: k, Cols: k, Data: out}, nil
}

// LogProb is log n! − Σ log x_i! + Σ x_i log p_i for counts summing to n.
func (m *multinomial) LogProb(x []float64) (float64, error) {
	if err := checkDim(x, m.Dim()); err != nil {
		return 0, err
	}
	sum := 0.0
	lg := func(v float64) float64 { l, _ := math.Lgamma(v); return l }
	lp := lg(m.nf + 1)
	for i, v := range x {
		if v < 0 || v != math.Trunc(v) {
			return math.Inf(-1), nil
		}
		sum += v
		if v > 0 {
			if m.pf[i] == 0 {
				return math.Inf(-1), nil
			}
			lp += v*math.Log(m.pf[i]) - lg(v+1)
		}
	}
	if sum != m.nf {
		return math.Inf(-1), nil
	}
	return lp, nil
}

// Rand draws x_i ~ Binomial(n − Σ_{j<i} x_j, p_i / Σ_{j≥i} p_j) in turn.
func (m *multinomial) Rand(dst []float64, rnd *rand.Rand) []float64 {
	k := len(m.p)
	if dst == nil {
		dst = make([]float64, k)
	}
	rest := m.nf
	tail := new(big.Rat)
	for _, p := range m.p {
		tail.Add(tail, p)
	}
	for i, p := range m.p {
		if i == k-1 || rest == 0 {
			dst[i] = rest
			rest = 0
			continue
		}
		var c float64
		if tail.Sign() > 0 {
			c, _ = new(big.Rat).Quo(p, tail).Float64()
		}
		tail.Sub(tail, p)
		x := distuv.Binomial{N: rest, P: math.Min(1, c), Src: rnd}.Rand()
		dst[i] = x
		rest -= x
	}
	return dst
}
