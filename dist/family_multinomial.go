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
	Help: "An observation is the vector of counts. entropy uses the marginal binomials x_i ~ Binomial(n, p_i): " +
		"H = −log n! − n Σ p_i log p_i + Σ_i E[log x_i!], each E[log x_i!] an exact sum for n ≤ 64 (to any :precision); " +
		"beyond, written about the mode so that the large terms cancel exactly, with a float64 remainder whose error bound " +
		"limits the digits printed (about 15; up to n p_i (1 − p_i) = 1e12). kl between two with the same n " +
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
		return &multinomial{n: n, p: p, nf: nf, pf: ratFloats(p)}, nil
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
// For n ≤ maxExactMultinomial each E[log x_i!] = Σ_x C(n, x) p_i^x q_i^(n−x) log x!
// is written out exactly (rational weights, logarithms of integers). For
// larger n it is written about the mode m_i as
//
//	E[log x!] = log m! + log(m + 1) · (n p − m) + E[R(x)],  R(x) = log(x!/m!) − (x − m) log(m + 1),
//
// so that the large terms (log n!, log m_i!, the linear part) cancel
// exactly in the expression, and only E[R], of the order of the variance
// over m, is a float64 sum; its error bound is returned.
func (m *multinomial) Entropy() (sym.Expr, float64, error) {
	n := ratNum(m.n)
	terms := []sym.Expr{sym.Neg(lgamma(sym.Add(n, one)))}
	var bound float64
	for i, p := range m.p {
		if p.Sign() == 0 {
			continue
		}
		terms = append(terms, sym.Neg(sym.Mul(n, ratNum(p), log(ratNum(p)))))
		switch {
		case p.Cmp(big.NewRat(1, 1)) == 0:
			terms = append(terms, lgamma(sym.Add(n, one))) // x_i = n surely
		case m.nf <= maxExactMultinomial:
			terms = append(terms, exactMeanLogFactorial(int64(m.nf), p))
		default:
			q, _ := new(big.Rat).Sub(big.NewRat(1, 1), p).Float64()
			if m.nf*m.pf[i]*q > maxMultinomialVariance {
				return nil, 0, fmt.Errorf("the entropy of Multinomial is computed for n p_i (1 − p_i) up to %g, not %g", maxMultinomialVariance, m.nf*m.pf[i]*q)
			}
			mode, r, e := meanLogFactorialRemainder(m.nf, m.pf[i], q)
			z := sym.Int(int64(mode) + 1)
			terms = append(terms, lgamma(z), sym.Mul(log(z), sym.Sub(sym.Mul(n, ratNum(p)), sym.Int(int64(mode)))), exactFloat(r))
			bound += e
		}
	}
	return sym.Add(terms...), bound, nil
}

// Limits of the two ways of computing E[log x!] (see Entropy): the exact
// sum has n + 1 logarithms, the float64 sum about 25 √(n p q) terms.
const (
	maxExactMultinomial    = 64
	maxMultinomialVariance = 1e12
)

// exactMeanLogFactorial is Σ_{x=2}^{n} C(n, x) p^x (1 − p)^(n−x) log x!, exact.
func exactMeanLogFactorial(n int64, p *big.Rat) sym.Expr {
	q := new(big.Rat).Sub(big.NewRat(1, 1), p)
	var terms []sym.Expr
	fact := big.NewInt(1)
	for x := int64(2); x <= n; x++ {
		fact.Mul(fact, big.NewInt(x))
		w := new(big.Rat).SetInt(new(big.Int).Binomial(n, x))
		w.Mul(w, ratPow(p, x))
		w.Mul(w, ratPow(q, n-x))
		if w.Sign() != 0 {
			terms = append(terms, sym.Mul(sym.Rat(w), log(sym.Rat(new(big.Rat).SetInt(fact)))))
		}
	}
	return sym.Add(terms...)
}

func ratPow(r *big.Rat, k int64) *big.Rat {
	num := new(big.Int).Exp(r.Num(), big.NewInt(k), nil)
	den := new(big.Int).Exp(r.Denom(), big.NewInt(k), nil)
	return new(big.Rat).SetFrac(num, den)
}

// meanLogFactorialRemainder returns the mode m of Binomial(n, p) (q = 1 − p
// given exactly), E[R(x)] with R(x) = log(x!/m!) − (x − m) log(m + 1), and a
// bound on its error. R is summed as Σ log1p((j − m − 1)/(m + 1)), terms
// small beside R itself; the weights w(x) ∝ p(x) run outwards from the mode
// by recurrences, w(m) = 1, until they fall below 2⁻⁹⁰ of the mode's.
func meanLogFactorialRemainder(n, p, q float64) (mode, r, bound float64) {
	mode = math.Min(math.Floor((n+1)*p), n)
	z := mode + 1
	const tiny = 0x1p-90
	sumW, sumWR, sumErr := 1.0, 0.0, 0.0
	// Upwards: w(x+1) = w(x) (n−x)/(x+1) · p/q, R(x+1) = R(x) + log((x+1)/z).
	w, rx := 1.0, 0.0
	for x := mode; x < n; x++ {
		w *= (n - x) / (x + 1) * p / q
		rx += math.Log1p((x + 1 - z) / z)
		if w < tiny {
			break
		}
		sumW += w
		sumWR += w * rx
		sumErr += w * math.Abs(rx) * (2*(x+1-mode) + 4)
	}
	// Downwards: w(x−1) = w(x) x/(n−x+1) · q/p, R(x−1) = R(x) − log(x/z).
	w, rx = 1.0, 0.0
	for x := mode; x > 0; x-- {
		w *= x / (n - x + 1) * q / p
		rx -= math.Log1p((x - z) / z)
		if w < tiny {
			break
		}
		sumW += w
		sumWR += w * rx
		sumErr += w * math.Abs(rx) * (2*(mode-x+1) + 4)
	}
	const eps = 0x1p-52
	return mode, sumWR / sumW, eps*sumErr/sumW + tiny*n
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
