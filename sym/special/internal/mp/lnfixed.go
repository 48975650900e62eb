package mp

import (
	"math/big"
	"sync"
	"sync/atomic"
)

// Table-driven logarithm in fixed point, for the working precisions of the
// gamma kernels (up to fastLnMaxPrec bits).
//
// With x = m·2ᵏ and m ∈ [1/√2, √2), m is divided by lnLevels factors
// 1 + jₗ/Dₗ, Dₗ = 2^(6l), each jₗ = round((mₗ₋₁ − 1)·Dₗ) ∈ [−64, 64], so
// that every division is by a single machine word and the residue mₗ
// satisfies |mₗ − 1| < 1/(2Dₗ − 2|jₗ|). Then
//
//	ln x = k ln 2 + Σₗ ln(1 + jₗ/Dₗ) + 2 atanh((m₄−1)/(m₄+1)),
//
// with |m₄ − 1| < 2⁻²⁵, so the atanh series gains 52 bits a term. The
// logarithms ln(1 + j/Dₗ) are computed once per precision, when first
// needed, by Ln's square-root method.

const (
	// fastLnMaxPrec is the largest precision for which Ln uses the tables.
	fastLnMaxPrec = 4096
	lnLevels      = 4
	lnLevelBits   = 6
	lnSpan        = 64 // |jₗ| ≤ lnSpan
)

// lnTable holds ln 2 and ln(1 + j/Dₗ) as integers scaled by 2^f; the
// logarithms are filled on first use and read without the lock.
type lnTable struct {
	f    uint
	ln2  *big.Int
	logs [lnLevels][2*lnSpan + 1]atomic.Pointer[big.Int]
}

var lnTables struct {
	mu sync.Mutex
	m  map[uint]*lnTable
}

// entry returns ln(1 + j/2^(6(level+1)))·2^f, computing it on first use.
func (t *lnTable) entry(level int, j int64) *big.Int {
	e := &t.logs[level][j+lnSpan]
	if v := e.Load(); v != nil {
		return v
	}
	lnTables.mu.Lock()
	defer lnTables.mu.Unlock()
	if v := e.Load(); v != nil {
		return v
	}
	// 1 + j/D is exact at this precision.
	shift := uint(lnLevelBits * (level + 1))
	x := newFloat(shift + 8).SetInt64(j)
	x.SetMantExp(x, -int(shift))
	x.Add(x, big.NewFloat(1))
	v := toFixed(lnSeriesRoots(x, t.f+16), t.f)
	e.Store(v)
	return v
}

// lnTableFor returns the table for scale f.
func lnTableFor(f uint) *lnTable {
	lnTables.mu.Lock()
	defer lnTables.mu.Unlock()
	if lnTables.m == nil {
		lnTables.m = make(map[uint]*lnTable)
	}
	t := lnTables.m[f]
	if t == nil {
		t = &lnTable{f: f, ln2: toFixed(Ln2(f+16), f)}
		lnTables.m[f] = t
	}
	return t
}

// workInts is the work space of one fixed-point kernel call: integers
// whose buffers math/big grows to the sizes the kernel needs. It is
// recycled through workPool, so that a statement does not allocate (and
// the collector does not sweep) the same buffers again every time.
type workInts [9]big.Int

var workPool = sync.Pool{New: func() any { return new(workInts) }}

// scratchInts returns recycled work space, holding arbitrary values: each
// integer is to be set before it is read, and nothing handed out may alias
// it after releaseInts.
func scratchInts() *workInts { return workPool.Get().(*workInts) }

// releaseInts hands work space back for the next call.
func releaseInts(w *workInts) { workPool.Put(w) }

// toFixed returns v·2^f truncated towards zero.
func toFixed(v *big.Float, f uint) *big.Int {
	s := new(big.Float).SetMantExp(v, int(f))
	i, _ := s.Int(nil)
	return i
}

// fromFixed returns v·2^−f rounded to prec bits.
func fromFixed(v *big.Int, f, prec uint) *big.Float {
	r := newFloat(prec).SetInt(v)
	return r.SetMantExp(r, -int(f))
}

