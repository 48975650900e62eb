// Package sym is a small computer-algebra system for the expressions that
// appear in closed forms of divergences and Fisher information: rational
// functions of real symbols combined with log, exp, powers, |·| and the
// log-gamma family (lgamma, ψ, ψ₁, ψ⁽ⁿ⁾, log B).
//
// Expressions are immutable trees kept in a canonical form by the
// constructors (Add, Mul, Pow, Call): nested sums and products are flattened,
// exact constants folded, like terms and like powers collected, and operands
// sorted, so that structurally equal expressions are mathematically equal.
// Simplify goes further under Assumptions. Exact numbers are big.Rat
// rationals; Float holds an inexact float64 and is contagious. Evaluation is
// by Float64 or, to any number of correct digits, by Decimal.
//
// Expressions share no mutable state, so every function of the package is
// safe for concurrent use.
//
// The canonical form follows the usual design of computer-algebra systems,
// as described in J. S. Cohen, Computer Algebra and Symbolic Computation:
// Mathematical Methods (A K Peters, 2003), chapter 3 ("automatic
// simplification").
package sym

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// Expr is an immutable symbolic expression. Its String method returns
// Format(e). Only this package implements Expr.
type Expr interface {
	fmt.Stringer
	kind() kind
	// size is the number of nodes in the tree, cached at construction.
	size() int
}

type kind int

// Kinds in canonical order: this order sorts operands of sums and products.
const (
	kindRat kind = iota
	kindFloat
	kindConst
	kindSymbol
	kindCall
	kindPow
	kindProd
	kindSum
)

// rat is an exact rational constant. The *big.Rat is never mutated.
type rat struct{ r *big.Rat }

// flt is an inexact constant, the result of a numeric algorithm.
type flt struct{ f float64 }

// constant is π or e.
type constant struct{ name string }

// symbol is a free real variable.
type symbol struct{ name string }

// sum is a canonical sum of at least two terms.
type sum struct {
	terms []Expr
	n     int
}

// prod is a canonical product of at least two factors; a numeric
// coefficient, if any, comes first.
type prod struct {
	factors []Expr
	n       int
}

// pow is base^exp in canonical form.
type pow struct {
	base, exp Expr
	n         int
}

// call is a function application.
type call struct {
	name string
	args []Expr
	n    int
}

func (*rat) kind() kind      { return kindRat }
func (*flt) kind() kind      { return kindFloat }
func (*constant) kind() kind { return kindConst }
func (*symbol) kind() kind   { return kindSymbol }
func (*sum) kind() kind      { return kindSum }
func (*prod) kind() kind     { return kindProd }
func (*pow) kind() kind      { return kindPow }
func (*call) kind() kind     { return kindCall }

func (*rat) size() int      { return 1 }
func (*flt) size() int      { return 1 }
func (*constant) size() int { return 1 }
func (*symbol) size() int   { return 1 }
func (s *sum) size() int    { return s.n }
func (p *prod) size() int   { return p.n }
func (p *pow) size() int    { return p.n }
func (c *call) size() int   { return c.n }

func (e *rat) String() string      { return Format(e) }
func (e *flt) String() string      { return Format(e) }
func (e *constant) String() string { return Format(e) }
func (e *symbol) String() string   { return Format(e) }
func (e *sum) String() string      { return Format(e) }
func (e *prod) String() string     { return Format(e) }
func (e *pow) String() string      { return Format(e) }
func (e *call) String() string     { return Format(e) }

var (
	// Pi is the constant π.
	Pi Expr = &constant{name: "pi"}
	// E is Euler's number e = exp(1).
	E Expr = &constant{name: "e"}

	zero     = &rat{new(big.Rat)}
	one      = &rat{big.NewRat(1, 1)}
	minusOne = &rat{big.NewRat(-1, 1)}
	half     = &rat{big.NewRat(1, 2)}
)

// Int returns the exact integer n.
func Int(n int64) Expr {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	return &rat{new(big.Rat).SetInt64(n)}
}

// smallInts holds the nodes of small integers, shared since nodes are
// immutable.
const smallIntMin, smallIntMax = -64, 256

