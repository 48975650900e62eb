package dist

import (
	"errors"
	"math"

	"statcalc/sym"
)

// Shorthands for building expressions of known-valid functions.
var (
	zero, one, two, half = sym.Int(0), sym.Int(1), sym.Int(2), sym.Div(sym.Int(1), sym.Int(2))
)

func call(name string, args ...sym.Expr) sym.Expr {
	e, err := sym.Call(name, args...)
	if err != nil {
		panic(err) // the names below are all known to sym
	}
	return e
}

func log(x sym.Expr) sym.Expr    { return call("log", x) }
func exp(x sym.Expr) sym.Expr    { return call("exp", x) }
func lgamma(x sym.Expr) sym.Expr { return call("lgamma", x) }
func abs(x sym.Expr) sym.Expr    { return call("abs", x) }

// normalLogPartition is A(η) = −η₁²/(4η₂) − ½ log(−2η₂) + ½ log 2π, the
// log-partition of N(m, v) in η = (m/v, −1/(2v)).
func normalLogPartition(η, _ []sym.Expr) sym.Expr {
	return sym.Add(
		sym.Neg(sym.Div(sym.Pow(η[0], two), sym.Mul(sym.Int(4), η[1]))),
		sym.Mul(sym.Neg(half), log(sym.Mul(sym.Int(-2), η[1]))),
		sym.Mul(half, log(sym.Mul(two, sym.Pi))))
}

// normalSpace is the natural parameter space of the normal: η₂ < 0.
func normalSpace(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(η[1])} }

// negativeSpace is the space η < 0 (exponential, geometric).
func negativeSpace(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(η[0])} }

// aboveMinusOne is the space ηᵢ > −1 of every component (beta, Dirichlet).
func aboveMinusOne(η []sym.Expr) []sym.Expr {
	out := make([]sym.Expr, len(η))
	for i, e := range η {
		out[i] = sym.Add(e, one)
	}
	return out
}

func normalEta(θ []sym.Expr) []sym.Expr {
	return []sym.Expr{sym.Div(θ[0], θ[1]), sym.Neg(sym.Div(one, sym.Mul(two, θ[1])))}
}

func noBase(sym.Expr, []sym.Expr) sym.Expr         { return zero }
func zeroMeanLogBase([]sym.Expr) (sym.Expr, error) { return zero, nil }

func positiveSupport(x float64, _ []float64) bool { return x > 0 }
func unitSupport(x float64, _ []float64) bool     { return x > 0 && x < 1 }
func countSupport(x float64, _ []float64) bool    { return x >= 0 && x == math.Trunc(x) }

// numeric evaluates a parameter that a numeric-only formula needs.
func numeric(e sym.Expr) (float64, error) {
	if !sym.IsNumber(e) {
		return 0, errors.New("no closed form in symbols: give numeric parameters")
	}
	return sym.Float64(e)
}
