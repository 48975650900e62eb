package calc

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"statcalc/sym"
)

// formatShort prints a float with 4 significant digits, for messages.
func formatShort(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

func formatComplex(c complex128) string {
	return fmt.Sprintf("%.4g%+.4gi", real(c), imag(c))
}

// formatFloat prints v with at most digits significant digits, dropping
// trailing zeros: 0.6931471806, 1e+20, 2.5e-07.
func formatFloat(v float64, digits int) string {
	if v == 0 {
		return "0" // also for -0
	}
	return strconv.FormatFloat(v, 'g', digits, 64)
}

// scalarText prints a scalar: a number at the session's digits (or
// precision), or a symbolic expression.
func (s *Session) scalarText(e sym.Expr) string {
	if !sym.IsNumber(e) {
		return sym.FormatDigits(e, s.digits)
	}
	if t, ok := s.integerText(e); ok {
		return t
	}
	if s.prec > 0 {
		d, err := s.decimal(e, s.prec)
		if err != nil {
			return "error: " + err.Error()
		}
		return decimalValueText(d, s.prec)
	}
	f, err := sym.Float64(e)
	if err != nil || math.Abs(f) < 0x1p-1022 {
		// Out of the float64 range (1e-400, 1e400), subnormal (digits
		// lost) or exactly zero: decimal arithmetic tells which.
		if d, derr := sym.Decimal(e, s.digits); derr == nil {
			return decimalText(d.String(), s.digits)
		}
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return formatFloat(f, s.digits)
}

// minIntegerDigits is how many digits an exact integer may have and still
// print in full whatever the setting: as many as :digits allows.
const minIntegerDigits = 17

// integerText prints an exact integer with all its digits (123456789012,
// 1000 at :precision 30) when it has at most max(17, digits shown) of them;
// a longer one is rounded like any other number.
func (s *Session) integerText(e sym.Expr) (string, bool) {
	r, ok := sym.AsRat(e)
	if !ok || !r.IsInt() {
		return "", false
	}
	t := r.Num().String()
	if len(strings.TrimPrefix(t, "-")) > max(minIntegerDigits, s.wantDigits()) {
		return "", false
	}
	return t, true
}

// decimalText puts a decimal string with many digits into scientific
// notation when it is very large or very small.
func decimalText(d string, prec int) string {
	neg := strings.HasPrefix(d, "-")
	d = strings.TrimPrefix(d, "-")
	intPart, frac, _ := strings.Cut(d, ".")
	digits := strings.TrimLeft(intPart+frac, "0")
	exp := len(intPart) - 1 // exponent of the leading digit
	if strings.Trim(intPart, "0") == "" {
		lead := len(frac) - len(strings.TrimLeft(frac, "0"))
		exp = -lead - 1
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "0"
	}
	sign := ""
	if neg {
		sign = "-"
	}
	if exp < -5 || exp >= prec {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		return fmt.Sprintf("%s%se%+03d", sign, m, exp)
	}
	if strings.Contains(d, ".") {
		// Zeros after the point are padding; those of an integer are digits.
		d = strings.TrimSuffix(strings.TrimRight(d, "0"), ".")
	}
	return sign + d
}

// decimalValueText is decimalText(d.String(), prec), read from d's
// coefficient c and exponent e (d = c·10ᵉ) without writing d out in
// positional notation first: trailing zeros of c go into e, the exponent
// of the leading digit is len(c) − 1 + e, and the point goes where e puts it.
func decimalValueText(d decimal.Decimal, prec int) string {
	var buf [128]byte
	raw := d.Coefficient().Append(buf[:0], 10)
	sign := ""
	if raw[0] == '-' {
		sign, raw = "-", raw[1:]
	}
	if len(raw) == 1 && raw[0] == '0' {
		return "0"
	}
	e := int(d.Exponent())
	for raw[len(raw)-1] == '0' {
		raw = raw[:len(raw)-1]
		e++
	}
	exp := len(raw) - 1 + e
	if exp < -5 || exp >= prec {
		m := string(raw[:1])
		if len(raw) > 1 {
			m += "." + string(raw[1:])
		}
		return fmt.Sprintf("%s%se%+03d", sign, m, exp)
	}
	switch point := len(raw) + e; {
	case e >= 0: // an integer: its zeros are digits
		return sign + string(raw) + strings.Repeat("0", e)
	case point > 0:
		return sign + string(raw[:point]) + "." + string(raw[point:])
	default:
		return sign + "0." + strings.Repeat("0", -point) + string(raw)
	}
}

// plain prints a value as the REPL shows it.
func (s *Session) plain(v Value) string {
	switch v := v.(type) {
	case Scalar:
		if d := s.trustedDigits(v); d < s.wantDigits() && sym.IsNumber(v.E) {
			if text, ok := s.limitedText(v.E, max(d, 1)); ok {
				return text
			}
		}
		return s.scalarText(v.E)
	case floatValue:
		return formatFloat(float64(v), s.digits)
	case Str:
		return strconv.Quote(string(v))
	case *Matrix:
		return s.matrixText(v)
	case *SymNormal:
		return s.symNormalText(v)
	case *Distribution:
		if v.isNormal() {
			return s.normalText(v.D)
		}
		return s.familyText(v.D)
	case *MultiDist:
		return v.M.Text(func(f float64) string { return formatFloat(f, s.digits) })
	case Inf:
		return v.text()
	}
	return fmt.Sprint(v)
}

// trustedDigits is the number of significant digits of a computed
// result that its error estimate vouches for (s.digits when it has none).
func (s *Session) trustedDigits(v Scalar) int {
	want := s.wantDigits()
	if v.RelErr <= 0 {
		return want
	}
	if math.IsInf(v.RelErr, 1) || v.RelErr >= 1 {
		return 0
	}
	return min(want, int(math.Floor(-math.Log10(v.RelErr))))
}

// wantDigits is the number of significant digits results are printed with.
func (s *Session) wantDigits() int {
	if s.prec > 0 {
		return s.prec
	}
	return s.digits
}

// warning explains a result printed with fewer digits than asked for.
func (s *Session) warning(v Value) string {
	sc, ok := v.(Scalar)
	if !ok {
		return ""
	}
	d := s.trustedDigits(sc)
	switch {
	case d >= s.wantDigits():
		return ""
	case d == 0:
		return "warning: rounding error may exceed the value itself: not even its first digit can be trusted"
	case sc.RelErr < 1e-16:
		// A bound beyond float64's precision: an asymptotic series' truncation.
		return fmt.Sprintf("warning: %d significant digits can be trusted (relative error ≈ %s)", d, formatShort(sc.RelErr))
	case sc.RelErr < 1e-12:
		return fmt.Sprintf("warning: computed in float64: %d significant digits can be trusted (relative error ≈ %s)", d, formatShort(sc.RelErr))
	}
	return fmt.Sprintf("warning: ill-conditioned: only %d significant digits can be trusted (relative error ≈ %s)", d, formatShort(sc.RelErr))
}

// cellText prints one matrix entry.
func (s *Session) cellText(m *Matrix, i int) string {
	if m.IsNumeric() {
		return formatFloat(m.Num[i], s.digits)
	}
	return s.scalarText(m.Sym[i])
}

// matrixText prints a vector on one line, [1, 2], and a matrix as rows
// with columns aligned on the decimal point.
func (s *Session) matrixText(m *Matrix) string {
	cells := make([]string, m.Rows*m.Cols)
	for i := range cells {
		pollEntry(i)
		cells[i] = s.cellText(m, i)
	}
	if m.IsVector {
		return "[" + strings.Join(cells, ", ") + "]"
	}
	numeric := !m.hasSymbols()   // numbers align on the decimal point
	left := make([]int, m.Cols)  // width before the decimal point (with sign)
	right := make([]int, m.Cols) // width from the decimal point on
	for i, c := range cells {
		j := i % m.Cols
		l, r := splitCell(c, numeric)
		left[j] = max(left[j], runeLen(l))
		right[j] = max(right[j], runeLen(r))
	}
	var b strings.Builder
	for i := 0; i < m.Rows; i++ {
		pollEntry(i * m.Cols)
		b.WriteString("[ ")
		for j := 0; j < m.Cols; j++ {
			if j > 0 {
				b.WriteString("  ")
			}
			l, r := splitCell(cells[i*m.Cols+j], numeric)
			b.WriteString(strings.Repeat(" ", left[j]-runeLen(l)))
			b.WriteString(l)
			b.WriteString(r)
			b.WriteString(strings.Repeat(" ", right[j]-runeLen(r)))
		}
		b.WriteString(" ]")
		if i < m.Rows-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// splitCell splits a number at its decimal point (or exponent), so that
// columns align on it; a symbolic cell splits after its sign.
func splitCell(c string, numeric bool) (string, string) {
	if !numeric {
		if strings.HasPrefix(c, "-") {
			return "-", c[1:]
		}
		return "", c
	}
	if i := strings.IndexAny(c, ".e"); i >= 0 {
		return c[:i], c[i:]
	}
	return c, ""
}

func runeLen(s string) int { return len([]rune(s)) }

// jsonValue is a value as the JSON Lines contract gives it: a number, an
// array of numbers, an array of arrays, or a string.
func (s *Session) jsonValue(v Value) any {
	switch v := v.(type) {
	case Scalar:
		return s.jsonScalar(v.E)
	case floatValue:
		return jsonNumber(float64(v))
	case Inf:
		return v.name()
	case *Matrix:
		if m, err := numericIfPossible(v); err == nil && m.IsNumeric() {
			if m.IsVector {
				out := make([]any, m.Rows)
				for i, x := range m.Num {
					pollEntry(i)
					out[i] = jsonNumber(x)
				}
				return out
			}
			rows := make([]any, m.Rows)
			for i := range rows {
				pollEntry(i * m.Cols)
				row := make([]any, m.Cols)
				for j := range row {
					row[j] = jsonNumber(m.Num[i*m.Cols+j])
				}
				rows[i] = row
			}
			return rows
		}
		if allNumbers(v.Sym) {
			// Some entries lie beyond the float64 range: each is a number
			// or its decimal text.
			cell := func(i int) any { return s.jsonScalar(v.Sym[i]) }
			if v.IsVector {
				out := make([]any, v.Rows)
				for i := range out {
					out[i] = cell(i)
				}
				return out
			}
			rows := make([]any, v.Rows)
			for i := range rows {
				row := make([]any, v.Cols)
				for j := range row {
					row[j] = cell(i*v.Cols + j)
				}
				rows[i] = row
			}
			return rows
		}
		return s.matrixSyntax(v)
	}
	return s.plain(v)
}

func allNumbers(es []sym.Expr) bool {
	for _, e := range es {
		if !sym.IsNumber(e) {
			return false
		}
	}
	return true
}

// jsonScalar is a number, the decimal text of a number beyond the float64
// range, or an expression in the syntax the parser reads.
func (s *Session) jsonScalar(e sym.Expr) any {
	if !sym.IsNumber(e) {
		return sym.Format(e)
	}
	f, err := s.number(e)
	if err == nil && math.Abs(f) >= 0x1p-1022 && !math.IsInf(f, 0) && !math.IsNaN(f) {
		return jsonNumber(f)
	}
	// Zero, or beyond the float64 range: the decimal text says which
	// (1e-400 is a string, not the 0 that float64 would make of it).
	digits := max(17, s.prec)
	if d, err := s.decimal(e, digits); err == nil {
		if d.IsZero() {
			return jsonNumber(0)
		}
		return decimalText(d.String(), digits)
	}
	return sym.Format(e)
}

// jsonNumber keeps the shortest text that round-trips the float64.
type jsonNumber float64

func (n jsonNumber) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return []byte("null"), nil
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		// Whole numbers keep their digits, as in JavaScript: 1000000, not 1e+06.
		return []byte(strconv.FormatFloat(f, 'f', -1, 64)), nil
	}
	return []byte(strconv.FormatFloat(f, 'g', -1, 64)), nil
}

// matrixSyntax prints a matrix in the syntax the parser reads back.
func (s *Session) matrixSyntax(m *Matrix) string {
	es := m.symbolic()
	return oneLine(m, func(i int) string {
		if m.IsNumeric() {
			return strconv.FormatFloat(m.Num[i], 'g', -1, 64)
		}
		return sym.Format(es[i])
	})
}

// oneLine prints a vector [a, b] or a matrix [[a, b], [c, d]] with the
// entries that cell gives.
func oneLine(m *Matrix, cell func(i int) string) string {
	row := func(from, n int) string {
		parts := make([]string, n)
		for j := range parts {
			pollEntry(from + j)
			parts[j] = cell(from + j)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if m.IsVector {
		return row(0, m.Rows)
	}
	rows := make([]string, m.Rows)
	for i := range rows {
		rows[i] = row(i*m.Cols, m.Cols)
	}
	return "[" + strings.Join(rows, ", ") + "]"
}

// latex prints a value as LaTeX source.
func (s *Session) latex(v Value) string {
	switch v := v.(type) {
	case Scalar:
		if sym.IsNumber(v.E) {
			return latexNumber(s.scalarText(v.E))
		}
		return sym.LaTeX(v.E)
	case *Matrix:
		var b strings.Builder
		b.WriteString("\\begin{bmatrix}")
		for i := 0; i < v.Rows; i++ {
			if i > 0 {
				b.WriteString(" \\\\")
			}
			for j := 0; j < v.Cols; j++ {
				pollEntry(i*v.Cols + j)
				if j > 0 {
					b.WriteString(" &")
				}
				b.WriteByte(' ')
				k := i*v.Cols + j
				if v.IsNumeric() {
					b.WriteString(latexNumber(formatFloat(v.Num[k], s.digits)))
				} else if sym.IsNumber(v.Sym[k]) {
					b.WriteString(latexNumber(s.scalarText(v.Sym[k])))
				} else {
					b.WriteString(sym.LaTeX(v.Sym[k]))
				}
			}
		}
		b.WriteString(" \\end{bmatrix}")
		return b.String()
	case *SymNormal:
		return s.symNormalLaTeX(v)
	case *Distribution:
		if v.isNormal() {
			return s.normalLaTeX(v.D)
		}
		return s.familyLaTeX(v.D)
	case Inf:
		return v.latexText()
	}
	return s.plain(v)
}

// latexNumber writes 1.5e-07 as 1.5 \times 10^{-7}.
func latexNumber(t string) string {
	m, e, ok := strings.Cut(t, "e")
	if !ok {
		return t
	}
	exp, err := strconv.Atoi(e)
	if err != nil {
		return t
	}
	return fmt.Sprintf("%s \\times 10^{%d}", m, exp)
}