var smallInts = func() []*rat {
	t := make([]*rat, smallIntMax-smallIntMin+1)
	for i := range t {
		t[i] = &rat{new(big.Rat).SetInt64(int64(i + smallIntMin))}
	}
	return t
}()

// ratNode wraps r, sharing the node of a small integer.
func ratNode(r *big.Rat) *rat {
	if r.IsInt() && r.Num().IsInt64() {
		if n := r.Num().Int64(); n >= smallIntMin && n <= smallIntMax {
			return smallInts[n-smallIntMin]
		}
	}
	return &rat{r}
}

// Rat returns the exact rational r. The argument is copied.
func Rat(r *big.Rat) Expr {
	if r == nil {
		return zero
	}
	return &rat{new(big.Rat).Set(r)}
}

// maxLiteralExponent bounds the decimal exponent a literal may carry, so that
// a typed number cannot allocate an enormous integer.
const maxLiteralExponent = 10000

// maxLiteralDigits bounds the digits of a literal; exact results print in
// full and must read back, so it lies well above what exact powers produce
// (maxExactBits).
const maxLiteralDigits = 200000

// ParseNumber converts a decimal literal ("2", "0.1", ".5", "1e-3",
// "1.5E+10") into an exact rational: 0.1 is 1/10, not the nearest float64.
func ParseNumber(lit string) (Expr, error) {
	mant, expPart := lit, ""
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant, expPart = lit[:i], lit[i+1:]
		if expPart == "" {
			return nil, fmt.Errorf("malformed number %q", lit)
		}
	}
	intPart, fracPart := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, fracPart = mant[:i], mant[i+1:]
	}
	if intPart == "" && fracPart == "" || !allDigits(intPart) || !allDigits(fracPart) {
		return nil, fmt.Errorf("malformed number %q", lit)
	}
	exp := 0
	if expPart != "" {
		digits := strings.TrimLeft(expPart, "+-")
		if len(expPart)-len(digits) > 1 || digits == "" || !allDigits(digits) {
			return nil, fmt.Errorf("malformed number %q", lit)
		}
		if len(digits) > 6 {
			return nil, fmt.Errorf("number %q out of range (exponent beyond ±%d)", lit, maxLiteralExponent)
		}
		exp, _ = strconv.Atoi(digits)
		if exp > maxLiteralExponent {
			return nil, fmt.Errorf("number %q out of range (exponent beyond ±%d)", lit, maxLiteralExponent)
		}
		if expPart[0] == '-' {
			exp = -exp
		}
	}
	if len(intPart)+len(fracPart) > maxLiteralDigits {
		return nil, fmt.Errorf("number %q has more than %d digits", lit[:20]+"…", maxLiteralDigits)
	}
	exp -= len(fracPart)
	if r, ok := smallDecimal(intPart, fracPart, exp); ok {
		return &rat{r}, nil
	}
	n, ok := new(big.Int).SetString(intPart+fracPart, 10)
	if !ok {
		return nil, fmt.Errorf("malformed number %q", lit)
	}
	r := new(big.Rat).SetInt(n)
	if exp != 0 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(exp))), nil)
		if exp > 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	return &rat{r}, nil
}

