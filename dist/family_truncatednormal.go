package dist

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"statcalc/sym"
)

// TruncatedNormal is TruncatedNormal(m, v, a, b): N(m, v), mean m and
// VARIANCE v as for N, restricted to a ≤ x ≤ b (a < b, finite numbers as
// all the calculator's are; an end far out, such as 1e300, acts as ±∞). With s = √v, α = (a − m)/s, β = (b − m)/s, φ and Φ the
// standard normal density and cdf, Z = Φ(β) − Φ(α):
//
//	p(x) = φ((x − m)/s)/(s Z),
//	mean = m + s (φ(α) − φ(β))/Z,
//	var  = v [1 + (α φ(α) − β φ(β))/Z − ((φ(α) − φ(β))/Z)²],
//	H    = ½ log(2πe v) + log Z + (α φ(α) − β φ(β))/(2Z),
//	−E_p[log q] = ½ log(2π v_q) + log Z_q + (var_p + (mean_p − m_q)²)/(2 v_q)
//
// the last when p's support lies in q's (+∞ otherwise) (Johnson, Kotz &
// Balakrishnan 1994, §10.1). The values are computed in float64 from
// Mills' ratio R(x) = (1 − Φ(x))/φ(x), so that a window far in a tail
// (a = 10 standard deviations above m) keeps its digits: see truncNormal.
var TruncatedNormal = register(&Family{
	Name: "TruncatedNormal", Doc: "normal N(m, v) (v a VARIANCE) truncated to a ≤ x ≤ b, a < b (an end far out, like 1e300, acts as ±∞); numeric parameters",
	Example:     "entropy(TruncatedNormal(0, 1, -1, 2))",
	Rank:        245,
	NumericOnly: true,
	Params:      []Param{{Name: "m", Domain: Real}, {Name: "v", Domain: Positive}, {Name: "a", Domain: Real}, {Name: "b", Domain: Real}},
	Support:     func(x float64, θ []float64) bool { return x >= θ[2] && x <= θ[3] },
	Ends:        func(θ []sym.Expr) (sym.Expr, sym.Expr) { return θ[2], θ[3] },
	Kinks:       func(θ []float64) []float64 { return finiteOf(θ[2], θ[3]) },
	Validate: func(θ []float64) error {
		if !(θ[2] < θ[3]) {
			return fmt.Errorf("a must be less than b, not %g ≥ %g", θ[2], θ[3])
		}
		if math.IsInf(θ[0], 0) {
			return fmt.Errorf("m must be finite")
		}
		if t := newTruncNormal(θ); math.IsInf(t.logZ, -1) || math.IsNaN(t.logZ) {
			return fmt.Errorf("[a, b] = [%g, %g] holds no mass of N(%g, %g) in float64", θ[2], θ[3], θ[0], θ[1])
		}
		return nil
	},
	Mean:     truncNormalValue(func(t truncNormal) float64 { return t.mean() }),
	Variance: truncNormalValue(func(t truncNormal) float64 { return t.variance() }),
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		return truncNormalValue(func(t truncNormal) float64 { return t.rawMoment(k) })(θ)
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		t := newTruncNormal(θ)
		t.src = src
		return t
	},
	CDFValue: truncNormalCDF,
	// S(x) of TruncatedNormal(m, v, a, b) is F(−x) of its mirror image
	// TruncatedNormal(−m, v, −b, −a).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		return truncNormalCDF([]float64{-θ[0], θ[1], -θ[3], -θ[2]}, -x)
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			t := newTruncNormalSym(θ)
			z := sym.Div(sym.Sub(x, θ[0]), sym.Float(t.s))
			return sym.Sub(sym.Mul(sym.Float(-0.5), sym.Pow(z, two)), sym.Float(0.5*math.Log(2*math.Pi)+math.Log(t.s)+t.logZ))
		},
		Entropy: truncNormalValue(func(t truncNormal) float64 { return t.entropy() }),
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			tp, tq := newTruncNormalSym(p), newTruncNormalSym(q)
			if tp.a < tq.a || tp.b > tq.b {
				return nil, &Infinite{Reason: "support of p not contained in that of q"}
			}
			h := tp.entropy()
			if tp.sameAs(tq) {
				return exactFloat(h), nil
			}
			kl, bound := tp.klTo(tq)
			if math.Abs(kl) <= bound {
				return nil, fmt.Errorf("the two truncated normals are too close for float64: their KL, below %.2g, is lost in rounding", bound)
			}
			// H(p) + KL(p‖q), exact sum of the two: metrics' KL = H(p, q) − H(p)
			// then returns kl itself.
			return sym.Add(exactFloat(h), exactFloat(kl)), nil
		},
		Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
			return nil, errors.New("the Fisher information of TruncatedNormal is not available in closed form")
		},
	},
})

