package sym

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Operator precedence of printed forms, lowest first.
const (
	precSum  = iota + 1 // a + b
	precProd            // a b, a/b
	precNeg             // −a
	precPow             // a^b
	precAtom            // names, calls, non-negative integers, parenthesised forms
)

// Format prints e in the calculator's plain syntax, with only the
// parentheses that precedence requires: `^` binds tighter than unary minus
// and is right-associative, products are written by juxtaposition where the
// next factor starts with a name (`2 x`, `x y`) and with `*` otherwise, and
// x^(1/2), e^x print as sqrt(x), exp(x). A Float prints as the shortest
// decimal that reads back to the same float64.
//
// An expression of more than MaxFormatSize nodes, counted as a tree,
// is written as a description of its size instead: one that shares
// subexpressions can have 2ⁿ paths through n nodes, more text than any
// output holds.
func Format(e Expr) string {
	if e.size() > MaxFormatSize {
		return tooLargeText(e)
	}
	s, _ := printer{}.expr(e)
	return s
}

// MaxFormatSize is the largest tree size that Format, FormatDigits and
// LaTeX write out.
const MaxFormatSize = 1 << 20

func tooLargeText(e Expr) string {
	return fmt.Sprintf("(an expression of %d nodes)", e.size())
}

// FormatDigits is Format with every Float shown to the given number of
// significant digits (digits ≤ 0 means shortest round-trip form).
func FormatDigits(e Expr, digits int) string {
	if e.size() > MaxFormatSize {
		return tooLargeText(e)
	}
	s, _ := printer{digits: digits}.expr(e)
	return s
}

type printer struct{ digits int }

