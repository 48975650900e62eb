package dist

import (
	"errors"
	"math"
	"math/rand/v2"

	"statcalc/sym"
)

// Kumaraswamy is Kumaraswamy(a, b) on (0, 1) with shapes a, b > 0:
//
//	p(x) = a b x^(a−1) (1 − x^a)^(b−1),  F(x) = 1 − (1 − x^a)^b.
//
// y = x^a is Beta(1, b), which gives E[log x] = (ψ(1) − ψ(b + 1))/a,
// E[log(1 − x^a)] = −1/b, the moments E[xⁿ] = b B(1 + n/a, b) and the
// entropy (1 − 1/b) + (1 − 1/a) H_b − log(ab), H_b = ψ(b + 1) + γ the
// harmonic number (Kumaraswamy 1980; Jones 2009, Statist. Methodol. 6).
var Kumaraswamy = register(&Family{
	Name: "Kumaraswamy", Doc: "Kumaraswamy with shapes a, b on (0, 1): a b x^(a−1) (1 − x^a)^(b−1), cdf 1 − (1 − x^a)^b",
	Example: "entropy(Kumaraswamy(2, 3))",
	Rank:    240, Values: OpenUnit,
	Params:  []Param{{Name: "a", Domain: Positive}, {Name: "b", Domain: Positive}},
	Support: unitSupport,
	Mean:    func(θ []sym.Expr) sym.Expr { return kumaraswamyMoment(θ, one) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Sub(kumaraswamyMoment(θ, two), sym.Pow(kumaraswamyMoment(θ, one), two))
	},
	RawMoment: func(θ []sym.Expr, k int) sym.Expr { return kumaraswamyMoment(θ, sym.Int(int64(k))) },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return kumaraswamyDist{a: θ[0], b: θ[1], src: src}
	},
	// 1 − (1 − x^a)^b on (0, 1).
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, zero, one); v != nil {
			return v, nil
		}
		return sym.Sub(one, sym.Pow(sym.Sub(one, sym.Pow(x, θ[0])), θ[1])), nil
	},
	// (1 − (1 − u)^(1/b))^(1/a)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Pow(sym.Sub(one, sym.Pow(sym.Sub(one, u), sym.Div(one, θ[1]))), sym.Div(one, θ[0])), nil
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		y, ey, ok := kumaraswamyLogSurvival(θ, x)
		if !ok {
			return kumaraswamyOutside(x, 0, 1)
		}
		F := -math.Expm1(y)
		return F, math.Exp(y)/F*ey + 2*ulp
	},
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		y, ey, ok := kumaraswamyLogSurvival(θ, x)
		if !ok {
			return kumaraswamyOutside(x, 1, 0)
		}
		return math.Exp(y), ey + 2*ulp
	},
	NonExp: &NonExponential{
		// log p(x) = log(a b) + (a − 1) log x + (b − 1) log(1 − x^a)
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			return sym.Add(log(sym.Mul(θ[0], θ[1])), sym.Mul(sym.Sub(θ[0], one), log(x)),
				sym.Mul(sym.Sub(θ[1], one), log(sym.Sub(one, sym.Pow(x, θ[0])))))
		},
		// H = (1 − 1/b) + (1 − 1/a)(ψ(b + 1) + γ) − log(a b)
		Entropy: func(θ []sym.Expr) sym.Expr {
			hb := sym.Add(call("digamma", sym.Add(θ[1], one)), eulerGamma())
			return sym.Add(sym.Sub(one, sym.Div(one, θ[1])), sym.Mul(sym.Sub(one, sym.Div(one, θ[0])), hb),
				sym.Neg(log(sym.Mul(θ[0], θ[1]))))
		},
		// With a_p = a_q = a: −E_p[log q] = −log(a b_q) − (a − 1) E_p[log x]
		// + (b_q − 1)/b_p, E_p[log x] = (ψ(1) − ψ(b_p + 1))/a.
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			if !sym.Equal(p[0], q[0]) {
				return nil, errors.New("no closed form between Kumaraswamy distributions with different a")
			}
			a := p[0]
			meanLog := sym.Div(sym.Sub(call("digamma", one), call("digamma", sym.Add(p[1], one))), a)
			return sym.Add(sym.Neg(log(sym.Mul(a, q[1]))), sym.Neg(sym.Mul(sym.Sub(a, one), meanLog)),
				sym.Div(sym.Sub(q[1], one), p[1])), nil
		},
		Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
			return nil, errors.New("the Fisher information of Kumaraswamy is not available in closed form")
		},
	},
})