// finiteOf returns those of xs that are finite.
func finiteOf(xs ...float64) []float64 {
	var out []float64
	for _, x := range xs {
		if !math.IsInf(x, 0) {
			out = append(out, x)
		}
	}
	return out
}

// paramFloats evaluates numeric parameters (NumericOnly families have no others).
func paramFloats(θ []sym.Expr) []float64 {
	out := make([]float64, len(θ))
	for i, t := range θ {
		out[i], _ = sym.Float64(t)
	}
	return out
}

func truncNormalValue(f func(truncNormal) float64) func(θ []sym.Expr) sym.Expr {
	return func(θ []sym.Expr) sym.Expr { return sym.Float(f(newTruncNormalSym(θ))) }
}

// truncNormal is TruncatedNormal in float64. With α, β the standardised
// ends, A = φ(α)/Z and B = φ(β)/Z. When both ends lie above the mean
// (α > 0) everything is written relative to φ(α):
//
//	Z = φ(α) Q,  Q = R(α) − e^(−δ) R(β),  δ = (β − α)(β + α)/2,
//	A = 1/Q,  B = e^(−δ)/Q,  log Z = −α²/2 − ½ log 2π + log Q,
//
// which neither underflows nor cancels; both ends below the mean are the
// mirror image, and an interval around the mean has Z = (erf(β/√2) −
// erf(α/√2))/2 without cancellation.
type truncNormal struct {
	m, v, s, a, b float64
	α, β          float64
	logZ, A, B    float64
	// c1 = 1/R(α) − α and varOne = 1 − A(A − α) for one-sided upper
	// (or mirrored lower) tails, from the continued fraction of R.
	c1, varOne float64
	// A short window (β − α ≤ 1, short against the slope of φ too) has
	// its moments by Gauss–Legendre quadrature in t = ξ − c, c the
	// window's centre, where the density is e^(−ct − t²/2)/J: the
	// formulas in A and B cancel there (var/v ≈ (β − α)²/12 ≪ 1).
	narrow                bool
	c, logJ               float64
	nMean, nVar, nEntropy float64
	near                  float64 // α, or −β when mirrored: the end nearest the mean
	logQ                  float64 // log Q when both ends lie on one side of the mean
	tail                  bool    // both ends on one side (near, logQ set)
	oneSided              bool
	mirrored              bool
	src                   rand.Source
}

func newTruncNormal(θ []float64) truncNormal { return newTruncNormalW(θ, θ[3]-θ[2]) }

// newTruncNormalSym is newTruncNormal with the width b − a taken from the
// exact parameters: a short window (10 to 10.001) keeps the digits that
// b − a in float64 would lose.
func newTruncNormalSym(θ []sym.Expr) truncNormal {
	f := paramFloats(θ)
	w, err := sym.Float64(sym.Sub(θ[3], θ[2]))
	if err != nil || !(w > 0) {
		w = f[3] - f[2]
	}
	return newTruncNormalW(f, w)
}

