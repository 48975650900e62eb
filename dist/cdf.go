package dist

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"gonum.org/v1/gonum/mathext"

	"statcalc/sym"
)

// ErrMultivariateCDF is returned for the cdf or quantile of a distribution
// of several variables.
var ErrMultivariateCDF = errors.New("cdf of a multivariate distribution is not supported")

// ErrCDFUnderflow is returned when F(x) is positive but below the normal
// float64 range, where float64 no longer carries its relative precision.
var ErrCDFUnderflow = errors.New("the value is below the float64 range (about 2.2e-308)")

const ulp = 0x1p-52

// Scalar reports whether d is a distribution of one variable.
func (d *Dist) Scalar() bool {
	return !d.Multivariate() && !(d.Family.Vector && !d.Family.Discrete)
}

// numericSign returns the sign of e when it is a number.
func numericSign(e sym.Expr) (int, bool) {
	if !sym.IsNumber(e) {
		return 0, false
	}
	v, err := sym.Decimal(e, 20)
	if err != nil {
		return 0, false
	}
	return v.Sign(), true
}

// CDFExpr returns the closed form of F(x) = P(X ≤ x) declared by the
// family (Family.CDF), or an error when it has none.
func (d *Dist) CDFExpr(x sym.Expr) (sym.Expr, error) {
	if !d.Scalar() {
		return nil, ErrMultivariateCDF
	}
	if d.Family.CDF == nil {
		return nil, fmt.Errorf("%s has no closed-form cdf: give numeric parameters and a numeric x", d.Family.Name)
	}
	return d.Family.CDF(d.Theta, x)
}

// QuantileExpr returns the closed form of F⁻¹(u) declared by the family
// (Family.InverseCDF), or an error when it has none.
func (d *Dist) QuantileExpr(u sym.Expr) (sym.Expr, error) {
	if !d.Scalar() {
		return nil, ErrMultivariateCDF
	}
	if d.Family.InverseCDF == nil {
		return nil, fmt.Errorf("%s has no closed-form quantile: give numeric parameters and a numeric u", d.Family.Name)
	}
	return d.Family.InverseCDF(d.Theta, u)
}

// CDF returns F(x) = P(X ≤ x) for numeric parameters and x, with a bound
// on its relative error: the family's closed form (Family.CDF) evaluated
// in decimal arithmetic, else its float64 form (Family.CDFValue).
// A point mass (see Atom) has F = 0 below its atom and 1 from it on.
func (d *Dist) CDF(x float64) (F, relErr float64, err error) {
	if !d.Scalar() {
		return 0, 0, ErrMultivariateCDF
	}
	θ, err := d.Floats()
	if err != nil || !d.IsNumeric() {
		return 0, 0, errors.New("a numeric cdf needs numeric parameters")
	}
	if math.IsNaN(x) {
		return 0, 0, errors.New("x is not a number")
	}
	if at, ok := d.Atom(); ok {
		if x >= at {
			return 1, 0, nil
		}
		return 0, 0, nil
	}
	switch f := d.Family; {
	case f.CDFValue != nil:
		F, relErr = f.CDFValue(θ, x)
	case f.CDF != nil:
		// Exact binary values: sym folds float64 operands in float64,
		// which would bring back the cancellation the decimal evaluation
		// avoids (1 − exp(−λx) at a small λx).
		e, err := f.CDF(exactFloats(θ), exactFloat(x))
		if err != nil {
			return 0, 0, err
		}
		v, err := sym.Decimal(e, 20)
		if err != nil {
			return 0, 0, err
		}
		F, _ = v.Float64()
		relErr = ulp
	default:
		return 0, 0, fmt.Errorf("%s has no cdf", f.Name)
	}
	if math.IsInf(relErr, 1) || F > 0 && F < 0x1p-1022 {
		return 0, 0, ErrCDFUnderflow
	}
	return F, relErr, nil
}

// LogCDF returns log F(x) with a bound on its absolute error, for an x
// where CDF reports ErrCDFUnderflow and the family declares LogCDFValue.
func (d *Dist) LogCDF(x float64) (logF, absErr float64, err error) {
	θ, err := d.Floats()
	if err != nil || !d.Scalar() || d.Family.LogCDFValue == nil {
		return 0, 0, ErrCDFUnderflow
	}
	logF, absErr = d.Family.LogCDFValue(θ, x)
	if !(logF > -230000) || math.IsInf(absErr, 0) {
		// Decimal arithmetic reaches down to about 1e-100000.
		return 0, 0, errors.New("the value is below the range of the calculator (about 1e-99000)")
	}
	return logF, absErr, nil
}

