package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// pilotStream is the PCG stream of the pilot draws that centre Variance;
// chunk streams count up from 0 and never reach it.
const pilotStream = 1 << 62

// Variance estimates Var_p[x] of a univariate p as E[y²] − E[y]², y = x − c,
// with c the mean of 1000 pilot draws (so that the subtraction loses no
// digits). Its standard error is that of the mean of y², the first-order
// delta method when c is near the mean.
func Variance(p Density, c Config) (Estimate, error) {
	if p.Dim() != 1 {
		return Estimate{}, fmt.Errorf("the variance of a univariate distribution; this one has dimension %d", p.Dim())
	}
	rnd := rand.New(rand.NewPCG(c.Seed, pilotStream))
	x := make([]float64, 1)
	centre := 0.0
	const pilot = 1000
	for i := 0; i < pilot; i++ {
		centre += p.Rand(x, rnd)[0] / pilot
	}
	c.estimateOf = varianceOf
	s, err := run(p, c, 2, false, func(x, out []float64) error {
		y := x[0] - centre
		out[0], out[1] = y*y, y
		return nil
	})
	e, err := finish(s, err)
	if s == nil || s.n < 2 {
		return e, err
	}
	return varianceOf(s), err
}

// varianceOf is the variance E[y²] − E[y]² of statistics of (y², y).
func varianceOf(s *stats) Estimate {
	e, _ := finish(s, nil)
	m1 := s.mean[1]
	e.Value -= m1 * m1
	return e
}

// W2Normal estimates the Wasserstein-2 distance between N(μp, Σp) and
// N(μq, Σq) as √E‖x − T(x)‖², x ~ p, with the optimal (Brenier) map
// T(x) = μq + A(x − μp), A = Σp^{-1/2} (Σp^{1/2} Σq Σp^{1/2})^{1/2} Σp^{-1/2}
// (Givens and Shortt 1984), built from eigendecompositions. The standard
// error is the delta method's: se(W2²)/(2 W2). W2 is symmetric: when Σp
// is singular the map from q is used.
func W2Normal(muP []float64, sigmaP *mat.SymDense, muQ []float64, sigmaQ *mat.SymDense, c Config) (Estimate, error) {
	d := len(muP)
	if len(muQ) != d {
		return Estimate{}, fmt.Errorf("the distributions have dimensions %d and %d", d, len(muQ))
	}
	root, invRoot, err := sqrtSym(sigmaP)
	if err != nil {
		if _, _, errQ := sqrtSym(sigmaQ); errQ == nil {
			return W2Normal(muQ, sigmaQ, muP, sigmaP, c)
		}
		return Estimate{}, fmt.Errorf("w2 by sampling needs a nonsingular covariance of p or q: %v", err)
	}
	var mid mat.Dense
	mid.Product(root, sigmaQ, root)
	midSym := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			midSym.SetSym(i, j, (mid.At(i, j)+mid.At(j, i))/2)
		}
	}
	midRoot, _, err := sqrtPSD(midSym)
	if err != nil {
		return Estimate{}, err
	}
	var am mat.Dense
	am.Product(invRoot, midRoot, invRoot)
	A := make([]float64, d*d)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			A[i*d+j] = am.At(i, j)
		}
	}
	p, err := NewMVNDensity(muP, sigmaP)
	if err != nil {
		return Estimate{}, err
	}
	s, err := run(p, c.mapRunning(sqrtOf), 1, false, func(x, out []float64) error {
		var cost float64
		for i := 0; i < d; i++ {
			t := muQ[i]
			for j, a := range A[i*d : i*d+d] {
				t += a * (x[j] - muP[j])
			}
			r := x[i] - t
			cost += r * r
		}
		out[0] = cost
		return nil
	})
	return sqrtEstimate(finish(s, err))
}

// sqrtEstimate turns an estimate of W2² into one of W2.
func sqrtEstimate(e Estimate, err error) (Estimate, error) {
	if e.N < 2 {
		return e, err
	}
	return sqrtOf(e), err
}

// sqrtOf turns an estimate of W2² into one of W2 (delta method).
func sqrtOf(e Estimate) Estimate {
	w := math.Sqrt(math.Max(e.Value, 0))
	if w == 0 {
		return Estimate{0, math.Sqrt(e.StdErr), e.N, e.Unstable}
	}
	return Estimate{w, e.StdErr / (2 * w), e.N, e.Unstable}
}

