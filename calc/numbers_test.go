package calc

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"statcalc/parser"
)

// TestPlainFloatIsFastLiteral checks that the parser reads a literal
// whole into float64 exactly when calc would hold its entries as float64
// (fastLiteral, which works on the significand), on literals of every
// shape, at the edges of the float64 range too.
func TestPlainFloatIsFastLiteral(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 5))
	texts := []string{"0", "0.0", "000", "1", "1.", ".5", "0.1", "12345678901234567", "123456789012345678",
		"0.00000000000000000000001", "1.50000000000000000000", "1e5", "1E-400", "99999999999999999999",
		"1e308", "1.7976931348623157e308", "1.7976931348623159e308", "2e308", "2.2250738585072014e-308",
		"2.2250738585072011e-308", "4.9e-324", "0e-400", "0.000e999", "1000000000000000000000000",
		"10000000000000000000000000000000000000000000000000000001", "1e+5", "1E+05", "00012.3400e-2"}
	for range 2000 {
		var b strings.Builder
		for range 1 + rnd.IntN(25) {
			b.WriteByte(byte('0' + rnd.IntN(10)))
		}
		s := b.String()
		if k := rnd.IntN(len(s) + 1); k < len(s) {
			s = s[:k] + "." + s[k:]
		}
		texts = append(texts, s, "0.000"+s, s+"e-"+strconv.Itoa(rnd.IntN(400)), s+"E+"+strconv.Itoa(rnd.IntN(400)))
	}
	for _, text := range texts {
		f, err := strconv.ParseFloat(text, 64)
		want := err == nil && fastLiteral(text, f)
		g, got := parser.PlainFloat(text)
		if got != want || got && g != f {
			t.Errorf("%q: parser.PlainFloat gives %v, %v; fastLiteral %v (float64 %v)", text, g, got, want, f)
		}
	}
	for _, text := range []string{"", ".", "1e", "-1", "1.2.3", "1e5x", "0x10", " 1"} {
		if f, ok := parser.PlainFloat(text); ok {
			t.Errorf("%q: parser.PlainFloat gives %v, want no number", text, f)
		}
	}
}

// TestNumbersLikeLists evaluates literals read whole by the parser and
// the same literals as ordinary lists, entry by entry: the values must
// agree. A literal is read whole exactly when every entry is plain; the
// others are lists that keep their entries exact.
func TestNumbersLikeLists(t *testing.T) {
	for _, entries := range []string{
		"1, -2.5, 0.1", "-0, 0, 1e-3", "0.1234567890123456789, 2", "1e-400, 1", "1e400, 1",
		"12345678901234567, 0.30000000000000004", "-1.5e-7, 3E2", "1.7976931348623157e308, -2.2250738585072014e-308",
	} {
		plain := true
		var want []float64
		for _, e := range strings.Split(entries, ", ") {
			f, err := strconv.ParseFloat(e, 64)
			plain = plain && err == nil && fastLiteral(strings.TrimPrefix(e, "-"), math.Abs(f))
			want = append(want, f)
		}
		for _, shape := range []string{"[%s]", "[[%s], [%s]]"} {
			src := strings.ReplaceAll(shape, "%s", entries)
			stmts := parser.Parse(src)
			n, ok := stmts[0].Stmt.(*parser.ExprStmt).X.(*parser.Numbers)
			if ok != plain {
				t.Errorf("%s: read whole %v, want %v", src, ok, plain)
			}
			if !ok {
				continue
			}
			s := NewSession(io.Discard, io.Discard)
			var whole, list Value
			errWhole := try(func() { whole = s.numbers(n) })
			errList := try(func() { list = s.list(n.List()) })
			if errWhole != nil || errList != nil {
				t.Errorf("%s: error %v, entry by entry %v", src, errWhole, errList)
				continue
			}
			a, b := whole.(*Matrix), list.(*Matrix)
			if !a.IsNumeric() || !b.IsNumeric() || a.Rows != b.Rows || a.Cols != b.Cols || a.IsVector != b.IsVector {
				t.Errorf("%s: %s (numeric %v), entry by entry %s (numeric %v)", src, s.plain(a), a.IsNumeric(), s.plain(b), b.IsNumeric())
				continue
			}
			for i := range a.Num {
				w := want[i%len(want)]
				if math.Float64bits(a.Num[i]) != math.Float64bits(w) || math.Float64bits(b.Num[i]) != math.Float64bits(w) {
					t.Errorf("%s: entry %d is %v whole and %v entry by entry, want %v", src, i, a.Num[i], b.Num[i], w)
				}
			}
		}
	}
}