// smallDecimal returns m·10^exp, m the digits of intPart and fracPart,
// when m has at most 18 digits and |exp| ≤ 18 (3.7, 1e6), so that m,
// 10^|exp| and an integer result fit in an int64; ok is false otherwise.
func smallDecimal(intPart, fracPart string, exp int) (*big.Rat, bool) {
	if len(intPart)+len(fracPart) > 18 || exp < -18 || exp > 18 {
		return nil, false
	}
	var m int64
	for _, part := range [2]string{intPart, fracPart} {
		for i := 0; i < len(part); i++ {
			m = 10*m + int64(part[i]-'0')
		}
	}
	p := int64(1)
	for range abs(exp) {
		p *= 10
	}
	if exp < 0 {
		return new(big.Rat).SetFrac64(m, p), true
	}
	if m > math.MaxInt64/p {
		return nil, false
	}
	return new(big.Rat).SetInt64(m * p), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Float returns the inexact constant f. Arithmetic that involves a Float
// folds to a Float. Evaluating a NaN or infinite Float is an error.
func Float(f float64) Expr { return &flt{f} }

// Symbol returns the free real symbol called name.
func Symbol(name string) Expr { return &symbol{name} }

// AsRat reports the value of an exact rational constant. The returned
// *big.Rat is a copy.
func AsRat(e Expr) (*big.Rat, bool) {
	if r, ok := e.(*rat); ok {
		return new(big.Rat).Set(r.r), true
	}
	return nil, false
}

// AsFloat reports the value of an inexact Float constant.
func AsFloat(e Expr) (float64, bool) {
	if f, ok := e.(*flt); ok {
		return f.f, true
	}
	return 0, false
}

// SymbolName reports the name of a free symbol.
func SymbolName(e Expr) (string, bool) {
	if s, ok := e.(*symbol); ok {
		return s.name, true
	}
	return "", false
}

// Size is the number of nodes of e, a measure of its complexity.
func Size(e Expr) int { return e.size() }

// Nodes returns the number of distinct subexpressions of e, a shared one
// counted once: what e costs to hold and to walk, where Size counts the
// nodes of e written out as a tree.
func Nodes(e Expr) int {
	n := 0
	Walk(e, func(Expr) bool { n++; return true })
	return n
}

// Children returns the operands of e in canonical order: the terms of a sum,
// the factors of a product, the base and exponent of a power, the arguments
// of a call; none for an atom. The slice is a copy.
func Children(e Expr) []Expr {
	switch e := e.(type) {
	case *sum:
		return append([]Expr(nil), e.terms...)
	case *prod:
		return append([]Expr(nil), e.factors...)
	case *pow:
		return []Expr{e.base, e.exp}
	case *call:
		return append([]Expr(nil), e.args...)
	}
	return nil
}

// Walk calls visit on e and, while visit returns true, on its operands,
// depth first. A subexpression shared by several operands is visited
// once, so that an expression with 2ⁿ paths through n shared nodes costs
// n visits, not 2ⁿ.
func Walk(e Expr, visit func(Expr) bool) {
	if e.size() <= walkTreeSize {
		walkTree(e, visit)
		return
	}
	seen := map[Expr]bool{}
	var walk func(Expr)
	walk = func(n Expr) {
		if seen[n] {
			return
		}
		seen[n] = true
		pollStop()
		if !visit(n) {
			return
		}
		for _, c := range Children(n) {
			walk(c)
		}
	}
	walk(e)
}

// walkTreeSize is the tree size below which Walk needs no record of the
// nodes seen: revisiting is cheaper than remembering.
const walkTreeSize = 256

func walkTree(e Expr, visit func(Expr) bool) {
	if !visit(e) {
		return
	}
	switch e := e.(type) {
	case *sum:
		for _, c := range e.terms {
			walkTree(c, visit)
		}
	case *prod:
		for _, c := range e.factors {
			walkTree(c, visit)
		}
	case *pow:
		walkTree(e.base, visit)
		walkTree(e.exp, visit)
	case *call:
		for _, c := range e.args {
			walkTree(c, visit)
		}
	}
}

// Rewrite rebuilds e bottom-up: each node's operands are rewritten first,
// the node is rebuilt by the canonicalising constructors, then f is applied
// to it. f must depend on its argument alone: each distinct node is
// rewritten once, so that an expression sharing subexpressions costs time
// in proportion to its distinct nodes and its result shares them too.
func Rewrite(e Expr, f func(Expr) Expr) Expr {
	memo := map[Expr]Expr{}
	var rw func(Expr) Expr
	rw = func(n Expr) Expr {
		if r, ok := memo[n]; ok {
			return r
		}
		pollStop()
		r := f(mapChildren(n, rw))
		memo[n] = r
		return r
	}
	return rw(e)
}

// mapChildren rebuilds e with each operand replaced by f(operand).
func mapChildren(e Expr, f func(Expr) Expr) Expr {
	switch e := e.(type) {
	case *sum:
		xs := make([]Expr, len(e.terms))
		changed := false
		for i, t := range e.terms {
			xs[i] = f(t)
			changed = changed || xs[i] != t
		}
		if !changed {
			return e
		}
		return Add(xs...)
	case *prod:
		xs := make([]Expr, len(e.factors))
		changed := false
		for i, t := range e.factors {
			xs[i] = f(t)
			changed = changed || xs[i] != t
		}
		if !changed {
			return e
		}
		return Mul(xs...)
	case *pow:
		b, x := f(e.base), f(e.exp)
		if b == e.base && x == e.exp {
			return e
		}
		return Pow(b, x)
	case *call:
		xs := make([]Expr, len(e.args))
		changed := false
		for i, t := range e.args {
			xs[i] = f(t)
			changed = changed || xs[i] != t
		}
		if !changed {
			return e
		}
		return apply(e.name, xs)
	}
	return e
}

// FreeSymbols returns the names of the free symbols of e, sorted.
func FreeSymbols(e Expr) []string {
	seen := map[string]bool{}
	Walk(e, func(x Expr) bool {
		if s, ok := x.(*symbol); ok {
			seen[s.name] = true
		}
		return true
	})
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// hasSymbol reports whether the symbol x occurs in e.
func hasSymbol(e Expr, x string) bool {
	found := false
	Walk(e, func(n Expr) bool {
		if found {
			return false
		}
		if s, ok := n.(*symbol); ok && s.name == x {
			found = true
		}
		return !found
	})
	return found
}

// IsNumber reports whether e has no free symbols, so that it denotes a
// constant such as log(2)/3.
func IsNumber(e Expr) bool {
	num := true
	Walk(e, func(x Expr) bool {
		if _, ok := x.(*symbol); ok {
			num = false
		}
		return num
	})
	return num
}

// Equal reports whether a and b have the same canonical form.
func Equal(a, b Expr) bool { return compare(a, b) == 0 }

// compare is a total order on canonical expressions; it is zero exactly
// when the trees are structurally equal. Powers compare by base, then
// exponent, with a non-power x treated as x^1, so that x sorts next to x².
func compare(a, b Expr) int {
	if a == b {
		return 0
	}
	if a.size() > walkTreeSize && b.size() > walkTreeSize {
		// Large operands may share subexpressions: remember the pairs
		// found equal, so that equal but separately built expressions
		// with 2ⁿ paths compare in time linear in their distinct nodes.
		return (&comparer{equal: map[[2]Expr]bool{}}).cmp(a, b)
	}
	return (*comparer)(nil).cmp(a, b)
}

// comparer compares expressions; a nil comparer walks them as trees.
type comparer struct {
	equal map[[2]Expr]bool
}

func (c *comparer) cmp(a, b Expr) int {
	if a == b {
		return 0
	}
	if c != nil {
		key := [2]Expr{a, b}
		if c.equal[key] {
			return 0
		}
		r := c.node(a, b)
		if r == 0 {
			c.equal[key] = true
		}
		return r
	}
	return c.node(a, b)
}

// node compares a and b by their kinds and operands.
func (c *comparer) node(a, b Expr) int {
	pa, aIsPow := a.(*pow)
	pb, bIsPow := b.(*pow)
	if aIsPow || bIsPow {
		ba, ea := a, Expr(one)
		if aIsPow {
			ba, ea = pa.base, pa.exp
		}
		bb, eb := b, Expr(one)
		if bIsPow {
			bb, eb = pb.base, pb.exp
		}
		if c := c.cmp(ba, bb); c != 0 {
			return c
		}
		return c.cmp(ea, eb)
	}
	ka, kb := a.kind(), b.kind()
	if ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	switch a := a.(type) {
	case *rat:
		return a.r.Cmp(b.(*rat).r)
	case *flt:
		return cmpFloat(a.f, b.(*flt).f)
	case *constant:
		return strings.Compare(a.name, b.(*constant).name)
	case *symbol:
		return strings.Compare(a.name, b.(*symbol).name)
	case *call:
		bc := b.(*call)
		if c := strings.Compare(a.name, bc.name); c != 0 {
			return c
		}
		return c.lists(a.args, bc.args)
	case *prod:
		return c.lists(a.factors, b.(*prod).factors)
	case *sum:
		return c.lists(a.terms, b.(*sum).terms)
	}
	return 0
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	// NaNs sort after everything and equal each other.
	xn, yn := math.IsNaN(x), math.IsNaN(y)
	switch {
	case xn && yn:
		return 0
	case xn:
		return 1
	}
	return -1
}

func (c *comparer) lists(a, b []Expr) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := c.cmp(a[i], b[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