// fixedExp returns the binary exponent of v·2^−f (as big.Float.MantExp
// would), or a very negative number for v = 0.
func fixedExp(v *big.Int, f uint) int {
	if v.Sign() == 0 {
		return -1 << 30
	}
	return v.BitLen() - int(f)
}

// lnFixed returns ln x·2^f for finite x > 0 with an absolute error of a few
// units when f ≤ fastLnMaxPrec + 64 and the result is not small: x outside
// [1/√2, √2) or |x − 1| ≥ 1/16. Otherwise it reports false.
func lnFixed(x *big.Float, f uint) (*big.Int, bool) {
	if f > fastLnMaxPrec+64 {
		return nil, false
	}
	m := new(big.Float)
	k := x.MantExp(m)
	if m.Cmp(sqrtHalf) < 0 {
		m.SetMantExp(m, 1)
		k--
	}
	work := scratchInts()
	defer releaseInts(work)
	ints := work[:]
	one, mi, d, t, r, div, den, q := &ints[0], &ints[1], &ints[2], &ints[3], &ints[4], &ints[5], &ints[6], &ints[7]
	sum := ints[8].SetInt64(0)
	one.Lsh(bigOne, f)
	m.SetMantExp(m, int(f))
	m.Int(mi)
	d.Sub(mi, one)
	if k == 0 && d.BitLen() < int(f)-3 { // |m − 1| < 1/16
		return nil, false
	}
	tab := lnTableFor(f)
	for level := range lnLevels {
		shift := uint(lnLevelBits * (level + 1))
		// j = round((m − 1)·D)
		t.Rsh(d, f-shift-1)
		t.Add(t, bigOne)
		t.Rsh(t, 1)
		j := max(-lnSpan, min(lnSpan, t.Int64()))
		if j == 0 {
			continue
		}
		// m ← m·D/(D + j)
		t.Lsh(mi, shift)
		div.SetInt64(int64(1)<<shift + j)
		mi.QuoRem(t, div, r)
		d.Sub(mi, one)
		sum.Add(sum, tab.entry(level, j))
	}
	// 2 atanh(u/(2+u)), u = m − 1
	if d.Sign() != 0 {
		den.Lsh(one, 1)
		den.Add(den, d)
		t.Lsh(d, f)
		q.QuoRem(t, den, r)
		atanhFixed(q, f, sum, ints[:8])
	}
	if k != 0 {
		t.Mul(tab.ln2, div.SetInt64(int64(k)))
		sum.Add(sum, t)
	}
	return new(big.Int).Set(sum), true
}

var bigOne = big.NewInt(1)

// atanhFixed adds 2 atanh(q·2^−f)·2^f to sum, for |q·2^−f| ≤ 2⁻⁸: the
// series Σ q^(2j+1)/(2j+1), each term truncated (below one unit). It
// uses the integers of scratch (q among them) as work space.
func atanhFixed(q *big.Int, f uint, sum *big.Int, scratch []big.Int) {
	acc, q2, power, term, r, div := &scratch[0], &scratch[1], &scratch[2], &scratch[3], &scratch[4], &scratch[5]
	acc.Set(q)
	q2.Mul(q, q)
	q2.Rsh(q2, f)
	power.Set(q)
	for j := int64(1); ; j++ {
		term.Mul(power, q2) // not into power: an aliased receiver allocates
		power.Rsh(term, f)
		if power.Sign() == 0 {
			break
		}
		term.QuoRem(power, div.SetInt64(2*j+1), r)
		if term.Sign() == 0 {
			break
		}
		acc.Add(acc, term)
	}
	acc.Lsh(acc, 1)
	sum.Add(sum, acc)
}

// lnFixedAny is lnFixed, falling back to Ln's square-root method where the
// tables do not apply.
func lnFixedAny(x *big.Float, f uint) *big.Int {
	if v, ok := lnFixed(x, f); ok {
		return v
	}
	return toFixed(lnSeriesRoots(x, f+16), f)
}
