package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Univariate is a one-dimensional density that also draws and evaluates
// blocks of points, so that estimators make one call a block, not one a
// draw.
type Univariate interface {
	Density
	RandBlock(dst []float64, rnd *rand.Rand)
	LogProbBlock(x, out []float64)
}

// univariate gives a block density the methods of Density.
type univariate[T interface {
	RandBlock(dst []float64, rnd *rand.Rand)
	LogProbBlock(x, out []float64)
}] struct{ b T }

func (univariate[T]) Dim() int { return 1 }

func (u univariate[T]) LogProb(x []float64) (float64, error) {
	var out [1]float64
	u.b.LogProbBlock(x[:1], out[:])
	return out[0], nil
}

func (u univariate[T]) Rand(dst []float64, rnd *rand.Rand) []float64 {
	if dst == nil {
		dst = make([]float64, 1)
	}
	u.b.RandBlock(dst[:1], rnd)
	return dst
}

func (u univariate[T]) RandBlock(dst []float64, rnd *rand.Rand) { u.b.RandBlock(dst, rnd) }
func (u univariate[T]) LogProbBlock(x, out []float64)           { u.b.LogProbBlock(x, out) }

// normal1 is N(μ, v): log p(x) = c − (x − μ)² h, c = −½ log(2πv), h = 1/(2v).
type normal1 struct{ mu, sd, c, h float64 }

func (n *normal1) RandBlock(dst []float64, rnd *rand.Rand) {
	for i := range dst {
		dst[i] = n.mu + n.sd*rnd.NormFloat64()
	}
}

func (n *normal1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		d := v - n.mu
		out[i] = n.c - d*d*n.h
	}
}

// NormalDensity is N(μ, v) (v the variance): log p(x) = −½ log(2πv) −
// (x − μ)²/(2v), drawn as μ + √v z with z from NormFloat64.
func NormalDensity(mu, v float64) (Univariate, error) {
	if !(v > 0) || math.IsInf(v, 0) || math.IsNaN(mu) || math.IsInf(mu, 0) {
		return nil, fmt.Errorf("a normal needs a finite mean and a positive finite variance, not N(%v, %v)", mu, v)
	}
	return univariate[*normal1]{&normal1{mu, math.Sqrt(v), -0.5 * math.Log(2*math.Pi*v), 0.5 / v}}, nil
}

// exponential1 is Exponential(λ): log p(x) = log λ − λx on x ≥ 0.
type exponential1 struct{ rate, logRate float64 }

func (e *exponential1) RandBlock(dst []float64, rnd *rand.Rand) {
	for i := range dst {
		dst[i] = rnd.ExpFloat64() / e.rate
	}
}

func (e *exponential1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		out[i] = e.logRate - e.rate*v
		if v < 0 {
			out[i] = math.Inf(-1)
		}
	}
}

// gammaForm returns log p(x) = c + (a−1) log x − b x on x ≥ 0, the form
// shared by the exponential and gamma families, so that a pair of them
// takes one logarithm a draw.
func (e *exponential1) gammaForm() (c, a, b float64) { return e.logRate, 1, e.rate }
func (g *gamma1) gammaForm() (c, a, b float64)       { return g.c, g.a, g.b }
func (u univariate[T]) gammaForm() (c, a, b float64, ok bool) {
	if f, is := any(u.b).(interface {
		gammaForm() (float64, float64, float64)
	}); is {
		c, a, b = f.gammaForm()
		return c, a, b, true
	}
	return 0, 0, 0, false
}

// ExponentialDensity is Exponential(λ): log p(x) = log λ − λx on x ≥ 0,
// drawn as ExpFloat64()/λ.
func ExponentialDensity(rate float64) (Univariate, error) {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return nil, fmt.Errorf("an exponential needs a positive finite rate, not %v", rate)
	}
	return univariate[*exponential1]{&exponential1{rate, math.Log(rate)}}, nil
}

// gamma1 is Gamma(a, b) with rate b.
type gamma1 struct {
	a, b, c  float64 // c = a log b − lgamma(a)
	d, k     float64 // Marsaglia–Tsang constants of the shape drawn
	boost    bool    // a < 1: draw Gamma(a+1)·U^(1/a)
	invShape float64
}

func (g *gamma1) RandBlock(dst []float64, rnd *rand.Rand) {
	for i := range dst {
		var x float64
		for {
			z := rnd.NormFloat64()
			v := 1 + g.k*z
			if v <= 0 {
				continue
			}
			v = v * v * v
			u := rnd.Float64()
			if u < 1-0.0331*z*z*z*z || math.Log(u) < 0.5*z*z+g.d*(1-v+math.Log(v)) {
				x = g.d * v
				break
			}
		}
		if g.boost {
			x *= math.Pow(rnd.Float64(), g.invShape)
		}
		dst[i] = x / g.b
	}
}

func (g *gamma1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		if v < 0 {
			out[i] = math.Inf(-1)
			continue
		}
		out[i] = g.c - g.b*v
		if g.a != 1 {
			out[i] += (g.a - 1) * math.Log(v)
		}
	}
}