// QuantileBound returns F⁻¹(u) = inf{x : F(x) ≥ u}, 0 < u < 1, for
// numeric parameters, with a bound on its relative error. A discrete
// family's is the least whole number k with F(k) ≥ u, searched on CDF.
// A continuous family's starts from Quantile and takes Newton steps on
// CDF; the bound is then
//
//	|δx| ≤ (|F(x) − u| + relErr_F·F(x) + ε·u) / f(x) + ε|x|
//
// with f the density: the error of F carried through the inverse.
func (d *Dist) QuantileBound(u float64) (x, relErr float64, err error) {
	if !d.Scalar() {
		return 0, 0, ErrMultivariateCDF
	}
	if !(u > 0 && u < 1) {
		return 0, 0, fmt.Errorf("u = %g is not in (0, 1)", u)
	}
	if _, err := d.Floats(); err != nil || !d.IsNumeric() {
		return 0, 0, errors.New("a numeric quantile needs numeric parameters")
	}
	if at, ok := d.Atom(); ok {
		return at, 0, nil
	}
	cdf := func(x float64) float64 {
		F, _, err := d.CDF(x)
		if err != nil {
			return 0
		}
		return F
	}
	if d.Family.Discrete {
		k, err := discreteQuantile(cdf, u, math.Inf(1))
		return k, 0, err
	}
	return d.newtonQuantile(u, 1, func(x float64) (float64, float64, error) { return d.CDF(x) })
}

// UpperQuantileBound is QuantileBound(1 − q) for a q = 1 − u given
// exactly (0 < q < 1): above the median of a family that declares
// SurvivalValue, Newton steps on S(x) = 1 − F(x) find x with S(x) = q to
// the accuracy of S, where F near 1 would leave only its absolute error.
func (d *Dist) UpperQuantileBound(q float64) (x, relErr float64, err error) {
	θ, ferr := d.Floats()
	if ferr != nil || !d.Scalar() || d.Family.SurvivalValue == nil || d.Family.Discrete || !(q > 0 && q < 0.5) {
		return d.QuantileBound(1 - q)
	}
	if _, ok := d.Atom(); ok {
		return d.QuantileBound(1 - q)
	}
	return d.newtonQuantile(q, -1, func(x float64) (float64, float64, error) {
		S, r := d.Family.SurvivalValue(θ, x)
		return S, r, nil
	})
}

// newtonQuantile solves G(x) = target from gonum's quantile, G the cdf
// (sign 1) or the survival function (sign −1), and bounds the error of
// the root by the error of G at it:
//
//	|δx| ≤ (|G(x) − target| + relErr_G·G(x) + ε·target) / f(x) + ε|x|.
func (d *Dist) newtonQuantile(target, sign float64, G func(float64) (float64, float64, error)) (x, relErr float64, err error) {
	u := target
	if sign < 0 {
		u = 1 - target
	}
	x, err = d.Quantile(u)
	if err != nil {
		return 0, 0, err
	}
	θ, _ := d.Floats()
	pdf := func(x float64) float64 { return math.Exp(d.numericLogDensity(θ, x)) }
	value := func(x float64) float64 {
		v, _, err := G(x)
		if err != nil {
			return math.NaN()
		}
		return v
	}
	for i := 0; i < 6; i++ {
		g, f := value(x), pdf(x)
		if !(f > 0) || g == target || math.IsNaN(g) {
			break
		}
		next := x - sign*(g-target)/f
		if math.IsNaN(next) || math.IsInf(next, 0) || !(math.Abs(value(next)-target) < math.Abs(g-target)) {
			break
		}
		x = next
	}
	g, rG, err := G(x)
	if err != nil {
		return 0, 0, err
	}
	f := pdf(x)
	if !(f > 0) || x == 0 {
		return x, 0, nil
	}
	δ := (math.Abs(g-target)+rG*g+ulp*target)/f + ulp*math.Abs(x)
	return x, δ / math.Abs(x), nil
}

