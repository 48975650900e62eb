package sym

import (
	"math/big"
	"math/bits"
	"math/rand/v2"
)

// A quick test for coprime polynomials, so that exact elimination does not
// run a costly remainder sequence for the common case of a quotient
// already in lowest terms. If g = gcd(p, q) has positive degree in x_v, its
// image under x_i ↦ rᵢ (i ≠ v) modulo a prime divides the images of p and
// q, and keeps its degree when their leading coefficients in x_v do not
// vanish; so images with a constant gcd prove deg_v g = 0 (K. O. Geddes,
// S. R. Czapor, G. Labahn, Algorithms for Computer Algebra, 1992, §7.4).

// gcdPrime is the Mersenne prime 2⁶¹ − 1.
const gcdPrime = 1<<61 - 1

func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, r := bits.Div64(hi, lo, gcdPrime)
	return r
}

func powMod(a, n uint64) uint64 {
	r := uint64(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = mulMod(r, a)
		}
		a = mulMod(a, a)
	}
	return r
}

var bigPrime = new(big.Int).SetUint64(gcdPrime)

// ratMod maps c to Z/p; ok is false when p divides its denominator.
func ratMod(c *big.Rat) (uint64, bool) {
	n := new(big.Int).Mod(c.Num(), bigPrime).Uint64()
	d := new(big.Int).Mod(c.Denom(), bigPrime).Uint64()
	if d == 0 {
		return 0, false
	}
	return mulMod(n, powMod(d, gcdPrime-2)), true
}

// imageIn returns p's coefficients by degree in x_v, with the other
// variables replaced by pt, modulo the prime.
func imageIn(p poly, v int, pt []uint64) ([]uint64, bool) {
	out := make([]uint64, degIn(p, v)+1)
	for _, t := range p {
		c, ok := ratMod(t.c)
		if !ok {
			return nil, false
		}
		for i, k := range t.e {
			if i != v && k > 0 {
				c = mulMod(c, powMod(pt[i], uint64(k)))
			}
		}
		out[t.e[v]] = (out[t.e[v]] + c) % gcdPrime
	}
	return out, true
}

// uniGCDDegree returns the degree of the gcd of two univariate
// polynomials over Z/p (coefficients by degree, leading ones non-zero).
func uniGCDDegree(a, b []uint64) int {
	trim := func(x []uint64) []uint64 {
		for len(x) > 0 && x[len(x)-1] == 0 {
			x = x[:len(x)-1]
		}
		return x
	}
	a, b = trim(append([]uint64(nil), a...)), trim(append([]uint64(nil), b...))
	for len(b) > 0 {
		if len(a) < len(b) {
			a, b = b, a
			continue
		}
		inv := powMod(b[len(b)-1], gcdPrime-2)
		for len(a) >= len(b) && len(a) > 0 {
			f := mulMod(a[len(a)-1], inv)
			shift := len(a) - len(b)
			for i, c := range b {
				a[shift+i] = (a[shift+i] + gcdPrime - mulMod(f, c)) % gcdPrime
			}
			a = trim(a)
		}
		a, b = b, a
	}
	return len(a) - 1
}

// coprime reports whether p and q are proved to have a constant gcd.
// False means only that the test could not prove it.
func coprime(p, q poly) bool {
	if len(p) == 0 || len(q) == 0 {
		return false
	}
	nv := len(p[0].e)
	rng := rand.New(rand.NewPCG(uint64(len(p)), uint64(len(q))))
	pt := make([]uint64, nv)
	for v := 0; v < nv; v++ {
		if degIn(p, v) <= 0 || degIn(q, v) <= 0 {
			continue // a variable missing from either is missing from the gcd
		}
		for i := range pt {
			pt[i] = rng.Uint64N(gcdPrime-2) + 2
		}
		a, okA := imageIn(p, v, pt)
		b, okB := imageIn(q, v, pt)
		if !okA || !okB || a[len(a)-1] == 0 || b[len(b)-1] == 0 || uniGCDDegree(a, b) > 0 {
			return false
		}
	}
	return true
}