// GammaDensity is Gamma(a, b) with rate b: log p(x) = a log b − lgamma(a)
// + (a−1) log x − bx on x > 0, drawn by Marsaglia and Tsang's method
// (ACM TOMS 26, 2000), with Gamma(a+1)·U^(1/a) for a < 1.
func GammaDensity(a, b float64) (Univariate, error) {
	if !(a > 0) || !(b > 0) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return nil, fmt.Errorf("a gamma needs a positive finite shape and rate, not Gamma(%v, %v)", a, b)
	}
	lg, _ := math.Lgamma(a)
	shape := a
	if a < 1 {
		shape = a + 1
	}
	d := shape - 1.0/3
	return univariate[*gamma1]{&gamma1{a: a, b: b, c: a*math.Log(b) - lg, d: d, k: 1 / math.Sqrt(9*d), boost: a < 1, invShape: 1 / a}}, nil
}

// MVNDensity is the multivariate normal N(μ, Σ), evaluated and drawn
// through a Cholesky factor Σ = LLᵀ from gonum's mat: x = μ + Lz, and
// log p(x) = −½(d log 2π + log det Σ + ‖L⁻¹(x − μ)‖²). A singular Σ is
// drawn from through its eigenvectors, but has no density.
type MVNDensity struct {
	d      int
	mu     []float64
	l      []float64 // lower triangle of L, row-major d×d
	logDet float64
	noDens error
}

// maxStackDim is the dimension up to which LogProb needs no allocation.
const maxStackDim = 64

// NewMVNDensity returns N(μ, Σ); Σ must be symmetric positive semi-definite.
func NewMVNDensity(mu []float64, sigma *mat.SymDense) (*MVNDensity, error) {
	d := len(mu)
	if sigma.SymmetricDim() != d {
		return nil, fmt.Errorf("the mean has %d entries but the covariance is %d×%d", d, sigma.SymmetricDim(), sigma.SymmetricDim())
	}
	m := &MVNDensity{d: d, mu: append([]float64(nil), mu...), l: make([]float64, d*d)}
	var ch mat.Cholesky
	if ch.Factorize(sigma) {
		var lt mat.TriDense
		ch.LTo(&lt)
		for i := 0; i < d; i++ {
			for j := 0; j <= i; j++ {
				m.l[i*d+j] = lt.At(i, j)
			}
		}
		m.logDet = ch.LogDet()
		return m, nil
	}
	var eig mat.EigenSym
	if !eig.Factorize(sigma, true) {
		return nil, errors.New("the covariance could not be factorised")
	}
	vals := eig.Values(nil)
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	scale := 0.0
	for _, v := range vals {
		scale = math.Max(scale, math.Abs(v))
	}
	// F = V √Λ has FFᵀ = Σ; with Fᵀ = QR, L = Rᵀ is a lower-triangular
	// factor, so that Rand works alike for both.
	ft := mat.NewDense(d, d, nil)
	for j, v := range vals {
		if v < -1e-12*scale {
			return nil, fmt.Errorf("the covariance is not positive semi-definite (eigenvalue %.3g)", v)
		}
		s := math.Sqrt(math.Max(v, 0))
		for i := 0; i < d; i++ {
			ft.Set(j, i, vecs.At(i, j)*s)
		}
	}
	var qr mat.QR
	qr.Factorize(ft)
	var r mat.Dense
	qr.RTo(&r)
	for i := 0; i < d; i++ {
		for j := 0; j <= i; j++ {
			m.l[i*d+j] = r.At(j, i)
		}
	}
	m.noDens = errors.New("the covariance is singular: the distribution has no density")
	return m, nil
}

// Dim returns d.
func (m *MVNDensity) Dim() int { return m.d }

// Rand draws x = μ + Lz into dst, in place: row i needs z_j for j ≤ i
// only, so rows are filled from the last.
func (m *MVNDensity) Rand(dst []float64, rnd *rand.Rand) []float64 {
	d := m.d
	if dst == nil {
		dst = make([]float64, d)
	}
	for i := range dst {
		dst[i] = rnd.NormFloat64()
	}
	for i := d - 1; i >= 0; i-- {
		s := m.mu[i]
		for j, v := range m.l[i*d : i*d+i+1] {
			s += v * dst[j]
		}
		dst[i] = s
	}
	return dst
}

// LogProb returns log p(x) by forward substitution.
func (m *MVNDensity) LogProb(x []float64) (float64, error) {
	if m.noDens != nil {
		return 0, m.noDens
	}
	d := m.d
	var stack [maxStackDim]float64
	var y []float64
	if d <= maxStackDim {
		y = stack[:d]
	} else {
		y = make([]float64, d)
	}
	var q float64
	for i := 0; i < d; i++ {
		row := m.l[i*d : i*d+i]
		s := x[i] - m.mu[i]
		for j, v := range row {
			s -= v * y[j]
		}
		y[i] = s / m.l[i*d+i]
		q += y[i] * y[i]
	}
	return -0.5 * (float64(d)*math.Log(2*math.Pi) + m.logDet + q), nil
}
