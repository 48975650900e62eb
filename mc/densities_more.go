package mc

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// laplace1 is Laplace(μ, b): log p(x) = −log 2b − |x − μ|/b.
type laplace1 struct{ mu, b, c float64 }

func (l *laplace1) RandBlock(dst []float64, rnd *rand.Rand) {
	for i := range dst {
		// Inversion: an exponential of scale b with a random sign.
		e := l.b * rnd.ExpFloat64()
		if rnd.Uint64()&1 == 0 {
			e = -e
		}
		dst[i] = l.mu + e
	}
}

func (l *laplace1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		out[i] = l.c - math.Abs(v-l.mu)/l.b
	}
}

// LaplaceDensity is Laplace(μ, b): log p(x) = −log(2b) − |x − μ|/b, drawn
// as μ ± b E with E exponential and the sign a fair coin.
func LaplaceDensity(mu, b float64) (Univariate, error) {
	if !(b > 0) || math.IsInf(b, 0) || math.IsNaN(mu) || math.IsInf(mu, 0) {
		return nil, fmt.Errorf("a Laplace needs a finite location and a positive finite scale, not Laplace(%v, %v)", mu, b)
	}
	return univariate[*laplace1]{&laplace1{mu, b, -math.Log(2 * b)}}, nil
}

// logNormal1 is LogNormal(μ, v) (v the variance of log x).
type logNormal1 struct{ mu, sd, c, h float64 }

func (l *logNormal1) RandBlock(dst []float64, rnd *rand.Rand) {
	for i := range dst {
		dst[i] = math.Exp(l.mu + l.sd*rnd.NormFloat64())
	}
}

func (l *logNormal1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		if !(v > 0) {
			out[i] = math.Inf(-1)
			continue
		}
		lx := math.Log(v)
		d := lx - l.mu
		out[i] = l.c - lx - d*d*l.h
	}
}

// LogNormalDensity is LogNormal(μ, v): log p(x) = −½ log(2πv) − log x −
// (log x − μ)²/(2v) on x > 0, drawn as exp(μ + √v z).
func LogNormalDensity(mu, v float64) (Univariate, error) {
	if !(v > 0) || math.IsInf(v, 0) || math.IsNaN(mu) || math.IsInf(mu, 0) {
		return nil, fmt.Errorf("a log-normal needs a finite μ and a positive finite variance, not LogNormal(%v, %v)", mu, v)
	}
	return univariate[*logNormal1]{&logNormal1{mu, math.Sqrt(v), -0.5 * math.Log(2*math.Pi*v), 0.5 / v}}, nil
}

// beta1 is Beta(a, b), drawn as G_a/(G_a + G_b) from two unit-rate gammas.
type beta1 struct {
	a, b, c float64 // c = −log B(a, b)
	ga, gb  *gamma1
}

func (d *beta1) RandBlock(dst []float64, rnd *rand.Rand) {
	var one [1]float64
	for i := range dst {
		d.ga.RandBlock(one[:], rnd)
		x := one[0]
		d.gb.RandBlock(one[:], rnd)
		dst[i] = x / (x + one[0])
	}
}

func (d *beta1) LogProbBlock(x, out []float64) {
	for i, v := range x {
		if v < 0 || v > 1 {
			out[i] = math.Inf(-1)
			continue
		}
		out[i] = d.c
		if d.a != 1 {
			out[i] += (d.a - 1) * math.Log(v)
		}
		if d.b != 1 {
			out[i] += (d.b - 1) * math.Log1p(-v)
		}
	}
}

// BetaDensity is Beta(a, b): log p(x) = (a−1) log x + (b−1) log(1−x) −
// log B(a, b) on [0, 1], drawn as X/(X + Y) with X ~ Gamma(a, 1) and
// Y ~ Gamma(b, 1) independent.
func BetaDensity(a, b float64) (Univariate, error) {
	if !(a > 0) || !(b > 0) || math.IsInf(a, 0) || math.IsInf(b, 0) {
		return nil, fmt.Errorf("a beta needs positive finite parameters, not Beta(%v, %v)", a, b)
	}
	ga, _ := GammaDensity(a, 1)
	gb, _ := GammaDensity(b, 1)
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	return univariate[*beta1]{&beta1{a: a, b: b, c: lab - la - lb,
		ga: ga.(univariate[*gamma1]).b, gb: gb.(univariate[*gamma1]).b}}, nil
}
