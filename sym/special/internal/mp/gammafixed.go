package mp

import (
	"math"
	"math/big"
	"math/bits"
	"sync"
)

// Fixed-point kernels for ln Γ and ψ at x > 0 below fixedGammaMaxX: the
// same formulas as lgammaPosFloat and digammaPosFloat, evaluated on
// integers scaled by 2^f (f = w + 32), with the Stirling coefficients
// cached per f, the shift products and reciprocal sums taken on machine
// words where the argument's numerator and denominator allow, and the
// asymptotic series summed by Horner's rule in 1/X².

// fixedGammaMaxX bounds the arguments of the fixed-point kernels; larger
// ones need no shift and go to the big.Float versions.
const fixedGammaMaxX = 1 << 30

// Shift targets per bit of f: X₀ = α·f. A step of the recurrence costs a
// word multiplication (ln Γ) or a word division (ψ), a term of the series a
// full multiplication, so ln Γ shifts further.
var (
	lgammaShiftPerBit  = 0.4
	digammaShiftPerBit = 0.25
)

// stirlingTable holds, scaled by 2^f, the coefficients of the asymptotic
// series: lg[k] = B₂ₖ/(2k(2k−1)) (ln Γ), dg[k] = B₂ₖ/(2k) (ψ), k ≥ 1, and
// ½ ln 2π; log2lg and log2dg are log₂ of their magnitudes for choosing
// the number of terms.
type stirlingTable struct {
	lg, dg         []*big.Int
	log2lg, log2dg []float64
	halfLn2Pi      *big.Int
}

var stirlingTables struct {
	mu sync.Mutex
	m  map[uint]*stirlingTable
}

// stirlingFor returns the table for scale f with at least n coefficients.
func stirlingFor(f uint, n int) *stirlingTable {
	stirlingTables.mu.Lock()
	defer stirlingTables.mu.Unlock()
	if stirlingTables.m == nil {
		stirlingTables.m = make(map[uint]*stirlingTable)
	}
	t := stirlingTables.m[f]
	if t == nil {
		t = &stirlingTable{halfLn2Pi: toFixed(halfLn2PiCache.get(f+16), f)}
		t.lg, t.dg = []*big.Int{nil}, []*big.Int{nil}
		t.log2lg, t.log2dg = []float64{0}, []float64{0}
		stirlingTables.m[f] = t
	}
	if len(t.lg) > n {
		return t
	}
	// Grow a copy: callers keep reading the old table without the lock.
	old := t
	t = &stirlingTable{halfLn2Pi: old.halfLn2Pi,
		lg: old.lg[:len(old.lg):len(old.lg)], dg: old.dg[:len(old.dg):len(old.dg)],
		log2lg: old.log2lg[:len(old.log2lg):len(old.log2lg)], log2dg: old.log2dg[:len(old.log2dg):len(old.log2dg)]}
	stirlingTables.m[f] = t
	bs := bernoulliExact64(n + n/2 + 16)
	for k := len(t.lg); k < len(bs); k++ {
		lg := new(big.Rat).Quo(bs[k], big.NewRat(int64(2*k*(2*k-1)), 1))
		dg := new(big.Rat).Quo(bs[k], big.NewRat(int64(2*k), 1))
		t.lg = append(t.lg, ratFixed(lg, f))
		t.dg = append(t.dg, ratFixed(dg, f))
		t.log2lg = append(t.log2lg, log2Rat(lg))
		t.log2dg = append(t.log2dg, log2Rat(dg))
	}
	return t
}

// bernoulliExact64 returns the cached exact B₂ₖ, k < n (entry 0 unused).
func bernoulliExact64(n int) []*big.Rat {
	bernoulli.mu.Lock()
	defer bernoulli.mu.Unlock()
	if len(bernoulli.exact) < n {
		bernoulli.exact = bernoulliExact(n + n/4 + 32)
	}
	return bernoulli.exact[:n]
}

// ratFixed returns r·2^f truncated towards zero.
func ratFixed(r *big.Rat, f uint) *big.Int {
	n := new(big.Int).Lsh(r.Num(), f)
	return n.Quo(n, r.Denom())
}

// log2Rat returns log₂|r| for r ≠ 0, to float64 accuracy.
func log2Rat(r *big.Rat) float64 {
	return log2Int(r.Num()) - log2Int(r.Denom())
}

func log2Int(n *big.Int) float64 {
	bl := n.BitLen()
	if bl <= 60 {
		return math.Log2(math.Abs(float64(n.Int64())))
	}
	top := new(big.Int).Rsh(new(big.Int).Abs(n), uint(bl-60))
	return math.Log2(float64(top.Int64())) + float64(bl-60)
}