// kumaraswamyMoment is E[x^c] = b B(1 + c/a, b).
func kumaraswamyMoment(θ []sym.Expr, c sym.Expr) sym.Expr {
	return sym.Mul(θ[1], exp(call("lbeta", sym.Add(one, sym.Div(c, θ[0])), θ[1])))
}

// kumaraswamyDist is the float64 form of Kumaraswamy(a, b): density, cdf,
// quantile and sampling by inversion, written with log1p and expm1 so
// that the tails keep their relative accuracy.
type kumaraswamyDist struct {
	a, b float64
	src  rand.Source
}

func (k kumaraswamyDist) LogProb(x float64) float64 {
	if !(x > 0 && x < 1) {
		return math.Inf(-1)
	}
	return math.Log(k.a*k.b) + (k.a-1)*math.Log(x) + (k.b-1)*log1mPow(x, k.a)
}

// log1mPow returns log(1 − x^a), 0 < x < 1: through log1p(−x^a) when x^a
// is small and log(−expm1(a log x)) when it is near 1, where 1 − x^a
// would lose its digits.
func log1mPow(x, a float64) float64 {
	l := a * math.Log(x)
	if l < -math.Ln2 {
		return math.Log1p(-math.Exp(l))
	}
	return math.Log(-math.Expm1(l))
}

// CDF is 1 − (1 − x^a)^b = −expm1(b log1p(−x^a)).
func (k kumaraswamyDist) CDF(x float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	return -math.Expm1(k.b * log1mPow(x, k.a))
}

// Quantile is (1 − (1 − u)^(1/b))^(1/a).
func (k kumaraswamyDist) Quantile(u float64) float64 {
	if !(u >= 0 && u <= 1) {
		return math.NaN()
	}
	return math.Pow(-math.Expm1(math.Log1p(-u)/k.b), 1/k.a)
}

// Rand draws by inversion, kept inside the open interval (0, 1) where a
// quantile rounds to an end.
func (k kumaraswamyDist) Rand() float64 {
	return min(max(k.Quantile(randOf(k.src).Float64()), math.SmallestNonzeroFloat64), math.Nextafter(1, 0))
}

// kumaraswamyOutside is the value below (lo) and above (hi) the support.
func kumaraswamyOutside(x, lo, hi float64) (float64, float64) {
	if x <= 0 {
		return lo, 0
	}
	return hi, 0
}

// kumaraswamyLogSurvival returns y = log S(x) = b log(1 − x^a) for
// 0 < x < 1, with a bound on its absolute error, from which
// F = −expm1(y) and S = e^y keep their relative accuracy in both tails.
// l = a log x carries |l|·2ε; log(1 − e^l) (log1mPow) has slope
// e^l/(1 − e^l) in l and rounds to a few ulps of itself; b·L adds one:
//
//	|δy| ≤ b (2ε |l| e^l/(1 − e^l) + 4ε |L|) + ε |y|.
//
// F then carries e^y/F·|δy| (d log F/dy = −e^y/F), S carries |δy|.
func kumaraswamyLogSurvival(θ []float64, x float64) (y, absErr float64, ok bool) {
	if !(x > 0 && x < 1) {
		return 0, 0, false
	}
	a, b := θ[0], θ[1]
	l := a * math.Log(x)
	L := log1mPow(x, a)
	y = b * L
	slope := -math.Exp(l) / math.Expm1(l)
	return y, b*(2*ulp*math.Abs(l)*slope+4*ulp*math.Abs(L)) + ulp*math.Abs(y), true
}
