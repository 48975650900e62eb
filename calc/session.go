package calc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"statcalc/dist"
	"statcalc/parser"
	"statcalc/stop"
	"statcalc/sym"
)

// Format is an output format.
type Format int

const (
	Plain Format = iota // aligned text
	LaTeX               // LaTeX source
	JSON                // JSON Lines, one object per result or error
)

var formatNames = map[string]Format{"plain": Plain, "latex": LaTeX, "json": JSON}

// Session is one calculator session: variables, assumptions and settings.
// The zero value is not usable; call NewSession.
type Session struct {
	out, errOut *errWriter
	// outputReported is set once a failed write has been reported.
	outputReported bool

	vars   map[string]Value
	assume *sym.Assumptions
	digits int    // significant digits printed, default 10
	prec   int    // decimal precision; 0 means float64
	format Format // output format
	seed   uint64 // Monte-Carlo seed
	bits   bool   // information quantities in bits
	quit   bool
	// showSteps prints derivations (:steps on); steps holds those of the
	// running statement.
	showSteps bool
	steps     []step
	// stop is polled by long computations: Interrupt sets it, and each
	// statement's time budget arms its deadline.
	stop    stop.Flag
	running int // depth of Run: :load runs statements inside a statement
	// current is the statement running, for Running.
	current atomic.Pointer[RunningStatement]
	// memory is the budget of the variables' values plus the running
	// statement's allocations (stmtBytes); see reserve.
	memory    int64
	stmtBytes int64
	loading   int // depth of :load nesting
	// note is printed after the running statement, on the error writer.
	note string

	// decimals remembers values computed at :precision (see decimal).
	decimals decimalMemo

	// support holds, for each free symbol used as the observation of a
	// distribution (logpdf(Gamma(a, b), x)), the support it lies in.
	support map[string]dist.SupportSet
	// callDepth is the nesting of calls of user-defined functions.
	callDepth int
	plots     plotSettings

	// FailFast stops a run at its first failed statement.
	FailFast bool
	// Timeout is the time budget of one statement; a statement that runs
	// longer stops with an error. Zero means no budget.
	Timeout time.Duration
	// MCProgress, when set, is told how many of mc's draws are done,
	// and done < 0 when the run ends.
	MCProgress func(done, total int)
}

