package calc

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"statcalc/parser"
	"statcalc/stop"
	"statcalc/sym"
)

// pollEntry lets a loop over the entries of a matrix stop when asked
// (Ctrl-C, a time budget): symbolic entries cost microseconds each, and a
// 2048×2048 matrix has four million.
func pollEntry(i int) {
	if i&1023 == 0 {
		stop.Check()
	}
}

// The size rule: a matrix or vector, however it is made (a literal, I,
// diag, sample, a product, read_matrix …), has at most maxEntries
// entries, checked before its storage is allocated. 2²² entries allow a
// 2048×2048 matrix or a sample of a million 4-vectors, and take 32 MiB
// as float64.
const (
	maxEntries = 1 << 22
	maxDim     = 2048 // the side of the largest square matrix: maxDim² = maxEntries
)

// Bytes of one entry: a float64, or a symbolic expression (an interface
// value and a share of its node).
const (
	numEntryBytes = 8
	symEntryBytes = 128
)

// minMemory is the smallest budget :memory accepts.
const minMemory = 1 << 20

// defaultMemory is a session's memory budget unless :memory sets another.
const defaultMemory = 2 << 30

// The memory budget bounds the storage of the values held in variables
// plus what the running statement has allocated so far: matrices,
// vectors, samples and Monte-Carlo draws. Symbolic expressions are
// bounded by their own rules (sizes of exact numbers, of rewritings).

// reserveMatrix checks a rows×cols matrix against the size rule and the
// memory budget before it is allocated, and charges it to the statement;
// what names it in errors.
func (s *Session) reserveMatrix(pos parser.Pos, rows, cols int, symbolic bool, what string) {
	s.reserve(pos, s.checkMatrix(pos, rows, cols, symbolic, what), fmt.Sprintf("%s (a %d×%d matrix)", what, rows, cols))
}

// reserveCopies is reserveMatrix for work that holds copies numeric
// rows×cols matrices at once (a factor, a copy, work space).
func (s *Session) reserveCopies(pos parser.Pos, rows, cols, copies int, what string) {
	bytes := s.checkMatrix(pos, rows, cols, false, what)
	s.reserve(pos, int64(copies)*bytes, fmt.Sprintf("%s (%d matrices %d×%d)", what, copies, rows, cols))
}

// checkMatrix stops with an error unless a rows×cols matrix obeys the size
// rule and fits in what the budget has left; it returns its bytes.
func (s *Session) checkMatrix(pos parser.Pos, rows, cols int, symbolic bool, what string) int64 {
	if rows < 0 || cols < 0 || rows > 0 && cols > maxEntries/rows {
		errorf(pos, "%s: a %s×%s matrix is too large (%s entries; at most %d)",
			what, strconv.Itoa(rows), strconv.Itoa(cols), countText(float64(rows)*float64(cols)), maxEntries)
	}
	per := numEntryBytes
	if symbolic {
		per = symEntryBytes
	}
	bytes := int64(rows * cols * per)
	if held := s.heldBytes(); bytes > s.memory-held-s.stmtBytes {
		s.overBudget(pos, bytes, held, fmt.Sprintf("%s (a %d×%d matrix)", what, rows, cols))
	}
	return bytes
}

// reserve charges bytes to the running statement, or stops it with an
// error when the variables and the statement would exceed the budget.
func (s *Session) reserve(pos parser.Pos, bytes int64, what string) {
	if held := s.heldBytes(); bytes > s.memory-held-s.stmtBytes {
		s.overBudget(pos, bytes, held, what)
	}
	s.stmtBytes += bytes
}

func (s *Session) overBudget(pos parser.Pos, bytes, held int64, what string) {
	stmt := ""
	if s.stmtBytes > 0 {
		stmt = " and this statement " + formatBytes(s.stmtBytes)
	}
	errorf(pos, "memory budget exceeded: %s needs %s; the variables hold %s%s, of a budget of %s (:memory sets it; :clear frees variables)",
		what, formatBytes(bytes), formatBytes(held), stmt, formatBytes(s.memory))
}

// heldBytes is the storage of the values held in variables.
func (s *Session) heldBytes() int64 {
	var n int64
	for _, v := range s.vars {
		n += valueBytes(v)
	}
	return n
}

// valueBytes estimates the storage of a value.
func valueBytes(v Value) int64 {
	switch v := v.(type) {
	case *Matrix:
		return int64(len(v.Num))*numEntryBytes + int64(len(v.Sym))*symEntryBytes
	case *Distribution:
		if n := v.numericNormal(); n != nil {
			d := int64(n.Dim())
			return 4 * d * d * numEntryBytes // Σ, its factor, its inverse and work
		}
	case Str:
		return int64(len(v))
	}
	return 0
}

// checkPrintable stops with an error when a result is too large to
// print: an expression whose tree, written out, exceeds sym.MaxFormatSize
// nodes (one that shares subexpressions can have 2ⁿ paths).
func (s *Session) checkPrintable(pos parser.Pos, v Value) {
	nodes := 0
	switch v := v.(type) {
	case Scalar:
		nodes = sym.Size(v.E)
	case *Matrix:
		for _, e := range v.Sym {
			nodes += sym.Size(e)
		}
	}
	if nodes > sym.MaxFormatSize {
		errorf(pos, "the result is too large to print: an expression of %d nodes written out (at most %d); assign it to a name, or subs values into it", nodes, sym.MaxFormatSize)
	}
}

// countText writes a count such as 1e+10 compactly.
func countText(n float64) string {
	if n < 1e7 {
		return strconv.FormatFloat(n, 'f', 0, 64)
	}
	return strconv.FormatFloat(n, 'g', 3, 64)
}

var byteUnits = []struct {
	name string
	size float64
}{
	{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
	{"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"kB", 1e3},
	{"T", 1 << 40}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"k", 1 << 10},
	{"B", 1},
}

// formatBytes writes a size in binary units with one decimal at most:
// 32 MiB, 74.5 GiB.
func formatBytes(n int64) string {
	for _, u := range byteUnits[:4] {
		if float64(n) >= u.size {
			v := math.Round(float64(n)/u.size*10) / 10
			return strconv.FormatFloat(v, 'f', -1, 64) + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " B"
}

// parseBytes reads a size such as 4GiB, 512 MiB, 1.5G or 1000000.
func parseBytes(text string) (int64, error) {
	t := strings.TrimSpace(text)
	scale := 1.0
	for _, u := range byteUnits {
		if strings.HasSuffix(t, u.name) {
			t, scale = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.size
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || v <= 0 || v*scale > 1<<60 {
		return 0, fmt.Errorf("expected a size such as 4GiB, 512MiB or 1e9, not %q", text)
	}
	if v*scale < minMemory {
		return 0, fmt.Errorf("a budget of %s is too small to work in (at least 1 MiB)", text)
	}
	return int64(v * scale), nil
}
