package calc

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"statcalc/parser"
)

// TestPlainFloatImpliesFastLiteral checks the quick test against the full
// one on literals of every shape.
func TestPlainFloatImpliesFastLiteral(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 5))
	texts := []string{"0", "0.0", "000", "1", "1.", ".5", "0.1", "12345678901234567", "123456789012345678",
		"0.00000000000000000000001", "1.50000000000000000000", "1e5", "1E-400", "99999999999999999999"}
	for range 2000 {
		var b strings.Builder
		for range 1 + rnd.IntN(25) {
			b.WriteByte(byte('0' + rnd.IntN(10)))
		}
		s := b.String()
		if k := rnd.IntN(len(s) + 1); k < len(s) {
			s = s[:k] + "." + s[k:]
		}
		texts = append(texts, s, "0.000"+s, s+"e-"+strconv.Itoa(rnd.IntN(400)))
	}
	for _, text := range texts {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			continue
		}
		if plainFloat(text, f) && !fastLiteral(text, f) {
			t.Errorf("%q: plainFloat says fast, fastLiteral does not", text)
		}
	}
}

// TestNumbersLikeLists evaluates literals read whole by the parser and
// the same literals as ordinary lists, entry by entry: the values must
// agree, numeric or exact alike, and so must the errors.
func TestNumbersLikeLists(t *testing.T) {
	for _, entries := range []string{
		"1, -2.5, 0.1", "-0, 0, 1e-3", "0.1234567890123456789, 2", "1e-400, 1", "1e400, 1",
		"12345678901234567, 0.30000000000000004", "-1.5e-7, 3E2",
	} {
		for _, shape := range []string{"[%s]", "[[%s], [%s]]"} {
			src := strings.ReplaceAll(shape, "%s", entries)
			stmts := parser.Parse(src)
			n, ok := stmts[0].Stmt.(*parser.ExprStmt).X.(*parser.Numbers)
			if !ok {
				t.Fatalf("%s: not read whole", src)
			}
			s := NewSession(io.Discard, io.Discard)
			var whole, list Value
			errWhole := try(func() { whole = s.numbers(n) })
			errList := try(func() { list = s.list(n.List()) })
			if fmt.Sprint(errWhole) != fmt.Sprint(errList) {
				t.Errorf("%s: error %v, entry by entry %v", src, errWhole, errList)
				continue
			}
			if errWhole != nil {
				continue
			}
			a, b := whole.(*Matrix), list.(*Matrix)
			if a.IsNumeric() != b.IsNumeric() || s.plain(a) != s.plain(b) || a.Rows != b.Rows || a.Cols != b.Cols || a.IsVector != b.IsVector {
				t.Errorf("%s: %s (numeric %v), entry by entry %s (numeric %v)", src, s.plain(a), a.IsNumeric(), s.plain(b), b.IsNumeric())
			}
		}
	}
}