// numericLogDensity is the log-density at x of a member with numeric
// parameters θ, from its sampler (gonum's where gonum has the family).
func (d *Dist) numericLogDensity(θ []float64, x float64) float64 {
	if d.Family.Gonum != nil {
		return d.Family.Gonum(θ, nil).LogProb(x)
	}
	if s, err := d.Sampler(); err == nil && s != nil {
		if v, err := s.LogProb([]float64{x}); err == nil {
			return v
		}
	}
	return math.NaN()
}

// belowOrAbove returns 0 when x is numeric and x ≤ lo (lo nil: no lower
// end), 1 when x is numeric and x ≥ hi, and nil otherwise: the pieces
// of a cdf outside the support.
func belowOrAbove(x, lo, hi sym.Expr) sym.Expr {
	if lo != nil {
		if s, ok := numericSign(sym.Sub(x, lo)); ok && s <= 0 {
			return zero
		}
	}
	if hi != nil {
		if s, ok := numericSign(sym.Sub(x, hi)); ok && s >= 0 {
			return one
		}
	}
	return nil
}

// normalCDF returns Φ(z) = erfc(−z/√2)/2 with a bound on its relative
// error when z carries the relative error rz: erfc's own (a few ulps)
// plus |d log Φ/dz|·|z|·rz, where d log Φ/dz ≤ max(1, |z|) + 1 for z < 0
// (the Mills ratio) and is below φ(z)/Φ(z) ≤ 1 for z ≥ 0. Below
// z = −37.5 Φ leaves the normal float64 range: relErr is +Inf.
func normalCDF(z, rz float64) (F, relErr float64) {
	if z < -37.5 {
		return 0, math.Inf(1)
	}
	F = math.Erfc(-z/math.Sqrt2) / 2
	slope := 1.0
	if z < 0 {
		slope = -z + 1
	}
	return F, 8*ulp + slope*math.Abs(z)*rz
}

// normalLogCDF returns log Φ(z) for z ≤ −37.5, where Φ is below the
// float64 range, by the asymptotic series of the Mills ratio (Abramowitz
// and Stegun 26.2.12):
//
//	Φ(z) = φ(z)/|z| · (1 − 1/z² + 3/z⁴ − 15/z⁶ + … ± (2n−1)!!/z²ⁿ),
//
// whose truncation after n = 7 terms is below 1e-17 there; the absolute
// error bound adds z²·(rz + ε) for the error rz of z and the rounding of
// z²/2.
func normalLogCDF(z, rz float64) (logF, absErr float64) {
	z2 := z * z
	s, term := 0.0, 1.0
	for k := 1; k <= 7; k++ {
		term *= -float64(2*k-1) / z2
		s += term
	}
	logF = -z2/2 - math.Log(-z) - math.Log(2*math.Pi)/2 + math.Log1p(s)
	return logF, z2*(rz+ulp) + 8*ulp*(math.Log(-z)+2) + 1e-17
}

// gammaPrefactorErr bounds the relative error of the regularized
// incomplete gamma functions P(a, x), Q(a, x) of gonum's mathext (Cephes
// igam): they carry x^a e^{−x}/Γ(a), computed through exp of a log
// whose absolute error is a few ulps of its terms, and the series and
// continued fractions add a few dozen ulps (measured against mpmath in
// dist/cdf_refs_test.go: at most about a third of this bound).
func gammaPrefactorErr(a, x float64) float64 {
	lg, _ := math.Lgamma(a)
	return 128*ulp + 16*ulp*(math.Abs(a*math.Log(x))+x+math.Abs(lg))
}

// gammaP returns the regularized lower incomplete gamma function P(a, x)
// with a bound on its relative error; rx is the relative error of x.
// d log P/d log x ≤ a for the lower tail, so rx adds a·rx there.
func gammaP(a, x, rx float64) (float64, float64) {
	if x <= 0 {
		return 0, 0
	}
	return gammaPQ(a, x, rx, false)
}

// gammaQ returns the regularized upper incomplete gamma function Q(a, x)
// with a bound on its relative error, as gammaP.
func gammaQ(a, x, rx float64) (float64, float64) {
	if x <= 0 {
		return 1, 0
	}
	return gammaPQ(a, x, rx, true)
}