// newTruncNormalW builds the member with parameters θ and b − a = w.
func newTruncNormalW(θ []float64, w float64) truncNormal {
	t := truncNormal{m: θ[0], v: θ[1], s: math.Sqrt(θ[1]), a: θ[2], b: θ[3]}
	t.α, t.β = (t.a-t.m)/t.s, (t.b-t.m)/t.s
	α, β := t.α, t.β
	if β < 0 {
		t.mirrored = true
		α, β = -t.β, -t.α
	}
	switch {
	case α > 0:
		rα, c1, g2 := millsRatio(α)
		δ := (β - α) * (β + α) / 2
		eδ := math.Exp(-δ)
		var rβ float64
		if !math.IsInf(β, 1) {
			rβ, _, _ = millsRatio(β)
		}
		q := rα - eδ*rβ
		t.logZ = -α*α/2 - 0.5*math.Log(2*math.Pi) + math.Log(q)
		t.tail, t.near, t.logQ = true, α, math.Log(q)
		t.A, t.B = 1/q, eδ/q
		if eδ*rβ <= 0x1p-60*rα {
			// The far end holds no mass float64 can see: the one-sided
			// forms, which do not cancel.
			t.oneSided, t.c1 = true, c1
			// 1 − A(A − α) = 1 − c₁(α + c₁) = (g₂ − c₁)/(α + g₂) with
			// c₁ = 1/(α + g₂): no cancellation.
			if α >= millsCFFrom {
				t.varOne = (g2 - c1) / (α + g2)
			} else {
				t.varOne = 1 - c1*(α+c1)
			}
		}
	default:
		z := 0.5 * (math.Erf(β/math.Sqrt2) - math.Erf(α/math.Sqrt2))
		t.logZ = math.Log(z)
		t.A, t.B = stdNormalPDF(α)/z, stdNormalPDF(β)/z
	}
	if t.mirrored {
		t.A, t.B = t.B, t.A
	}
	if ws := w / t.s; ws <= 1 && ws*math.Max(math.Abs(t.α), math.Abs(t.β)) <= 40 {
		t.setNarrow(ws)
	}
	return t
}

func stdNormalPDF(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }

// millsCFFrom is where Mills' ratio is taken from its continued fraction;
// 20 + 400/x² terms give it to float64 accuracy from there (checked
// against mpmath in the tests).
const millsCFFrom = 2

// millsRatio returns R(x) = (1 − Φ(x))/φ(x) for x ≥ 0, with c₁ = 1/R − α
// and, from x = millsCFFrom, g₂ of Laplace's continued fraction
//
//	R(x) = 1/(x + g₁),  g_k = k/(x + g_(k+1)).
//
// Below, R = √(π/2) erfc(x/√2) e^(x²/2), with x²/2 split exactly.
func millsRatio(x float64) (r, c1, g2 float64) {
	if x >= millsCFFrom {
		g := 0.0
		for k := 20 + int(400/(x*x)); k >= 2; k-- {
			g = float64(k) / (x + g)
		}
		g2 = g
		c1 = 1 / (x + g2)
		return 1 / (x + c1), c1, g2
	}
	hi := x * x / 2
	lo := math.FMA(x, x, -2*hi) / 2
	r = math.Sqrt(math.Pi/2) * math.Erfc(x/math.Sqrt2) * math.Exp(hi) * (1 + lo)
	return r, 1/r - x, 0
}

// sign is −1 for a mirrored member (both ends below the mean), else 1.
func (t truncNormal) sign() float64 {
	if t.mirrored {
		return -1
	}
	return 1
}

// glNodes and glWeights are the 32-point Gauss–Legendre rule on [−1, 1]
// (nodes by Newton's method on P₃₂), exact for polynomials of degree 63.
var glNodes, glWeights = gaussLegendre(32)

func gaussLegendre(n int) (x, w []float64) {
	x, w = make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		z := math.Cos(math.Pi * (float64(i) + 0.75) / (float64(n) + 0.5))
		var dp float64
		for it := 0; it < 100; it++ {
			p0, p1 := 1.0, z
			for k := 2; k <= n; k++ {
				p0, p1 = p1, ((2*float64(k)-1)*z*p1-(float64(k)-1)*p0)/float64(k)
			}
			dp = float64(n) * (z*p1 - p0) / (z*z - 1)
			dz := p1 / dp
			z -= dz
			if math.Abs(dz) < 1e-17 {
				break
			}
		}
		x[i], w[i] = z, 2/((1-z*z)*dp*dp)
	}
	return x, w
}

// glIntegrate returns ∫_lo^hi f by the 32-point Gauss–Legendre rule.
func glIntegrate(f func(float64) float64, lo, hi float64) float64 {
	h, mid := (hi-lo)/2, (hi+lo)/2
	sum := 0.0
	for i, x := range glNodes {
		sum += glWeights[i] * f(mid+h*x)
	}
	return sum * h
}