// seriesTerms returns the number K of terms cₖ X^−(p0+2k−2), k = 1…K,
// needed for an absolute error below 2^−(f+4), or 0 if the terms start to
// grow first. log2c returns log₂|cₖ| (growing the table as needed).
func seriesTerms(log2X float64, f uint, p0 int, log2c func(k int) float64) int {
	prev := math.Inf(1)
	for k := 1; ; k++ {
		e := log2c(k) - float64(p0+2*k-2)*log2X
		if e < -float64(f)-4 {
			return k - 1
		}
		if e > prev {
			return 0
		}
		prev = e
	}
}

// fixedArg holds x > 0 as p/q with both in a machine word, if they fit.
type fixedArg struct {
	x      *big.Rat
	p, q   uint64
	onWord bool
}

func newFixedArg(x *big.Rat) fixedArg {
	a := fixedArg{x: x}
	if x.Num().IsUint64() && x.Denom().IsUint64() {
		a.p, a.q = x.Num().Uint64(), x.Denom().Uint64()
		a.onWord = a.q < 1<<31 && a.p < 1<<62
	}
	return a
}

// factor returns p + j·q if it fits in 62 bits.
func (a fixedArg) factor(j int64) (uint64, bool) {
	hi, lo := bits.Mul64(a.q, uint64(j))
	if !a.onWord || hi != 0 {
		return 0, false
	}
	s, c := bits.Add64(lo, a.p, 0)
	return s, c == 0 && s < 1<<62
}

// shiftedFixed returns n ≥ 0, the least integer with x + n ≥ x0, and
// (x + n)·2^f.
func shiftedFixed(x *big.Rat, x0 float64, f uint) (int64, *big.Int) {
	xf, _ := x.Float64()
	var n int64
	if xf < x0 {
		n = int64(math.Ceil(x0 - xf))
	}
	// (p/q + n)·2^f = (p + nq)·2^f/q, truncated
	v := new(big.Int).Mul(x.Denom(), big.NewInt(n))
	v.Add(v, x.Num())
	v.Lsh(v, f)
	return n, v.Quo(v, x.Denom())
}

// lnRisingFixed returns ln(x(x+1)⋯(x+n−1))·2^f, n ≥ 1.
func lnRisingFixed(a fixedArg, n int64, f uint) *big.Int {
	if _, ok := a.factor(n - 1); !ok {
		return lnFixedAny(risingProduct(a.x, n, f+64), f)
	}
	// Π(p + jq), multiplied word by word, over qⁿ.
	work := scratchInts()
	defer releaseInts(work)
	prod, next := work[0].SetInt64(1), &work[1]
	var t big.Int
	acc := uint64(1)
	for j := int64(0); j < n; j++ {
		v, _ := a.factor(j)
		hi, lo := bits.Mul64(acc, v)
		if hi != 0 {
			// Into another buffer: an aliased receiver allocates.
			next.Mul(prod, t.SetUint64(acc))
			prod, next = next, prod
			lo = v
		}
		acc = lo
	}
	next.Mul(prod, t.SetUint64(acc))
	r := setIntTop(newFloat(f+64), next, &work[2])
	if a.q != 1 {
		r.Quo(r, setIntTop(newFloat(f+64), powWord(a.q, n, &work[2], &work[3]), &work[4]))
	}
	return lnFixedAny(r, f)
}

// setIntTop sets z to x > 0 as z.SetInt(x) does, but from the top
// z.Prec() + 64 bits of x only (the rest truncated, a relative error below
// 2^−(z.Prec()+63) before z's own rounding), so that a product of
// thousands of bits is not copied whole; tmp is work space.
func setIntTop(z *big.Float, x, tmp *big.Int) *big.Float {
	drop := x.BitLen() - int(z.Prec()) - 64
	if drop <= 0 {
		return z.SetInt(x)
	}
	z.SetInt(tmp.Rsh(x, uint(drop)))
	return z.SetMantExp(z, drop)
}

// powWord returns qⁿ for a word q ≥ 2, multiplying by the largest power
// of q that fits in a word at a time; r and next are its work space (the
// result is one of them).
func powWord(q uint64, n int64, r, next *big.Int) *big.Int {
	chunk, k := q, int64(1)
	for k < n {
		hi, lo := bits.Mul64(chunk, q)
		if hi != 0 {
			break
		}
		chunk, k = lo, k+1
	}
	r.SetInt64(1)
	var w big.Int
	w.SetUint64(chunk)
	for ; n >= k; n -= k {
		next.Mul(r, &w)
		r, next = next, r
	}
	if n > 0 {
		// qⁿ < chunk fits in a word
		rest := q
		for range n - 1 {
			rest *= q
		}
		next.Mul(r, w.SetUint64(rest))
		r = next
	}
	return r
}

