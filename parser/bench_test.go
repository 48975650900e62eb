package parser

import (
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// matrixSource returns `S = [[…], …]`, an n×n matrix literal of random
// numbers in [0, 1) written with nine decimals, like 0.123456789.
func matrixSource(n int) string {
	rnd := rand.New(rand.NewPCG(1, 1))
	var b strings.Builder
	b.WriteString("S = [")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n     ")
		}
		b.WriteByte('[')
		for j := range n {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.FormatFloat(rnd.Float64(), 'f', 9, 64))
		}
		b.WriteByte(']')
	}
	b.WriteString("]\n")
	return b.String()
}

func TestMatrixSource(t *testing.T) {
	const n = 20
	stmts := Parse(matrixSource(n))
	if len(stmts) != 1 || stmts[0].Err != nil {
		t.Fatalf("got %+v, want one assignment", stmts)
	}
	lit := stmts[0].Stmt.(*AssignStmt).Value.(*Numbers)
	if !lit.Matrix || lit.Rows != n || lit.Cols != n || lit.Len() != n*n {
		t.Fatalf("got a %d×%d literal (matrix %v, %d entries), want %d×%d", lit.Rows, lit.Cols, lit.Matrix, lit.Len(), n, n)
	}
	rnd := rand.New(rand.NewPCG(1, 1))
	for i, v := range lit.Values {
		if want, _ := strconv.ParseFloat(strconv.FormatFloat(rnd.Float64(), 'f', 9, 64), 64); v != want {
			t.Fatalf("entry %d: %v, want %v", i, v, want)
		}
	}
	rows := lit.List().Elems
	if len(rows) != n {
		t.Fatalf("got %d rows, want %d", len(rows), n)
	}
	for i, row := range rows {
		elems := row.(*List).Elems
		if len(elems) != n {
			t.Fatalf("row %d has %d elements, want %d", i, len(elems), n)
		}
		for j, e := range elems {
			if f, _ := strconv.ParseFloat(e.(*NumberLit).Text, 64); f != lit.Values[i*n+j] {
				t.Fatalf("row %d: element %q, want %v", i, e, lit.Values[i*n+j])
			}
		}
	}
}

func BenchmarkParseMatrix500(b *testing.B) {
	src := matrixSource(500)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		stmts := Parse(src)
		if len(stmts) != 1 || stmts[0].Err != nil {
			b.Fatal(stmts[0].Err)
		}
	}
}

func BenchmarkLexMatrix500(b *testing.B) {
	src := matrixSource(500)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Lex(src)
	}
}

// BenchmarkStrconvMatrix500 is the baseline for BenchmarkParseMatrix500: a
// plain loop that finds the same numbers and reads them with strconv.
func BenchmarkStrconvMatrix500(b *testing.B) {
	src := matrixSource(500)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		nums := make([]float64, 0, 500*500)
		for i := 0; i < len(src); {
			c := src[i]
			if c != '-' && c != '.' && (c < '0' || c > '9') {
				i++
				continue
			}
			j := i + 1
			for j < len(src) && (src[j] == '.' || src[j] >= '0' && src[j] <= '9' || src[j] == 'e' || src[j] == '-') {
				j++
			}
			f, err := strconv.ParseFloat(src[i:j], 64)
			if err != nil {
				b.Fatal(err)
			}
			nums = append(nums, f)
			i = j
		}
		if len(nums) != 500*500 {
			b.Fatalf("%d numbers", len(nums))
		}
	}
}

// allocated returns the bytes f allocates (runtime.MemStats.TotalAlloc).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestParseMatrixAllocations checks that parsing a 200×200 literal
// allocates less than three times its source: its values (8 bytes an
// entry, about a third of the 12 bytes an entry takes in the source), a
// few tokens and nodes, and no copy of the text.
func TestParseMatrixAllocations(t *testing.T) {
	src := matrixSource(200)
	for _, parse := range []struct {
		name string
		f    func(string, int) []Statement
	}{{"ParseAt", ParseAt}, {"ParseDetached", ParseDetached}} {
		var stmts []Statement
		n := allocated(func() { stmts = parse.f(src, 1) })
		if len(stmts) != 1 || stmts[0].Err != nil {
			t.Fatalf("%s: %+v", parse.name, stmts)
		}
		t.Logf("%s: %d bytes of source, %d allocated (%.2f×)", parse.name, len(src), n, float64(n)/float64(len(src)))
		if n >= 3*uint64(len(src)) {
			t.Errorf("%s allocates %d bytes for %d bytes of source, want less than 3×", parse.name, n, len(src))
		}
	}
}
