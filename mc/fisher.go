package mc

import (
	"fmt"
	"math"
)

// FisherEstimate holds two estimates of each entry of the Fisher
// information I(θ) (row-major, k×k): the empirical covariance of the
// score, Cov[∇θ log p(x|θ)], and the empirical mean of the negative
// Hessian, E[−∇²θ log p(x|θ)], both over draws x from p(·|θ). The two are
// equal for regular families (Fisher 1925; Lehmann and Casella,
// Theory of Point Estimation, 2.6).
type FisherEstimate struct {
	K          int
	Score, Hes []Estimate
}

// fdRelErr is the relative error allowed for the central differences
// below (step h = 1e-4·|θ|: truncation O(h²), rounding O(ε/h²)); it is
// added to the standard error of each entry, which is zero when the
// Hessian does not depend on x (the information about a normal's mean).
const fdRelErr = 1e-6

// maxFisherParams bounds the parameters of Fisher: 1 + 2k² densities are
// evaluated at each draw.
const maxFisherParams = 12

// Fisher estimates the Fisher information at θ by sampling from at(θ)
// and differentiating log-densities in θ by central differences: the
// score from log p at θ ± h_i e_i, the Hessian from second differences.
// at must return densities independent of any closed form.
func Fisher(at func(theta []float64) (Density, error), theta []float64, c Config) (FisherEstimate, error) {
	k := len(theta)
	if k == 0 || k > maxFisherParams {
		return FisherEstimate{}, fmt.Errorf("the information is estimated for 1 to %d parameters, not %d", maxFisherParams, k)
	}
	p, err := at(theta)
	if err != nil {
		return FisherEstimate{}, err
	}
	h := make([]float64, k)
	for i, t := range theta {
		h[i] = 1e-4 * math.Abs(t)
		if t == 0 {
			h[i] = 1e-4
		}
	}
	shifted := func(steps map[int]float64) (Density, error) {
		th := append([]float64(nil), theta...)
		for i, s := range steps {
			th[i] += s * h[i]
		}
		d, err := at(th)
		if err != nil {
			return nil, fmt.Errorf("the parameters %v, a step away for the differences, are invalid: %v", th, err)
		}
		return d, nil
	}
	// plus[i], minus[i]: θ ± h_i e_i; pp[i][j] etc.: θ ± h_i e_i ± h_j e_j.
	plus, minus := make([]Density, k), make([]Density, k)
	type corner struct{ pp, pm, mp, mm Density }
	corners := map[[2]int]corner{}
	for i := 0; i < k; i++ {
		if plus[i], err = shifted(map[int]float64{i: 1}); err != nil {
			return FisherEstimate{}, err
		}
		if minus[i], err = shifted(map[int]float64{i: -1}); err != nil {
			return FisherEstimate{}, err
		}
		for j := i + 1; j < k; j++ {
			var cr corner
			for _, s := range []struct {
				d      *Density
				si, sj float64
			}{{&cr.pp, 1, 1}, {&cr.pm, 1, -1}, {&cr.mp, -1, 1}, {&cr.mm, -1, -1}} {
				if *s.d, err = shifted(map[int]float64{i: s.si, j: s.sj}); err != nil {
					return FisherEstimate{}, err
				}
			}
			corners[[2]int{i, j}] = cr
		}
	}
	pairs := k * (k + 1) / 2
	// Outputs: s_i s_j (i ≤ j), then −H_ij (i ≤ j), then s_i.
	st, err := run(p, c, 2*pairs+k, false, func(x, out []float64) error {
		l0, err := p.LogProb(x)
		if err != nil {
			return err
		}
		score := out[2*pairs:]
		var lpBuf, lmBuf [maxFisherParams]float64
		lp, lm := lpBuf[:k], lmBuf[:k]
		for i := 0; i < k; i++ {
			if lp[i], err = plus[i].LogProb(x); err != nil {
				return err
			}
			if lm[i], err = minus[i].LogProb(x); err != nil {
				return err
			}
			score[i] = (lp[i] - lm[i]) / (2 * h[i])
		}
		n := 0
		for i := 0; i < k; i++ {
			for j := i; j < k; j++ {
				out[n] = score[i] * score[j]
				if i == j {
					out[pairs+n] = -(lp[i] - 2*l0 + lm[i]) / (h[i] * h[i])
				} else {
					cr := corners[[2]int{i, j}]
					var v [4]float64
					for m, d := range []Density{cr.pp, cr.pm, cr.mp, cr.mm} {
						if v[m], err = d.LogProb(x); err != nil {
							return err
						}
					}
					out[pairs+n] = -(v[0] - v[1] - v[2] + v[3]) / (4 * h[i] * h[j])
				}
				n++
			}
		}
		return nil
	})
	if st == nil {
		return FisherEstimate{}, err
	}
	if st.n < 2 {
		return FisherEstimate{}, ErrStopped
	}
	f := FisherEstimate{K: k, Score: make([]Estimate, k*k), Hes: make([]Estimate, k*k)}
	unstable := st.instability()
	n := 0
	for i := 0; i < k; i++ {
		for j := i; j < k; j++ {
			m, se := st.meanSE(n)
			// Cov = E[s_i s_j] − E[s_i] E[s_j]; E[s] = 0 at the true θ, so
			// to first order the standard error is that of E[s_i s_j].
			m -= st.mean[2*pairs+i] * st.mean[2*pairs+j]
			sc := Estimate{m, se, st.n, unstable}
			hm, hse := st.meanSE(pairs + n)
			hse = math.Hypot(hse, fdRelErr*(math.Abs(hm)+math.Abs(m)))
			he := Estimate{hm, hse, st.n, ""}
			f.Score[i*k+j], f.Score[j*k+i] = sc, sc
			f.Hes[i*k+j], f.Hes[j*k+i] = he, he
			n++
		}
	}
	return f, err
}