// recipSumFixed returns Σⱼ₌₀ⁿ⁻¹ 1/(x+j)·2^f, n ≥ 1.
func recipSumFixed(a fixedArg, n int64, f uint) *big.Int {
	if _, ok := a.factor(n - 1); !ok {
		return toFixed(reciprocalSum(a.x, n, f+64), f)
	}
	// Groups of factors vⱼ = p + jq whose sums Σ 1/vⱼ = N/D keep N and D
	// in a word; each group adds q·N·2^f/D.
	sum := new(big.Int)
	var t, d, r big.Int
	flush := func(num, den uint64) {
		t.SetUint64(num)
		t.Mul(&t, d.SetUint64(a.q))
		t.Lsh(&t, f)
		t.QuoRem(&t, d.SetUint64(den), &r)
		sum.Add(sum, &t)
	}
	num, den := uint64(0), uint64(1)
	for j := int64(0); j < n; j++ {
		v, _ := a.factor(j)
		// N/D + 1/v = (N·v + D)/(D·v)
		h1, dv := bits.Mul64(den, v)
		h2, nv := bits.Mul64(num, v)
		nv, c := bits.Add64(nv, den, 0)
		if h1 != 0 || h2 != 0 || c != 0 {
			flush(num, den)
			num, den = 1, v
			continue
		}
		num, den = nv, dv
	}
	flush(num, den)
	return sum
}

// hornerFixed returns Σₖ₌₁ᴷ cₖ z^(k−1)·2^f, with z and cₖ scaled by 2^f
// and z < 2^−b, by Horner's rule; log2c[k] is log₂|cₖ|. The partial sum
// aₖ = cₖ + z·aₖ₊₁ ends up multiplied by z^(k−1), so it is carried with
// only f − b(k−1) bits after the point, plus the bits of |aₖ₊₁| ≈ |cₖ₊₁|
// that multiply the error of z: each step is cheaper than the last, and
// each still costs at most about one unit of 2^−f.
func hornerFixed(c []*big.Int, log2c []float64, k int, z *big.Int, f uint, b uint) *big.Int {
	frac := func(i int) uint {
		keep := int(f) - int(b)*(i-1) + 4
		if i < k {
			keep += int(math.Max(0, log2c[i+1])) + 2
		}
		return uint(min(int(f), max(keep, 64)))
	}
	fi := frac(k)
	work := scratchInts()
	defer releaseInts(work)
	acc, t, zi := &work[0], &work[1], &work[2]
	acc.Rsh(c[k], f-fi)
	for i := k - 1; i >= 1; i-- {
		// acc has fi bits after the point; the new partial sum gets fn.
		fn := frac(i)
		zi.Rsh(z, f-fn)
		t.Mul(acc, zi) // fi + fn bits after the point
		acc.Rsh(t, fi)
		acc.Add(acc, t.Rsh(c[i], f-fn))
		fi = fn
	}
	return new(big.Int).Lsh(acc, f-fi)
}

// halfIntegerMax bounds the integers and half-integers that
// lgammaHalfInteger takes: (n−1)! and (2n−1)!! stay below 2¹⁵⁰⁰.
const halfIntegerMax = 200

// lgammaHalfInteger returns ln Γ(x) at working precision w for an integer
// 3 ≤ x ≤ halfIntegerMax, as ln((x−1)!), or for a half-integer
// x = n + ½ ≤ halfIntegerMax, from Γ(n + ½) = (2n−1)!!·√π/2ⁿ (DLMF 5.4.6)
// as ln((2n−1)!!) − n ln 2 + ½ ln π: one logarithm of an exact integer
// instead of the shift and the series. It reports false for other x.
func lgammaHalfInteger(x *big.Rat, w uint) (*big.Float, int, bool) {
	den := x.Denom()
	if !den.IsInt64() || den.Int64() > 2 || !x.Num().IsInt64() {
		return nil, 0, false
	}
	num := x.Num().Int64()
	f := w + 32
	var p *big.Int
	v := new(big.Int)
	mag := -1 << 30
	if den.Int64() == 1 {
		if num < 3 || num > halfIntegerMax {
			return nil, 0, false
		}
		p = new(big.Int).MulRange(1, num-1)
	} else {
		n := (num - 1) / 2
		if num < 1 || n > halfIntegerMax {
			return nil, 0, false
		}
		p = big.NewInt(1)
		for k := int64(3); k <= 2*n-1; k += 2 {
			p.Mul(p, v.SetInt64(k))
		}
		// ½ ln π − n ln 2
		lnPi := toFixed(lnPiCache.get(f+16), f)
		v.Rsh(lnPi, 1)
		mag = fixedExp(v, f)
		if n > 0 {
			nl2 := new(big.Int).Mul(lnTableFor(f).ln2, big.NewInt(n))
			v.Sub(v, nl2)
			mag = max(mag, fixedExp(nl2, f))
		}
	}
	if p.Cmp(bigOne) > 0 {
		lp := lnFixedAny(newFloat(uint(p.BitLen())).SetInt(p), f)
		v.Add(v, lp)
		mag = max(mag, fixedExp(lp, f))
	}
	return fromFixed(v, f, w), mag, true
}