// Error is an evaluation error at a position.
type Error struct {
	Pos parser.Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// errorf stops evaluation of the current statement with an error at pos.
func errorf(pos parser.Pos, format string, args ...any) {
	panic(&Error{pos, fmt.Sprintf(format, args...)})
}

// NewSession returns a session writing results to out and, in plain and
// LaTeX formats, errors to errOut.
func NewSession(out, errOut io.Writer) *Session {
	return &Session{
		out:    &errWriter{w: out},
		errOut: &errWriter{w: errOut},
		vars:   map[string]Value{},
		assume: sym.NewAssumptions(),
		digits: 10,
		seed:   1,
		memory: defaultMemory,
	}
}

// SetFormat selects the output format by name: plain, latex or json.
func (s *Session) SetFormat(name string) error {
	f, ok := formatNames[name]
	if !ok {
		return fmt.Errorf("unknown format %q (plain, latex or json)", name)
	}
	s.format = f
	return nil
}

// Interrupt asks the running statement to stop, and the run it belongs
// to (a :load, the rest of an entry) not to start another. Long
// computations poll it (see package stop). It is safe to call from
// another goroutine, such as a signal handler.
func (s *Session) Interrupt() { s.stop.Interrupt() }

// RunningStatement is a statement being executed: where it is and when
// it started.
type RunningStatement struct {
	Source string // the file name given to Run, or ""
	Pos    parser.Pos
	Start  time.Time
}

// Running returns the statement being executed, or nil between
// statements. It is safe to call from another goroutine, such as a
// watchdog that ends a process whose statement ignores its time budget.
func (s *Session) Running() *RunningStatement { return s.current.Load() }

// Quit reports whether :quit was given.
func (s *Session) Quit() bool { return s.quit }

// Vars returns the names of the session's variables, sorted.
func (s *Session) Vars() []string {
	names := make([]string, 0, len(s.vars))
	for n := range s.vars {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Run executes every statement of src and returns how many failed (an
// error or a failed check; output that could not be written counts once). name labels error positions ("" for none);
// firstLine is the line number of src's first line in its source.
func (s *Session) Run(name, src string, firstLine int) (failed int) {
	if s.running == 0 {
		s.stop.Clear()
		defer stop.Arm(&s.stop)()
	}
	s.running++
	defer func() { s.running-- }()
	var stmts []parser.Statement
	if len(src) < detachMin {
		stmts = parser.ParseAt(src, firstLine)
	} else {
		// A large source (a matrix literal of megabytes) is let go once
		// parsed; errors still show its lines that are short enough. A
		// collection then returns its memory before the statements
		// allocate theirs (factors of a covariance): peak memory for two
		// 400-dimensional normals 22 MB instead of 24, for 800-dimensional
		// ones 52 MB instead of 61, for about a millisecond.
		stmts = parser.ParseDetached(src, firstLine)
		src = shortLines(src)
		runtime.GC()
	}
	for _, st := range stmts {
		if s.quit || s.stop.Interrupted() {
			break
		}
		if st.Err != nil {
			s.report(name, src, firstLine, st.Err.Pos, st.Err.Msg)
			failed++
		} else if !s.exec(name, src, firstLine, st) {
			failed++
		}
		failed += s.checkOutput()
		if failed > 0 && s.FailFast {
			break
		}
	}
	return failed
}

// detachMin is the size from which Run lets go of a source once parsed.
const detachMin = 1 << 20

// shortLines returns src with its lines longer than report shows emptied,
// so that line numbers still count the same.
func shortLines(src string) string {
	var b strings.Builder
	for line := range strings.Lines(src) {
		if len(line) <= maxShownLine {
			b.WriteString(line)
		} else if strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// exec runs one statement, printing its result or its error.
func (s *Session) exec(name, src string, firstLine int, st parser.Statement) (ok bool) {
	line := st.Pos.Line
	s.stop.SetBudget(s.Timeout)
	s.stmtBytes = 0
	outer := s.current.Swap(&RunningStatement{Source: name, Pos: st.Pos, Start: time.Now()})
	defer s.current.Store(outer)
	s.steps = s.steps[:0]
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		e, isErr := r.(*Error)
		if stopped, ok := r.(*stop.Stopped); ok {
			e, isErr = &Error{st.Pos, stoppedMessage(stopped)}, true
		}
		if !isErr {
			// A bug, not a user's mistake: report it and keep the session.
			e = &Error{st.Pos, fmt.Sprintf("internal error: %v", r)}
			if os.Getenv("STATCALC_DEBUG") != "" {
				debug.PrintStack()
			}
		}
		s.report(name, src, firstLine, e.Pos, e.Msg)
		ok = false
	}()
	s.note = ""
	v, msg := s.statement(st.Stmt)
	input := st.Text
	if input == "" && s.format == JSON {
		input = st.Stmt.String() // a long statement parsed detached
	}
	if v != nil {
		s.checkPrintable(st.Pos, v)
		s.print(line, input, v)
	}
	if msg != "" {
		s.message(line, input, msg)
	}
	if s.note != "" {
		if s.format == JSON {
			s.jsonLine(field{"line", line}, field{"input", input}, field{"note", s.note})
		} else {
			fmt.Fprintln(s.errOut, s.note)
		}
	}
	return true
}

// stoppedMessage says why a statement stopped before its end.
func stoppedMessage(st *stop.Stopped) string {
	if st.Budget == 0 {
		return "interrupted"
	}
	return fmt.Sprintf("stopped: the statement ran longer than its time budget of %v", st.Budget)
}

// report prints an error: file:line:col: message, the source line and a
// caret under the column (plain), or one JSON object.
func (s *Session) report(name, src string, firstLine int, pos parser.Pos, msg string) {
	errLine := pos.Line
	if s.format == JSON {
		s.jsonLine(field{"line", errLine}, field{"col", pos.Col}, field{"error", msg})
		return
	}
	loc := fmt.Sprintf("%d:%d", errLine, pos.Col)
	if name != "" {
		loc = name + ":" + loc
	}
	srcLine := sourceLine(src, pos.Line-firstLine+1)
	fmt.Fprintf(s.errOut, "%s: %s\n", escapeControls(loc, ""), escapeControls(msg, "\n"))
	if srcLine != "" && len(srcLine) <= maxShownLine {
		pad := caretPad(srcLine, pos.Col)
		srcLine = escapeControls(srcLine, "")
		fmt.Fprintf(s.errOut, "\t%s\n\t%s^\n", srcLine, pad)
	}
}

// maxShownLine bounds the source lines an error shows.
const maxShownLine = 399

// sourceLine returns line n (1-based) of src.
func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimRight(src, "\r")
}

// caretPad returns the white space that puts a caret under column col
// of line as printed, keeping tabs so that it lines up, and as wide as
// the escapes that stand for control characters.
func caretPad(line string, col int) string {
	var b strings.Builder
	i := 1
	for j, r := range line {
		if i >= col {
			break
		}
		switch _, size := utf8.DecodeRuneInString(line[j:]); {
		case r == '\t':
			b.WriteByte('\t')
		default:
			b.WriteString(strings.Repeat(" ", max(1, utf8.RuneCountInString(escapeRune(r, line[j:j+size], "")))))
		}
		i++
	}
	return b.String()
}

// field is one key and value of a JSON object, kept in order.
type field struct {
	key   string
	value any
}

// jsonLine writes one JSON object with its fields in the given order.
func (s *Session) jsonLine(fields ...field) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := json.Marshal(f.key)
		v, err := json.Marshal(f.value)
		if err != nil {
			v, _ = json.Marshal(err.Error())
		}
		b.Write(k)
		b.WriteString(": ")
		b.Write(v)
	}
	b.WriteString("}\n")
	s.out.Write(b.Bytes())
}

// print writes a statement's value.
func (s *Session) print(line int, input string, v Value) {
	warn := s.warning(v)
	steps := s.stepLines()
	note := ""
	if m, ok := v.(*Matrix); ok {
		note = m.Note
	}
	switch s.format {
	case JSON:
		fields := []field{{"line", line}, {"input", input}, {"value", s.jsonValue(v)}, {"text", s.plain(v)}}
		if note != "" {
			fields = append(fields, field{"note", note})
		}
		fields = append(fields, s.certFields(v)...)
		if warn != "" {
			fields = append(fields, field{"warning", warn})
		}
		if len(steps) > 0 {
			fields = append(fields, field{"steps", steps})
		}
		s.jsonLine(fields...)
		return
	case LaTeX:
		for _, l := range steps {
			fmt.Fprintln(s.out, l+" \\\\")
		}
		fmt.Fprintln(s.out, s.latex(v))
		if note != "" {
			fmt.Fprintln(s.out, "\\text{"+note+"}")
		}
	default:
		for _, l := range steps {
			fmt.Fprintln(s.out, "  "+l)
		}
		fmt.Fprintln(s.out, s.plain(v))
		if note != "" {
			fmt.Fprintln(s.out, note)
		}
	}
	if warn != "" {
		fmt.Fprintln(s.errOut, warn)
	}
}

// message writes the outcome of a check or a command that reports.
func (s *Session) message(line int, input, msg string) {
	if s.format == JSON {
		s.jsonLine(field{"line", line}, field{"input", input}, field{"value", msg}, field{"text", msg})
		return
	}
	fmt.Fprintln(s.out, msg)
}

// Errorf reports an error that belongs to no statement, such as a file
// that cannot be read.
func (s *Session) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if s.format == JSON {
		s.jsonLine(field{"line", 0}, field{"error", msg})
		return
	}
	fmt.Fprintln(s.errOut, escapeControls(msg, "\n"))
}