func (p printer) float(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	if p.digits > 0 {
		return strconv.FormatFloat(f, 'g', p.digits, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func (p printer) expr(e Expr) (string, int) {
	switch x := e.(type) {
	case *rat:
		if c, ok := compactRat(x.r); ok {
			if x.r.Sign() < 0 {
				return c, precNeg
			}
			return c, precAtom
		}
		s := x.r.RatString()
		switch {
		case x.r.Sign() < 0:
			return s, precNeg
		case !x.r.IsInt():
			return s, precProd
		}
		return s, precAtom
	case *flt:
		s := p.float(x.f)
		if strings.HasPrefix(s, "-") {
			return s, precNeg
		}
		return s, precAtom
	case *constant:
		return x.name, precAtom
	case *symbol:
		return x.name, precAtom
	case *call:
		args := make([]string, len(x.args))
		for i, a := range x.args {
			args[i], _ = p.expr(a)
		}
		return x.name + "(" + strings.Join(args, ", ") + ")", precAtom
	case *pow:
		return p.pow(x)
	case *prod:
		return p.prod(x)
	case *sum:
		return p.sum(x)
	}
	return "?", precAtom
}

func wrap(s string, prec, min int) string {
	if prec < min {
		return "(" + s + ")"
	}
	return s
}

// reciprocal returns b^(−e) when x = b^e has a negative numeric exponent and
// should print as a denominator.
func reciprocal(x Expr) (Expr, bool) {
	p, ok := x.(*pow)
	if !ok || p.base == E || numSign(p.exp) >= 0 {
		return nil, false
	}
	ne := negNum(p.exp)
	if isExactOne(ne) {
		return p.base, true
	}
	return newPow(p.base, ne), true
}

func (p printer) pow(x *pow) (string, int) {
	if x.base == E {
		s, _ := p.expr(x.exp)
		return "exp(" + s + ")", precAtom
	}
	if r, ok := x.exp.(*rat); ok && r.r.Cmp(half.r) == 0 {
		s, _ := p.expr(x.base)
		return "sqrt(" + s + ")", precAtom
	}
	if d, ok := reciprocal(x); ok {
		s, prec := p.expr(d)
		return "1/" + wrap(s, prec, precPow), precProd
	}
	b, bp := p.expr(x.base)
	ex, ep := p.expr(x.exp)
	return wrap(b, bp, precAtom) + "^" + wrap(ex, ep, precAtom), precPow
}

// startsWithName reports whether s begins with a name character.
func startsWithName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '_' || unicode.IsLetter(r)
}

// endsWithName reports whether s ends with a name (not a number), so that a
// following "(" would read as a call.
func endsWithName(s string) bool {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= w
	}
	if i == len(s) {
		return false
	}
	return startsWithName(s[i:])
}

// joinFactors writes factors side by side: `2 x`, `x y`, `(a + b) c`, and
// with `*` where juxtaposition would misread (`x*(a + b)`, `x*2^(1/3)`).
func joinFactors(pieces []string) string {
	var b strings.Builder
	for i, s := range pieces {
		if i > 0 {
			prev := pieces[i-1]
			switch {
			case startsWithName(s):
				b.WriteByte(' ')
			case strings.HasPrefix(s, "(") && !endsWithName(prev):
				b.WriteByte(' ')
			default:
				b.WriteByte('*')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// fraction splits a product into its sign, numerator factors and
// denominator factors, the coefficient's numerator and denominator kept
// apart as numbers.
type fraction struct {
	neg              bool
	coeffNum, coeffD Expr // nil when 1
	num, den         []Expr
}

func splitFraction(x *prod) fraction {
	var fr fraction
	factors := x.factors
	if c := factors[0]; isNum(c) {
		factors = factors[1:]
		if numSign(c) < 0 {
			fr.neg = true
			c = negNum(c)
		}
		switch c := c.(type) {
		case *rat:
			if _, ok := compactRat(c.r); ok {
				fr.coeffNum = c // 1e-30 x, not x/1000000000000000000000000000000
				break
			}
			if n := c.r.Num(); !(n.IsInt64() && n.Int64() == 1) {
				fr.coeffNum = &rat{new(big.Rat).SetInt(n)}
			}
			if d := c.r.Denom(); !(d.IsInt64() && d.Int64() == 1) {
				fr.coeffD = &rat{new(big.Rat).SetInt(d)}
			}
		case *flt:
			if c.f != 1 {
				fr.coeffNum = c
			}
		}
	}
	for _, f := range factors {
		if d, ok := reciprocal(f); ok {
			fr.den = append(fr.den, d)
		} else {
			fr.num = append(fr.num, f)
		}
	}
	// A minus sign goes into a sum factor: (y - x) a, not -(x - y) a.
	if fr.neg {
		for i, f := range fr.num {
			if s, ok := f.(*sum); ok {
				terms := make([]Expr, len(s.terms))
				for j, t := range s.terms {
					if isNum(t) {
						terms[j] = negNum(t)
					} else {
						c, m := splitCoeff(t)
						terms[j] = withCoeff(negNum(c), m)
					}
				}
				fr.num = append([]Expr(nil), fr.num...)
				fr.num[i] = newSum(terms)
				fr.neg = false
				break
			}
		}
	}
	return fr
}

// factorPieces prints factors for a product: parenthesised ones first so
// that the rest can follow by juxtaposition.
func (p printer) factorPieces(coeff Expr, fs []Expr) []string {
	fs = displayFactors(fs)
	var paren, plain []string
	for _, f := range fs {
		s, prec := p.expr(f)
		s = wrap(s, prec, precPow)
		if strings.HasPrefix(s, "(") {
			paren = append(paren, s)
		} else {
			plain = append(plain, s)
		}
	}
	var out []string
	if coeff != nil {
		s, _ := p.expr(coeff)
		out = append(out, s)
	}
	return append(append(out, paren...), plain...)
}

func (p printer) prod(x *prod) (string, int) {
	fr := splitFraction(x)
	num := p.factorPieces(fr.coeffNum, fr.num)
	s := "1"
	if len(num) > 0 {
		s = joinFactors(num)
	}
	prec := precProd
	if len(fr.den) > 0 || fr.coeffD != nil {
		den := p.factorPieces(fr.coeffD, fr.den)
		d := joinFactors(den)
		if len(den) > 1 {
			d = "(" + d + ")"
		}
		s += "/" + d
	} else if len(num) == 1 {
		prec = precPow
		if fr.coeffNum != nil {
			prec = precAtom
		}
	}
	if fr.neg {
		return "-" + s, precNeg
	}
	return s, prec
}

// negativeTerm reports whether a term prints with a leading minus, and
// returns its negation.
func negativeTerm(t Expr) (Expr, bool) {
	if isNum(t) {
		if numSign(t) < 0 {
			return negNum(t), true
		}
		return t, false
	}
	c, m := splitCoeff(t)
	if numSign(c) < 0 {
		return withCoeff(negNum(c), m), true
	}
	return t, false
}

// degree is the total degree of a term in its symbols, used to print
// polynomials from the highest degree down.
func degree(e Expr) float64 {
	switch x := e.(type) {
	case *symbol:
		return 1
	case *pow:
		if isNum(x.exp) {
			return degree(x.base) * numFloat(x.exp)
		}
	case *prod:
		d := 0.0
		for _, f := range x.factors {
			d += degree(f)
		}
		return d
	case *sum:
		d := math.Inf(-1)
		for _, t := range x.terms {
			d = math.Max(d, degree(t))
		}
		return d
	}
	return 0
}

// displayOrder sorts the terms of a sum for printing: by degree, highest
// first, constants last, otherwise canonically.
func displayOrder(terms []Expr) []Expr {
	ts := append([]Expr(nil), terms...)
	deg := make(map[Expr]float64, len(ts))
	for _, t := range ts {
		deg[t] = degree(t)
	}
	sort.SliceStable(ts, func(i, j int) bool {
		ni, nj := isNum(ts[i]), isNum(ts[j])
		if ni != nj {
			return nj
		}
		return deg[ts[i]] > deg[ts[j]]
	})
	// Start with a positive term where there is one: b - a, not -a + b.
	if _, neg := negativeTerm(ts[0]); neg {
		for i, t := range ts {
			if _, neg := negativeTerm(t); !neg {
				copy(ts[1:i+1], ts[:i])
				ts[0] = t
				break
			}
		}
	}
	return ts
}

func (p printer) sum(x *sum) (string, int) {
	return joinTerms(x, func(m Expr) string {
		s, prec := p.expr(m)
		return wrap(s, prec, precProd)
	}), precSum
}

// joinTerms writes the terms of a sum in display order, each as term
// renders its magnitude, joined by the signs.
func joinTerms(x *sum, term func(magnitude Expr) string) string {
	var b strings.Builder
	for i, t := range displayOrder(x.terms) {
		m, neg := negativeTerm(t)
		switch {
		case i == 0 && neg:
			b.WriteString("-")
		case neg:
			b.WriteString(" - ")
		case i > 0:
			b.WriteString(" + ")
		}
		b.WriteString(term(m))
	}
	return b.String()
}

// displayFactors orders a product's factors for reading: constants and
// numeric roots, then symbols and their powers, then functions and
// exponentials (2 pi x^2 exp(-x)), otherwise canonically.
func displayFactors(fs []Expr) []Expr {
	rank := func(f Expr) int {
		b := f
		if p, ok := f.(*pow); ok {
			if p.base == E {
				return 2
			}
			b = p.base
		}
		switch b.(type) {
		case *rat, *flt, *constant:
			return 0
		case *symbol:
			return 1
		}
		return 2
	}
	out := append([]Expr(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// printedLen returns len(Format(e)) and the precedence Format reports,
// without building the string; Simplify uses it to compare candidates.
func printedLen(e Expr) (int, int) {
	switch x := e.(type) {
	case *rat:
		if c, ok := compactRat(x.r); ok {
			if x.r.Sign() < 0 {
				return len(c), precNeg
			}
			return len(c), precAtom
		}
		n := decimalLen(x.r.Num())
		switch {
		case x.r.Sign() < 0:
			if !x.r.IsInt() {
				n += 1 + decimalLen(x.r.Denom())
			}
			return n, precNeg
		case !x.r.IsInt():
			return n + 1 + decimalLen(x.r.Denom()), precProd
		}
		return n, precAtom
	case *flt, *constant, *symbol:
		s, prec := printer{}.expr(e)
		return len(s), prec
	case *call:
		n := len(x.name) + 2 + 2*(len(x.args)-1)
		for _, a := range x.args {
			l, _ := printedLen(a)
			n += l
		}
		return n, precAtom
	case *pow:
		if x.base == E {
			l, _ := printedLen(x.exp)
			return l + 5, precAtom
		}
		if r, ok := x.exp.(*rat); ok && r.r.Cmp(half.r) == 0 {
			l, _ := printedLen(x.base)
			return l + 6, precAtom
		}
		if d, ok := reciprocal(x); ok {
			l, prec := printedLen(d)
			return 2 + wrapLen(l, prec, precPow), precProd
		}
		b, bp := printedLen(x.base)
		ex, ep := printedLen(x.exp)
		return wrapLen(b, bp, precAtom) + 1 + wrapLen(ex, ep, precAtom), precPow
	case *prod:
		fr := splitFraction(x)
		num, nPieces := piecesLen(fr.coeffNum, fr.num)
		if nPieces == 0 {
			num = 1
		}
		n, prec := num, precProd
		if len(fr.den) > 0 || fr.coeffD != nil {
			den, dPieces := piecesLen(fr.coeffD, fr.den)
			if dPieces > 1 {
				den += 2
			}
			n += 1 + den
		} else if nPieces == 1 {
			prec = precPow
			if fr.coeffNum != nil {
				prec = precAtom
			}
		}
		if fr.neg {
			return n + 1, precNeg
		}
		return n, prec
	case *sum:
		n := 3 * (len(x.terms) - 1)
		allNeg := true
		for _, t := range x.terms {
			m, neg := negativeTerm(t)
			allNeg = allNeg && neg
			l, prec := printedLen(m)
			n += wrapLen(l, prec, precProd)
		}
		if allNeg {
			n++
		}
		return n, precSum
	}
	return 1, precAtom
}

func wrapLen(n, prec, min int) int {
	if prec < min {
		return n + 2
	}
	return n
}

// piecesLen is the length of factors joined as joinFactors does, and
// their number.
func piecesLen(coeff Expr, fs []Expr) (int, int) {
	n, pieces := 0, 0
	if coeff != nil {
		l, _ := printedLen(coeff)
		n, pieces = l, 1
	}
	for _, f := range fs {
		l, prec := printedLen(f)
		n += wrapLen(l, prec, precPow)
		pieces++
	}
	if pieces > 1 {
		n += pieces - 1
	}
	return n, pieces
}

// decimalLen is the number of characters of n in base 10, sign included.
func decimalLen(n *big.Int) int {
	if n.IsInt64() {
		v := n.Int64()
		l := 1
		if v < 0 {
			l++
			v = -v
		}
		for v >= 10 {
			v /= 10
			l++
		}
		return l
	}
	return len(n.String())
}

// maxCompactBits bounds the rationals compactRat considers, so that
// printing (and Simplify, which measures printed lengths) stays cheap.
const maxCompactBits = 1 << 14

// compactRat prints a rational with a terminating decimal expansion in
// scientific notation (1e-30, 1.5e+300) when that is shorter than p/q by
// more than a few characters; the parser reads it back exactly.
func compactRat(r *big.Rat) (string, bool) {
	num, den := r.Num(), r.Denom()
	if num.BitLen()+den.BitLen() < 40 {
		return "", false // short fractions such as 1/2 and 3/4 stay fractions
	}
	if num.BitLen() > maxCompactBits || den.BitLen() > maxCompactBits {
		return "", false
	}
	// den = 2^a 5^b exactly? After the factors 2, it must be the power of
	// 5 its size suggests.
	d := new(big.Int).Set(den)
	a := int(d.TrailingZeroBits())
	d.Rsh(d, uint(a))
	b := -1
	guess := int(math.Round(float64(d.BitLen()-1) / math.Log2(5)))
	for _, c := range []int{guess - 1, guess, guess + 1} {
		if c >= 0 && new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(c)), nil).Cmp(d) == 0 {
			b = c
		}
	}
	if b < 0 {
		return "", false
	}
	k := max(a, b)
	// r = digits · 10^(−k) with digits an integer.
	digits := new(big.Int).Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	digits.Quo(digits, den)
	t := digits.String()
	sign := ""
	if strings.HasPrefix(t, "-") {
		sign, t = "-", t[1:]
	}
	trimmed := strings.TrimRight(t, "0")
	exp := len(t) - 1 - k // exponent of the leading digit
	mant := trimmed[:1]
	if len(trimmed) > 1 {
		mant += "." + trimmed[1:]
	}
	text := sign + mant + "e" + fmt.Sprintf("%+d", exp)
	if len(text)+4 >= len(r.RatString()) {
		return "", false
	}
	return text, true
}