// stirling holds what the fixed-point ln Γ and ψ share, scaled by 2^f:
// the shift n with X = x + n ≥ X₀, X, z = 1/X, z² and ln X, and the sum
// Σₖ₌₁ᴷ cₖ z^(2(k−1)) of the function's coefficients of Stirling's series.
type stirling struct {
	n                int64
	bigX, z, z2, lnX *big.Int
	sum              *big.Int
}

// stirlingSum shifts x up to X₀ = shiftPerBit·f (doubled while the series
// does not reach 2^−f) and sums the series whose kth term is cₖ X^−(p0+2k−2),
// cₖ from coef.
func stirlingSum(x *big.Rat, f uint, shiftPerBit float64, p0 int, coef func(t *stirlingTable) ([]*big.Int, []float64)) stirling {
	for x0 := math.Ceil(shiftPerBit*float64(f)) + 4; ; x0 *= 2 {
		n, bigX := shiftedFixed(x, x0, f)
		log2X := log2Int(bigX) - float64(f) - 1e-6
		t := stirlingFor(f, 8)
		k := seriesTerms(log2X, f, p0, func(k int) float64 {
			if _, l := coef(t); k >= len(l) {
				t = stirlingFor(f, 2*k)
			}
			_, l := coef(t)
			return l[k]
		})
		if k == 0 {
			continue
		}
		z := new(big.Int).Lsh(bigOne, 2*f)
		z.Quo(z, bigX)
		z2 := new(big.Int).Mul(z, z)
		z2.Rsh(z2, f)
		c, l := coef(t)
		return stirling{n: n, bigX: bigX, z: z, z2: z2,
			lnX: lnFixedAny(fromFixed(bigX, f, f+64), f),
			sum: hornerFixed(c, l, k, z2, f, uint(2*log2X))}
	}
}

// lgammaPosFixed is ln Γ(x) for 0 < x < fixedGammaMaxX at working
// precision w (see Lgamma); the absolute error is below 2^−(w+16).
func lgammaPosFixed(x *big.Rat, w uint) (*big.Float, int) {
	f := w + 32
	st := stirlingSum(x, f, lgammaShiftPerBit, 1, func(t *stirlingTable) ([]*big.Int, []float64) { return t.lg, t.log2lg })
	// tail = Σ cₖ X^−(2k−1)
	tail := st.sum.Mul(st.sum, st.z)
	tail.Rsh(tail, f)
	// (X − ½) ln X − X + ½ ln 2π + tail
	head := new(big.Int).Sub(st.bigX, new(big.Int).Lsh(bigOne, f-1))
	head.Mul(head, st.lnX)
	head.Rsh(head, f)
	mag := max(fixedExp(head, f), fixedExp(st.bigX, f))
	v := new(big.Int).Sub(head, st.bigX)
	v.Add(v, stirlingFor(f, 1).halfLn2Pi)
	v.Add(v, tail)
	if st.n > 0 {
		lnP := lnRisingFixed(newFixedArg(x), st.n, f)
		v.Sub(v, lnP)
		mag = max(mag, fixedExp(lnP, f))
	}
	return fromFixed(v, f, w), mag
}

// digammaPosFixed is ψ(x) for 0 < x < fixedGammaMaxX at working precision
// w (see Digamma); the absolute error is below 2^−(w+16).
func digammaPosFixed(x *big.Rat, w uint) (*big.Float, int) {
	f := w + 32
	st := stirlingSum(x, f, digammaShiftPerBit, 2, func(t *stirlingTable) ([]*big.Int, []float64) { return t.dg, t.log2dg })
	// tail = Σ cₖ X^−2k
	tail := st.sum.Mul(st.sum, st.z2)
	tail.Rsh(tail, f)
	// ln X − 1/(2X) − tail
	mag := fixedExp(st.lnX, f)
	v := new(big.Int).Rsh(st.z, 1)
	v.Sub(st.lnX, v)
	v.Sub(v, tail)
	if st.n > 0 {
		s := recipSumFixed(newFixedArg(x), st.n, f)
		v.Sub(v, s)
		mag = max(mag, fixedExp(s, f))
	}
	return fromFixed(v, f, w), mag
}