// setNarrow computes, for a short window of standardised width `width`, J = ∫ e^(−ct − t²/2) dt over
// [α − c, β − c], E[t], E[t²] and the entropy log s + log J + E[ct + t²/2],
// with log Z = −c²/2 − ½ log 2π + log J.
func (t *truncNormal) setNarrow(width float64) {
	h := width / 2
	c := t.α + h
	g := func(u float64) float64 { return math.Exp(-c*u - u*u/2) }
	j := glIntegrate(g, -h, h)
	e1 := glIntegrate(func(u float64) float64 { return u * g(u) }, -h, h) / j
	e2 := glIntegrate(func(u float64) float64 { return u * u * g(u) }, -h, h) / j
	t.narrow, t.c, t.logJ = true, c, math.Log(j)
	t.logZ = -c*c/2 - 0.5*math.Log(2*math.Pi) + t.logJ
	t.nMean = t.m + t.s*(c+e1)
	t.nVar = t.v * (e2 - e1*e1)
	t.nEntropy = math.Log(t.s) + t.logJ + c*e1 + e2/2
}

func (t truncNormal) mean() float64 {
	if t.narrow {
		return t.nMean
	}
	if t.oneSided {
		// A − B = A = α + c₁ on the side of the tail.
		return t.m + t.sign()*t.s*(t.near+t.c1)
	}
	return t.m + t.s*(t.A-t.B)
}

// αφ returns α A − β B, infinite ends contributing 0.
func (t truncNormal) αφ() float64 {
	v := 0.0
	if !math.IsInf(t.α, 0) {
		v += t.α * t.A
	}
	if !math.IsInf(t.β, 0) {
		v -= t.β * t.B
	}
	return v
}

func (t truncNormal) variance() float64 {
	if t.narrow {
		return t.nVar
	}
	if t.oneSided {
		return t.v * t.varOne
	}
	d := t.A - t.B
	return t.v * (1 + t.αφ() - d*d)
}

// entropy is ½ log(2πe v) + log Z + (αA − βB)/2; for a one-sided tail
// ½ + log s + log R(α) + α c₁/2 (log Z's −α²/2 taken out by hand).
func (t truncNormal) entropy() float64 {
	if t.narrow {
		return t.nEntropy
	}
	if t.oneSided {
		α := t.near
		return 0.5 + math.Log(t.s) - math.Log(α+t.c1) + α*t.c1/2
	}
	return 0.5*math.Log(2*math.Pi*math.E*t.v) + t.logZ + t.αφ()/2
}

// rawMoment is E[xᵏ] from the recurrence of the standardised moments
// M_k = E[ξᵏ] = (k − 1) M_(k−2) + (α^(k−1) A − β^(k−1) B), M₀ = 1,
// M₁ = A − B, and x = m + s ξ expanded binomially.
func (t truncNormal) rawMoment(k int) float64 {
	ms := make([]float64, k+1)
	ms[0] = 1
	pw := func(x float64, j int) float64 {
		if math.IsInf(x, 0) {
			return 0 // x^j φ(x) → 0
		}
		return math.Pow(x, float64(j))
	}
	for j := 1; j <= k; j++ {
		ms[j] = pw(t.α, j-1)*t.A - pw(t.β, j-1)*t.B
		if j >= 2 {
			ms[j] += float64(j-1) * ms[j-2]
		}
	}
	sum, binom := 0.0, 1.0
	for j := 0; j <= k; j++ {
		sum += binom * math.Pow(t.m, float64(k-j)) * math.Pow(t.s, float64(j)) * ms[j]
		binom = binom * float64(k-j) / float64(j+1)
	}
	return sum
}

// klTo returns KL(t‖u) for u whose support contains t's, grouped as
//
//	½ log(v_u/v_t) + (log Z_u − log Z_t) + var_t (v_t − v_u)/(2 v_t v_u)
//	+ ((μ_t − m_u)²/v_u − (μ_t − m_t)²/v_t)/2,
//
// and a bound on its rounding error: the terms cancel as u nears t, and
// what is left below the bound is noise.
func (t truncNormal) klTo(u truncNormal) (kl, bound float64) {
	μ, σ2 := t.mean(), t.variance()
	du, dt := μ-u.m, μ-t.m
	terms := []float64{
		0.5 * math.Log(u.v/t.v),
		u.logZ - t.logZ,
		σ2 * (t.v - u.v) / (2 * t.v * u.v),
		(du*du/u.v - dt*dt/t.v) / 2,
	}
	for _, x := range terms {
		kl += x
		bound += math.Abs(x)
	}
	mag := math.Abs(u.logZ) + math.Abs(t.logZ) + math.Abs(du*du/u.v) + math.Abs(dt*dt/t.v) + σ2/t.v
	return kl, 64 * eps * (bound + mag)
}