// gammaPQ returns P(a, x), or Q(a, x) when upper is set. The smaller of
// gonum's P and Q is accurate relative to itself (within
// gammaPrefactorErr, measured); the one above ½ is taken as 1 minus the
// other, with that one's absolute error.
func gammaPQ(a, x, rx float64, upper bool) (float64, float64) {
	r := gammaPrefactorErr(a, x) + (math.Max(a, x)+1)*rx
	P := mathext.GammaIncReg(a, x)
	Q := mathext.GammaIncRegComp(a, x)
	small, v := P, P
	if upper {
		v = Q
	}
	if Q < P {
		small = Q
	}
	if v == 0 {
		return 0, math.Inf(1) // below the float64 range
	}
	if v == small {
		return v, r
	}
	v = 1 - small
	return v, small*r/v + 2*ulp
}

// betaI returns the regularized incomplete beta function I_x(a, b) with a
// bound on its relative error (the prefactor x^a (1−x)^b / B(a, b), as for
// gammaP, and a·rx for the error of x).
func betaI(a, b, x, rx float64) (float64, float64) {
	if x <= 0 {
		return 0, 0
	}
	if x >= 1 {
		return 1, 0
	}
	I := mathext.RegIncBeta(a, b, x)
	if I == 0 {
		return 0, math.Inf(1)
	}
	lb := mathext.Lbeta(a, b)
	pre := 64 * ulp * (1 + math.Abs(a*math.Log(x)) + math.Abs(b*math.Log1p(-x)) + math.Abs(lb))
	return I, pre + (a+b)*rx
}

// exactFloats is exactFloat of each entry.
func exactFloats(xs []float64) []sym.Expr {
	out := make([]sym.Expr, len(xs))
	for i, x := range xs {
		out[i] = exactFloat(x)
	}
	return out
}

// errNumericX is the error of a piecewise cdf at a symbolic x.
var errNumericX = errors.New("the cdf is piecewise: it needs a numeric x")

// shiftErr bounds the relative error of x − m computed in float64.
func shiftErr(x, m float64) float64 {
	d := math.Abs(x - m)
	if d == 0 {
		return 0
	}
	return ulp * (math.Abs(x) + math.Abs(m)) / d
}

// wholePart returns ⌊x⌋ for a numeric x, capped at top: a cdf that is
// constant from top on (Categorical) or, with capped, a sum too long to
// write out (Poisson's). An error for a symbolic x.
func wholePart(x sym.Expr, top int) (k int, capped bool, err error) {
	f, err := floorOf(x)
	if err != nil {
		return 0, false, err
	}
	if f.Sign() < 0 {
		return -1, false, nil
	}
	if f.Cmp(big.NewInt(int64(top))) > 0 {
		return top, true, nil
	}
	return int(f.Int64()), false, nil
}

// floorOf returns ⌊x⌋ for a numeric x.
func floorOf(x sym.Expr) (*big.Int, error) {
	if !sym.IsNumber(x) {
		return nil, errNumericX
	}
	if r, ok := sym.AsRat(x); ok {
		q := new(big.Int).Div(r.Num(), r.Denom()) // Euclidean: the floor for a positive denominator
		return q, nil
	}
	v, err := sym.Decimal(x, 40)
	if err != nil {
		return nil, err
	}
	return v.Floor().BigInt(), nil
}

// studentTCDF is the cdf of StudentT(ν, μ, σ); see Family.CDFValue there.
func studentTCDF(θ []float64, x float64) (float64, float64) {
	return studentT(θ[0], (x-θ[1])/θ[2], shiftErr(x, θ[1])+2*ulp)
}

// studentT is the cdf of Student's t with ν degrees of freedom at t,
// where t carries the relative error rt.
func studentT(ν, t, rt float64) (float64, float64) {
	t2 := t * t
	if t2 >= 1 {
		I, r := betaI(ν/2, 0.5, ν/(ν+t2), 2*rt+2*ulp)
		if t < 0 {
			return I / 2, r
		}
		return 1 - I/2, I*r/2 + ulp
	}
	I, r := betaI(0.5, ν/2, t2/(ν+t2), 2*rt+2*ulp)
	if t < 0 {
		// |t| < 1: F > 0.15 for every ν, the difference loses at most a
		// few bits.
		return 0.5 - I/2, 4*I*r + 4*ulp
	}
	return 0.5 + I/2, I*r + ulp
}
