package sym

import (
	"container/heap"
	"math/big"
)

// polyDivExactHeap returns p/d when d divides p, by sparse division with
// a heap of the remainder's monomials (S. C. Johnson, "Sparse polynomial
// arithmetic", SIGSAM Bull. 8 (1974) 63–71): each quotient term costs |d|
// updates, so the work is O(|q|·|d|·log) instead of the O(|q|·|p|) of
// subtracting whole products. ok is false when d does not divide p.
func polyDivExactHeap(p, d poly, bud *polyBudget) (poly, bool) {
	if len(d) == 0 {
		return nil, false
	}
	if d.isConst() {
		return polyScale(p, new(big.Rat).Inv(d[0].c)), true
	}
	nv := len(d[0].e)
	rem := make(map[string]*pterm, len(p))
	h := &monoHeap{}
	for _, t := range p {
		k := monoKey(t.e)
		rem[k] = &pterm{e: t.e, c: new(big.Rat).Set(t.c)}
		heap.Push(h, t.e)
	}
	var q poly
	lead := d[0]
	for h.Len() > 0 {
		e := heap.Pop(h).([]int)
		k := monoKey(e)
		t, ok := rem[k]
		if !ok || t.c.Sign() == 0 {
			delete(rem, k)
			continue
		}
		delete(rem, k)
		if !divides(lead.e, e) {
			return nil, false
		}
		qe := make([]int, nv)
		for i := range qe {
			qe[i] = e[i] - lead.e[i]
		}
		qc := new(big.Rat).Quo(t.c, lead.c)
		q = append(q, pterm{e: qe, c: qc})
		bud.spend(len(d))
		for _, dt := range d[1:] {
			me := make([]int, nv)
			for i := range me {
				me[i] = qe[i] + dt.e[i]
			}
			mk := monoKey(me)
			c := checkedCoeff(new(big.Rat).Mul(qc, dt.c))
			if r, ok := rem[mk]; ok {
				r.c.Sub(r.c, c)
			} else {
				rem[mk] = &pterm{e: me, c: c.Neg(c)}
				heap.Push(h, me)
			}
		}
	}
	// Quotient terms come out in decreasing order, as poly requires.
	return q, true
}

// monoHeap is a max-heap of exponent vectors in lexicographic order.
type monoHeap [][]int

func (h monoHeap) Len() int           { return len(h) }
func (h monoHeap) Less(i, j int) bool { return lexCmp(h[i], h[j]) > 0 }
func (h monoHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *monoHeap) Push(x any)        { *h = append(*h, x.([]int)) }
func (h *monoHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
