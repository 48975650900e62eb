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

// sqrtPow is x^(1/2), the square root as the Fisher–Rao closed forms write it.
func sqrtPow(x sym.Expr) sym.Expr { return sym.Pow(x, half) }

// hyperbolic is 2 asinh(√((Δx² + (y₁ − y₂)²)/(4 y₁ y₂))), written
// 2 log(z + √(1 + z²)): the distance of the Poincaré half-plane with
// curvature −1 between (x₁, y₁) and (x₂, y₂), Δx = x₁ − x₂.
func hyperbolic(dx, y1, y2 sym.Expr) sym.Expr {
	z := sqrtPow(sym.Div(sym.Add(sym.Pow(dx, two), sym.Pow(sym.Sub(y1, y2), two)), sym.Mul(sym.Int(4), y1, y2)))
	return sym.Mul(two, log(sym.Add(z, sqrtPow(sym.Add(one, sym.Pow(z, two))))))
}

// normalRao is the Fisher–Rao distance of N(μ, σ²) (and of the
// log-normal, whose log is normal): the metric (dμ² + 2 dσ²)/σ² is the
// hyperbolic plane scaled by √2 in (μ/√2, σ), so
// d = 2√2 asinh(√(((μ₁ − μ₂)²/2 + (σ₁ − σ₂)²)/(4 σ₁ σ₂))).
func normalRao(p, q []sym.Expr) sym.Expr {
	s1, s2 := sqrtPow(p[1]), sqrtPow(q[1])
	dm := sym.Div(sym.Sub(p[0], q[0]), sqrtPow(two))
	return sym.Mul(sqrtPow(two), hyperbolic(dm, s1, s2))
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
