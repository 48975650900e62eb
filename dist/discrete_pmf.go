package dist

import "math"

// Accurate log-probabilities of discrete distributions (the Poisson's
// and the binomial's are in their family files), after C. Loader, "Fast
// and accurate computation of binomial probabilities" (2000): log p is
// written as a sum of small terms
// (Stirling's remainder and the deviance bd0) instead of a difference of
// large ones (k log λ − λ − log k!), so it keeps its accuracy for any
// parameter.

// stirlingTable holds stirlerr(k) for k = 0 … 15 (mpmath, 40 digits;
// stirlerr(0) is unused and set to 0). The families that use it wait for
// it to be initialised, and they register in the order :help lists them,
// so it lives in a file that sorts before the family files.
var stirlingTable = [...]float64{
	0,
	0.08106146679532725822,
	0.041340695955409294094,
	0.027677925684998339149,
	0.020790672103765093112,
	0.016644691189821192163,
	0.013876128823070747999,
	0.011896709945891770095,
	0.010411265261972096497,
	0.0092554621827127329177,
	0.0083305634333628712565,
	0.007573675487951840795,
	0.0069428401072095298657,
	0.0064089941880042070684,
	0.0059513701127588477356,
	0.005554733551962801371,
}

// stirlerr returns log k! − [½ log(2πk) + k log k − k] for a whole number
// k ≥ 0: a table up to 15, beyond it the Stirling series
// 1/(12k) − 1/(360k³) + 1/(1260k⁵) − 1/(1680k⁷) + 1/(1188k⁹) − 691/(360360k¹¹),
// whose next term is below 1.3e-18 for k > 15.
func stirlerr(k float64) float64 {
	if k <= 15 {
		return stirlingTable[int(k)]
	}
	k2 := 1 / (k * k)
	return (1.0/12 - k2*(1.0/360-k2*(1.0/1260-k2*(1.0/1680-k2*(1.0/1188-k2*691.0/360360))))) / k
}

// bd0 returns the deviance term x log(x/m) + m − x ≥ 0 and a bound on
// its absolute error; near x = m it sums the series of Loader (2000),
// which avoids the cancellation of the direct formula.
func bd0(x, m float64) (float64, float64) {
	if x == 0 {
		return m, eps * m
	}
	if math.Abs(x-m) < 0.1*(x+m) {
		v := (x - m) / (x + m)
		s := (x - m) * v
		ej := 2 * x * v
		v2 := v * v
		for j := 1; j < 1000; j++ {
			ej *= v2
			s1 := s + ej/float64(2*j+1)
			if s1 == s {
				break
			}
			s = s1
		}
		return s, 8 * eps * (math.Abs(s) + math.Abs(x-m)*math.Abs(v))
	}
	d := x*math.Log(x/m) + m - x
	return d, 4 * eps * (math.Abs(x*math.Log(x/m)) + m + x)
}

// maxEntropyTerms bounds the terms entropySum adds on each side of the
// mode; the sums used need at most a few thousand.
const maxEntropyTerms = 10_000_000

// entropySum returns −Σ p(k) log p(k) over the whole numbers lo … hi
// summed outward from the mode, with a bound on its absolute error that
// covers rounding and the tails left out. logp gives log p(k) and its
// error; ratio(k, up) bounds p(k±1)/p(k) beyond k (it must be below 1 and
// decreasing outward there).
func entropySum(mode, lo, hi float64, logp func(k float64) (float64, float64), ratio func(k float64, up bool) float64) (h, herr float64) {
	var sum, comp, errSum float64
	add := func(k float64) (p, lp float64) {
		lp, le := logp(k)
		p = math.Exp(lp)
		t := -p * lp
		errSum += t*(le+2*eps) + p*le
		y := t - comp
		s := sum + y
		comp = (s - sum) - y
		sum = s
		return p, lp
	}
	// tail bounds Σ_{i≥1} −p rⁱ log(p rⁱ) for p < 1/e: the terms beyond k.
	tail := func(p, lp, r float64) float64 {
		if r >= 1 || p > 1/math.E {
			return math.Inf(1)
		}
		return p * (-lp*r/(1-r) - math.Log(r)*r/((1-r)*(1-r)))
	}
	for _, up := range []bool{true, false} {
		k, step := mode, 1.0
		if !up {
			k, step = mode-1, -1
		}
		for n := 0; k >= lo && k <= hi; k, n = k+step, n+1 {
			if n == maxEntropyTerms {
				// Never reached for the parameters that are summed; a
				// bound that refuses every digit if it were.
				errSum = math.Inf(1)
				break
			}
			p, lp := add(k)
			if p == 0 && (up && k > mode || !up) {
				// Underflow beyond the mode: the rest is below 1e-300.
				errSum += 1e-300
				break
			}
			if p < 1e-3 {
				if r := ratio(k, up); r < 1 {
					if tb := tail(p, lp, r); tb < 1e-20*sum {
						errSum += tb
						break
					}
				}
			}
		}
	}
	return sum, errSum + 2*eps*sum
}

// entropyWindow returns the whole numbers lo … hi, around the mode, such
// that the terms −p(k) log p(k) outside add up to less than tail ≤ tol,
// with logp and ratio as for entropySum; ok is false when that takes more
// than maxExactTerms terms.
func entropyWindow(mode, lo, hi float64, logp func(k float64) (float64, float64), ratio func(k float64, up bool) float64, tol float64) (a, b, tail float64, ok bool) {
	a, b = mode, mode
	for _, up := range []bool{true, false} {
		k, step := mode, 1.0
		if !up {
			k, step = mode-1, -1
		}
		for n := 0; k >= lo && k <= hi; k, n = k+step, n+1 {
			if b-a > maxExactTerms || n > maxExactTerms {
				return 0, 0, 0, false
			}
			if up {
				b = k
			} else {
				a = k
			}
			lp, _ := logp(k)
			p := math.Exp(lp)
			if p == 0 && (up && k > mode || !up) {
				tail += 1e-300
				break
			}
			if r := ratio(k, up); p < 1e-3 && r < 1 {
				if tb := p * (-lp*r/(1-r) - math.Log(r)*r/((1-r)*(1-r))); tb < tol/2 {
					tail += tb
					break
				}
			}
		}
	}
	return a, b, tail, true
}
