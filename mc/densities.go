package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Scalar is a univariate density given by a log-density with its
// constants computed once and a sampler that allocates nothing per draw.
type Scalar struct {
	LogPDF func(x float64) float64
	Draw   func(rnd *rand.Rand) float64
}

// Dim returns 1.
func (Scalar) Dim() int { return 1 }

// LogProb returns log p(x[0]).
func (s Scalar) LogProb(x []float64) (float64, error) { return s.LogPDF(x[0]), nil }

// Rand draws into dst[0].
func (s Scalar) Rand(dst []float64, rnd *rand.Rand) []float64 {
	if dst == nil {
		dst = make([]float64, 1)
	}
	dst[0] = s.Draw(rnd)
	return dst
}

// NormalDensity is N(μ, v) (v the variance): log p(x) = −½ log(2πv) −
// (x − μ)²/(2v), drawn as μ + √v z with z from NormFloat64.
func NormalDensity(mu, v float64) (Scalar, error) {
	if !(v > 0) || math.IsInf(v, 0) || math.IsNaN(mu) || math.IsInf(mu, 0) {
		return Scalar{}, fmt.Errorf("a normal needs a finite mean and a positive finite variance, not N(%v, %v)", mu, v)
	}
	c, sd, h := -0.5*math.Log(2*math.Pi*v), math.Sqrt(v), 0.5/v
	return Scalar{
		LogPDF: func(x float64) float64 { d := x - mu; return c - d*d*h },
		Draw:   func(rnd *rand.Rand) float64 { return mu + sd*rnd.NormFloat64() },
	}, nil
}

// ExponentialDensity is Exponential(λ): log p(x) = log λ − λx on x ≥ 0,
// drawn as ExpFloat64()/λ.
func ExponentialDensity(rate float64) (Scalar, error) {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return Scalar{}, fmt.Errorf("an exponential needs a positive finite rate, not %v", rate)
	}
	c := math.Log(rate)
	return Scalar{
		LogPDF: func(x float64) float64 {
			if x < 0 {
				return math.Inf(-1)
			}
			return c - rate*x
		},
		Draw: func(rnd *rand.Rand) float64 { return rnd.ExpFloat64() / rate },
	}, nil
}

// GammaDensity is Gamma(a, b) with rate b: log p(x) = a log b − lgamma(a)
// + (a−1) log x − bx on x > 0, drawn by Marsaglia and Tsang's method
// (ACM TOMS 26, 2000), with Gamma(a+1)·U^(1/a) for a < 1.
func GammaDensity(a, b float64) (Scalar, error) {
	if !(a > 0) || !(b > 0) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return Scalar{}, fmt.Errorf("a gamma needs a positive finite shape and rate, not Gamma(%v, %v)", a, b)
	}
	lg, _ := math.Lgamma(a)
	c := a*math.Log(b) - lg
	shape, boost := a, false
	if a < 1 {
		shape, boost = a+1, true
	}
	d := shape - 1.0/3
	k := 1 / math.Sqrt(9*d)
	return Scalar{
		LogPDF: func(x float64) float64 {
			if x < 0 {
				return math.Inf(-1)
			}
			return c + (a-1)*math.Log(x) - b*x
		},
		Draw: func(rnd *rand.Rand) float64 {
			var g float64
			for {
				z := rnd.NormFloat64()
				v := 1 + k*z
				if v <= 0 {
					continue
				}
				v = v * v * v
				u := rnd.Float64()
				if u < 1-0.0331*z*z*z*z || math.Log(u) < 0.5*z*z+d*(1-v+math.Log(v)) {
					g = d * v
					break
				}
			}
			if boost {
				g *= math.Pow(rnd.Float64(), 1/a)
			}
			return g / b
		},
	}, nil
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
