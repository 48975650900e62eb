package mc

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// blockSize is the number of draws evaluated together on the block path.
const blockSize = 256

// pairOp is what a pair estimator averages, from lp = log p(x) and
// lq = log q(x).
type pairOp int

const (
	opLogRatio  pairOp = iota // lp − lq (KL)
	opNegLogQ                 // −lq (cross-entropy; entropy with q = p)
	opRenyi                   // (α − 1)(lp − lq), in the log domain
	opHellinger               // exp(−(lp − lq)/2)
)

// pairChunks is the block path of the pair estimators for univariate p
// and q: draws, log-densities and the averaged quantity a block at a
// time, with no call per draw.
func pairChunks(p, q Univariate, op pairOp, alpha float64, c Config) (*stats, error) {
	return runChunks(c, 1, op == opRenyi, func() chunkFunc {
		var x, lp, lq [blockSize]float64
		return func(rnd *rand.Rand, m int, vals []float64) error {
			for lo := 0; lo < m; lo += blockSize {
				n := min(blockSize, m-lo)
				xs, ps, qs := x[:n], lp[:n], lq[:n]
				p.RandBlock(xs, rnd)
				if gp, gq, ok := gammaPair(p, q); ok {
					gammaLogProbs(gp, gq, xs, ps, qs)
				} else {
					if op != opNegLogQ {
						p.LogProbBlock(xs, ps)
					}
					q.LogProbBlock(xs, qs)
				}
				out := vals[lo : lo+n]
				for i := range out {
					switch op {
					case opLogRatio:
						out[i] = ps[i] - qs[i]
					case opNegLogQ:
						out[i] = -qs[i]
					case opRenyi:
						out[i] = (alpha - 1) * (ps[i] - qs[i])
					case opHellinger:
						out[i] = math.Exp(-(ps[i] - qs[i]) / 2)
					}
					// v − v is 0 unless v is NaN or ±∞.
					if v := out[i]; v-v != 0 || op == opHellinger && qs[i] < -math.MaxFloat64 {
						if lp, _ := p.LogProb(xs[i : i+1]); !(lp > math.Inf(-1)) {
							return fmt.Errorf("%w: p has density %v at its own draw x = [%v] (the draws or their densities left the float64 range)", ErrNotFinite, math.Exp(lp), xs[i])
						}
						if math.IsInf(qs[i], -1) {
							// q has no mass here: a zero weight for Rényi of
							// order below 1 and for Hellinger, +∞ otherwise.
							switch {
							case op == opRenyi && alpha < 1:
								out[i] = math.Inf(-1)
								continue
							case op == opHellinger:
								out[i] = 0
								continue
							}
							return ErrInfinite
						}
						if !finiteValue(v, op == opRenyi) {
							return fmt.Errorf("%w: the integrand is %v at the draw x = [%v] (the draws or their densities left the float64 range)", ErrNotFinite, v, xs[i])
						}
					}
				}
			}
			return nil
		}
	})
}

// blockPair returns p and q as block densities when both are.
func blockPair(p, q Density) (Univariate, Univariate, bool) {
	bp, ok1 := p.(Univariate)
	bq, ok2 := q.(Univariate)
	return bp, bq, ok1 && ok2
}

// gammaForm is the log-density c + (a−1) log x − b x on x ≥ 0.
type gammaForm struct{ c, a, b float64 }

// gammaPair returns the forms of p and q when both are exponential or
// gamma.
func gammaPair(p, q Univariate) (gammaForm, gammaForm, bool) {
	type former interface {
		gammaForm() (c, a, b float64, ok bool)
	}
	fp, ok1 := p.(former)
	fq, ok2 := q.(former)
	if !ok1 || !ok2 {
		return gammaForm{}, gammaForm{}, false
	}
	cp, ap, bp, okp := fp.gammaForm()
	cq, aq, bq, okq := fq.gammaForm()
	return gammaForm{cp, ap, bp}, gammaForm{cq, aq, bq}, okp && okq
}

// gammaLogProbs evaluates both log-densities with one logarithm a point.
func gammaLogProbs(p, q gammaForm, x, lp, lq []float64) {
	for i, v := range x {
		if v < 0 {
			lp[i], lq[i] = math.Inf(-1), math.Inf(-1)
			continue
		}
		lp[i], lq[i] = p.c-p.b*v, q.c-q.b*v
		// (a − 1) log x is 0 for a = 1 (exponentials), also at x = 0.
		if p.a != 1 || q.a != 1 {
			l := math.Log(v)
			if p.a != 1 {
				lp[i] += (p.a - 1) * l
			}
			if q.a != 1 {
				lq[i] += (q.a - 1) * l
			}
		}
	}
}