// W2Quantile estimates the Wasserstein-2 distance between two univariate
// distributions through the quantile coupling: W2² = E_U[(F_p⁻¹(U) −
// F_q⁻¹(U))²], U uniform on (0, 1), which is optimal in one dimension.
func W2Quantile(qp, qq func(u float64) float64, c Config) (Estimate, error) {
	if err := checkN(c.N); err != nil {
		return Estimate{}, err
	}
	s, err := runDraws(c.mapRunning(sqrtOf), 1, false, 1, func(x []float64, rnd *rand.Rand) {
		u := rnd.Float64()
		for u == 0 {
			u = rnd.Float64()
		}
		x[0] = u
	}, func(x, out []float64) error {
		d := qp(x[0]) - qq(x[0])
		out[0] = d * d
		return nil
	})
	return sqrtEstimate(finish(s, err))
}

// sqrtSym returns S^{1/2} and S^{-1/2} of a positive definite S.
func sqrtSym(s *mat.SymDense) (root, invRoot *mat.Dense, err error) {
	root, vals, err := sqrtPSD(s)
	if err != nil {
		return nil, nil, err
	}
	for _, v := range vals {
		if !(v > 0) {
			return nil, nil, errors.New("the covariance is singular")
		}
	}
	var eig mat.EigenSym
	eig.Factorize(s, true)
	var v mat.Dense
	eig.VectorsTo(&v)
	d := len(vals)
	inv := mat.NewDense(d, d, nil)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			var sum float64
			for k, l := range vals {
				sum += v.At(i, k) * v.At(j, k) / math.Sqrt(l)
			}
			inv.Set(i, j, sum)
		}
	}
	return root, inv, nil
}

// sqrtPSD returns the symmetric square root of a positive semi-definite S
// and its eigenvalues (negative rounding noise clipped to zero).
func sqrtPSD(s *mat.SymDense) (*mat.Dense, []float64, error) {
	var eig mat.EigenSym
	if !eig.Factorize(s, true) {
		return nil, nil, errors.New("the eigendecomposition failed")
	}
	vals := eig.Values(nil)
	var v mat.Dense
	eig.VectorsTo(&v)
	d := len(vals)
	for i := range vals {
		vals[i] = math.Max(vals[i], 0)
	}
	root := mat.NewDense(d, d, nil)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			var sum float64
			for k, l := range vals {
				sum += v.At(i, k) * v.At(j, k) * math.Sqrt(l)
			}
			root.Set(i, j, sum)
		}
	}
	return root, vals, nil
}

// Moments estimates the mean vector and the covariance matrix (row-major
// d×d) of p. Draws are centred at the mean c of 1000 pilot draws: the
// covariance entry is E[y_i y_j] − E[y_i] E[y_j], y = x − c, with the
// standard error of the mean of y_i y_j (first order when c is near the
// mean).
func Moments(p Density, c Config) (mean, cov []Estimate, err error) {
	d := p.Dim()
	rnd := rand.New(rand.NewPCG(c.Seed, pilotStream))
	x := make([]float64, d)
	centre := make([]float64, d)
	const pilot = 1000
	for i := 0; i < pilot; i++ {
		p.Rand(x, rnd)
		for j, v := range x {
			centre[j] += v / pilot
		}
	}
	pairs := d * (d + 1) / 2
	s, err := run(p, c, d+pairs, false, func(x, out []float64) error {
		for i, v := range x {
			out[i] = v - centre[i]
		}
		n := d
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				out[n] = out[i] * out[j]
				n++
			}
		}
		return nil
	})
	if s == nil || s.n < 2 {
		if err == nil {
			err = ErrStopped
		}
		return nil, nil, err
	}
	unstable := s.instability()
	mean, cov = make([]Estimate, d), make([]Estimate, d*d)
	for i := 0; i < d; i++ {
		m, se := s.meanSE(i)
		mean[i] = Estimate{m + centre[i], se, s.n, unstable}
	}
	n := d
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			m, se := s.meanSE(n)
			e := Estimate{m - s.mean[i]*s.mean[j], se, s.n, unstable}
			cov[i*d+j], cov[j*d+i] = e, e
			n++
		}
	}
	return mean, cov, err
}