// TestRunLargeSource runs a source of more than detachMin bytes, which is
// let go once parsed: results, errors with their line and caret, and the
// JSON input of a long statement are as for any source.
func TestRunLargeSource(t *testing.T) {
	const d = 420
	var b strings.Builder
	b.WriteString("S = ")
	writeMatrix(&b, d, ",\n     ", func(i, j int) float64 {
		if i == j {
			return float64(i+1) + 0.000000001
		}
		return 0.000000001
	})
	b.WriteString("\nS[3, 3] + 1\ny = undefined_fn(1)\n")
	src := b.String()
	if len(src) < detachMin {
		t.Fatalf("source of %d bytes, want at least %d", len(src), detachMin)
	}
	var out, errOut strings.Builder
	s := NewSession(&out, &errOut)
	if failed := s.Run("big.sc", src, 1); failed != 1 {
		t.Errorf("%d statements failed, want 1", failed)
	}
	if got := strings.TrimSpace(out.String()); got != "4.000000001" {
		t.Errorf("S[3, 3] + 1 printed %q, want 4.000000001", got)
	}
	line := d + 2
	wantErr := fmt.Sprintf("big.sc:%d:5: ", line)
	if e := errOut.String(); !strings.HasPrefix(e, wantErr) || !strings.Contains(e, "\ty = undefined_fn(1)\n\t    ^") {
		t.Errorf("error:\n%s\nwant it at %s with its line and a caret", e, wantErr)
	}

	out.Reset()
	s = NewSession(&out, &errOut)
	s.SetFormat("json")
	s.Run("big.sc", strings.Replace(src, "S = ", "", 1), 1)
	first, _, _ := strings.Cut(out.String(), "\n")
	var rec struct{ Input string }
	if err := json.Unmarshal([]byte(first), &rec); err != nil {
		t.Fatal(err)
	}
	stmts := parser.Parse(rec.Input)
	n, ok := stmts[0].Stmt.(*parser.ExprStmt).X.(*parser.Numbers)
	if len(stmts) != 1 || !ok || n.Rows != d || n.Cols != d || n.Values[d+1] != 2.000000001 {
		t.Errorf("the JSON input of the long statement does not read back as the %d×%d literal", d, d)
	}
}

// TestNormalLiteralAllocations checks that p = N(mu, Sigma) with a
// 200-dimensional covariance written as a literal allocates less than
// three times its source, from the text to the factorised normal: the
// literal's values become the covariance itself, and the text is not
// copied.
func TestNormalLiteralAllocations(t *testing.T) {
	const d = 200
	rnd := rand.New(rand.NewPCG(3, 3))
	var b strings.Builder
	b.WriteString("p = N(")
	writeRow(&b, d, func(int) float64 { return rnd.NormFloat64() })
	b.WriteString(", ")
	a := make([]float64, d*d)
	for i := range d {
		for j := i + 1; j < d; j++ {
			a[i*d+j] = (2*rnd.Float64() - 1) / d
			a[j*d+i] = a[i*d+j]
		}
		a[i*d+i] = 2 // diagonally dominant: positive definite
	}
	writeMatrix(&b, d, ", ", func(i, j int) float64 { return a[i*d+j] })
	b.WriteString(")\n")
	src := b.String()
	var out strings.Builder
	s := NewSession(&out, &out)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	failed := s.Run("p.sc", src, 1)
	runtime.ReadMemStats(&after)
	if failed != 0 {
		t.Fatalf("failed: %s", out.String())
	}
	n := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d bytes of source, %d allocated (%.2f×)", len(src), n, float64(n)/float64(len(src)))
	if n >= 3*uint64(len(src)) {
		t.Errorf("p = N(mu, Sigma) allocates %d bytes for %d bytes of source, want less than 3×", n, len(src))
	}
	// The covariance is the literal's entries, exactly.
	s.Run("-e", "cov(p)[3, 7] - ("+strconv.FormatFloat(a[2*d+6], 'g', -1, 64)+")", 1)
	if got := strings.TrimSpace(out.String()); got != "0" {
		t.Errorf("cov(p)[3, 7] differs from the literal's entry by %s", got)
	}
}

// writeMatrix writes a d×d matrix literal [[…], …] of the entries f(i, j)
// in their shortest form, its rows separated by sep.
func writeMatrix(b *strings.Builder, d int, sep string, f func(i, j int) float64) {
	b.WriteByte('[')
	for i := range d {
		if i > 0 {
			b.WriteString(sep)
		}
		writeRow(b, d, func(j int) float64 { return f(i, j) })
	}
	b.WriteByte(']')
}

// writeRow writes a vector literal [f(0), …, f(n-1)], the entries in
// their shortest form.
func writeRow(b *strings.Builder, n int, f func(j int) float64) {
	b.WriteByte('[')
	for j := range n {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatFloat(f(j), 'g', -1, 64))
	}
	b.WriteByte(']')
}