func (t truncNormal) sameAs(u truncNormal) bool {
	return t.m == u.m && t.v == u.v && t.a == u.a && t.b == u.b
}

func (t truncNormal) LogProb(x float64) float64 {
	if !(x >= t.a && x <= t.b) {
		return math.Inf(-1)
	}
	if t.narrow {
		// e^(−(ξ² − c²)/2)/(s J)
		z := (x - t.m) / t.s
		return -(z-t.c)*(z+t.c)/2 - math.Log(t.s) - t.logJ
	}
	if t.tail {
		// −(ξ² − α²)/2 − log s − log Q with ξ − α = (x − a)/s measured
		// from the near end: no large terms cancel.
		end := t.a
		if t.mirrored {
			end = t.b
		}
		d := t.sign() * (x - end) / t.s
		return -d*(d+2*t.near)/2 - math.Log(t.s) - t.logQ
	}
	z := (x - t.m) / t.s
	return -z*z/2 - 0.5*math.Log(2*math.Pi) - math.Log(t.s) - t.logZ
}

// CDF is truncNormalCDF, accurate relative to itself in both tails.
func (t truncNormal) CDF(x float64) float64 {
	F, _ := truncNormalCDF([]float64{t.m, t.v, t.a, t.b}, x)
	return F
}

// Quantile solves F(x) = u on [a, b] (an open end cut 40 standard
// deviations out).
func (t truncNormal) Quantile(u float64) float64 {
	lo, hi := t.a, t.b
	if math.IsInf(lo, -1) {
		lo = math.Min(hi, t.m) - 40*t.s
	}
	if math.IsInf(hi, 1) {
		hi = math.Max(lo, t.m) + 40*t.s
	}
	return invertCDF(t.CDF, t.LogProb, u, lo, hi, lo+(hi-lo)/2)
}

// Rand draws by rejection (Robert 1995, Statist. Comput. 5): from N(0, 1)
// when Z ≥ ¼; from the uniform on [α, β] with acceptance
// e^(−(ξ² − c²)/2), c the end nearest 0, when the window is short; else,
// both ends on one side, from α + Exp(λ), λ = (α + √(α² + 4))/2, with
// acceptance e^(−(ξ − λ)²/2).
func (t truncNormal) Rand() float64 {
	r := randOf(t.src)
	α, β, sign := t.α, t.β, 1.0
	if t.mirrored {
		α, β, sign = -t.β, -t.α, -1
	}
	var ξ float64
	switch {
	case t.logZ >= math.Log(0.25):
		for ξ = r.NormFloat64(); ξ < α || ξ > β; ξ = r.NormFloat64() {
		}
	case α <= 0 || (β-α)*(β+α)/2 <= 1:
		c := math.Max(α, 0) // the end nearest 0 (0 itself inside)
		for {
			ξ = α + (β-α)*r.Float64()
			if r.Float64() <= math.Exp(-(ξ-c)*(ξ+c)/2) {
				break
			}
		}
	default:
		λ := (α + math.Sqrt(α*α+4)) / 2
		for {
			ξ = α + r.ExpFloat64()/λ
			if ξ <= β && r.Float64() <= math.Exp(-(ξ-λ)*(ξ-λ)/2) {
				break
			}
		}
	}
	x := t.m + t.s*sign*ξ
	return math.Min(math.Max(x, t.a), t.b)
}

// truncNormalCDF returns F(x) = (Φ(ξ) − Φ(α))/(Φ(β) − Φ(α)), ξ = (x − m)/s,
// with a bound on its relative error, each difference written without
// cancellation of tails (with Mills' ratio R, as for Z in truncNormal):
//
//	α ≥ 0:  F = T(α, ξ)/T(α, β),
//	β ≤ 0:  F = e^(−(ξ−β)(ξ+β)/2) T(−ξ, −α)/T(−β, −α),
//	α < 0 < β:  F = (erf(ξ/√2) − erf(α/√2))/(erf(β/√2) − erf(α/√2)) for
//	        ξ > 0 (terms of one sign), φ(ξ) T(−ξ, −α)/Z below,
//
// T(lo, hi) = R(lo) − e^(−(hi−lo)(hi+lo)/2) R(hi) = (Q(lo) − Q(hi))/φ(lo)
// (tnTail). The bound adds the rounding of ξ, α and β, through the
// standardised density g = φ/Z: |δF| ≤ g(ξ)|ξ| r_ξ + g(α)|α| r_α and
// |δZ|/Z ≤ g(β)|β| r_β + g(α)|α| r_α. Near the lower end, where the
// difference would cancel, F is the integral of the density from a.
func truncNormalCDF(θ []float64, x float64) (float64, float64) {
	m, v, a, b := θ[0], θ[1], θ[2], θ[3]
	switch {
	case x <= a:
		return 0, 0
	case x >= b:
		return 1, 0
	}
	s := math.Sqrt(v)
	α, ξ, β := (a-m)/s, (x-m)/s, (b-m)/s
	t := newTruncNormal(θ)
	g := func(y float64) float64 { return math.Exp(t.LogProb(y)) * s }
	rξ, rα, rβ := shiftErr(x, m)+2*ulp, shiftErr(a, m)+2*ulp, shiftErr(b, m)+2*ulp
	rZ := g(b)*math.Abs(β)*rβ + g(a)*math.Abs(α)*rα
	if h := (x - a) / s; h*(math.Abs(α)+h+1) <= 1 {
		// Near the lower end: F = g(α) ∫_0^h e^(−αt − t²/2) dt, h = (x − a)/s
		// to 2 ulps, by the 32-point Gauss–Legendre rule (the integrand
		// is analytic and varies by at most e on [0, h]: its truncation
		// is far below an ulp). g = e^(log p)·s, whose logarithm rounds
		// to a few ulps of its terms.
		F := g(a) * glIntegrate(func(u float64) float64 { return math.Exp(-α*u - u*u/2) }, 0, h)
		if !(F > 0) {
			return 0, math.Inf(1)
		}
		rg := 4 * ulp * (α*α + math.Abs(t.logZ) + math.Abs(math.Log(s)) + 4)
		return F, rg + 16*ulp + h*math.Abs(α)*rα + rZ
	}
	var F, r float64
	switch {
	case α >= 0:
		n, rn := tnTail(α, ξ)
		d, rd := tnTail(α, β)
		F, r = n/d, rn+rd+ulp
	case β <= 0:
		n, rn := tnTail(-ξ, -α)
		d, rd := tnTail(-β, -α)
		E := (ξ - β) * (ξ + β) / 2
		F, r = math.Exp(-E)*n/d, rn+rd+ulp*(2*E+3)
	default:
		z := (math.Erf(β/math.Sqrt2) - math.Erf(α/math.Sqrt2)) / 2
		var n, rn float64
		if ξ > 0 {
			n, rn = (math.Erf(ξ/math.Sqrt2)-math.Erf(α/math.Sqrt2))/2, 4*ulp
		} else {
			tl, rt := tnTail(-ξ, -α)
			n, rn = stdNormalPDF(ξ)*tl, rt+ulp*(ξ*ξ+6)
		}
		F, r = n/z, rn+6*ulp
	}
	if !(F > 0) {
		return 0, math.Inf(1)
	}
	return F, r + (g(x)*math.Abs(ξ)*rξ+g(a)*math.Abs(α)*rα)/F + rZ
}

// tnTail returns T(lo, hi) = R(lo) − e^(−δ) R(hi), δ = (hi − lo)(hi + lo)/2,
// 0 ≤ lo ≤ hi, with a bound on its relative error: 16 ulps of each term
// (Mills' ratio and the exponential) and 2δ ulps for the rounding of δ,
// over their difference.
func tnTail(lo, hi float64) (float64, float64) {
	rl, _, _ := millsRatio(lo)
	t2, δ := 0.0, 0.0
	if !math.IsInf(hi, 1) {
		δ = (hi - lo) * (hi + lo) / 2
		if e := math.Exp(-δ); e > 0 {
			rh, _, _ := millsRatio(hi)
			t2 = e * rh
		}
	}
	d := rl - t2
	err := 16*ulp*rl + t2*ulp*(16+2*δ)
	return d, err / d
}
