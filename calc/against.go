package calc

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"statcalc/parser"
	"statcalc/sym"
)

// againstDigits is the precision of statcalc's reference for an exact
// value when it referees another library's number.
const againstDigits = 40

// Verdict is statcalc's judgement of another library's value for one input.
type Verdict struct {
	Input     string
	Value     string // the other library's value, as written
	Reference string // statcalc's value
	RefDigits int    // significant digits statcalc vouches for in Reference
	Digits    int    // significant digits of Value that agree with Reference (at most RefDigits)
}

// Referee evaluates input (one expression, in the session's variables)
// and counts the significant digits of value, a decimal number, that agree
// with it. The input is evaluated as at :precision 40; an exact result is the reference to 40 digits (sym.Decimal); a
// numeric one with an error estimate is a reference to the digits the
// estimate vouches for, and a float64 result without one to none: a
// value is never credited with more digits than the reference has.
func (s *Session) Referee(input, value string) (v Verdict, err error) {
	v = Verdict{Input: input, Value: value}
	theirs, derr := decimal.NewFromString(strings.TrimSpace(value))
	if derr != nil {
		return v, fmt.Errorf("the value %q is not a number", value)
	}
	node, perr := parser.ParseExpr(input)
	if perr != nil {
		return v, fmt.Errorf("%s: %v", input, perr)
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("%s: %s", input, e.Msg)
		}
	}()
	// At :precision the families' exact closed forms are kept, so that
	// the reference has all its digits.
	saved := s.prec
	s.prec = againstDigits
	defer func() { s.prec = saved }()
	val := s.eval(node)
	sc, ok := val.(Scalar)
	if !ok || !sym.IsNumber(sc.E) {
		return v, fmt.Errorf("%s is %s, not a number", input, describe(val))
	}
	var ref decimal.Decimal
	switch {
	case sc.RelErr > 0:
		f, ferr := sym.Float64(sc.E)
		if ferr != nil {
			return v, fmt.Errorf("%s: %v", input, ferr)
		}
		ref = decimal.NewFromFloat(f)
		v.RefDigits = 0
		if sc.RelErr < 1 {
			v.RefDigits = int(math.Floor(-math.Log10(sc.RelErr)))
		}
	case isInexact(sc.E):
		f, ferr := sym.Float64(sc.E)
		if ferr != nil {
			return v, fmt.Errorf("%s: %v", input, ferr)
		}
		ref = decimal.NewFromFloat(f)
		v.RefDigits = 0
	default:
		d, derr := sym.Decimal(sc.E, againstDigits)
		if derr != nil {
			return v, fmt.Errorf("%s: %v", input, derr)
		}
		ref, v.RefDigits = d, againstDigits
	}
	v.Reference = ref.String()
	v.Digits = min(v.RefDigits, agreeing(theirs, ref, againstDigits))
	return v, nil
}

// agreeing is ⌊−log₁₀(|x − ref|/|ref|)⌋, between 0 and most.
func agreeing(x, ref decimal.Decimal, most int) int {
	diff := x.Sub(ref).Abs()
	if diff.IsZero() {
		return most
	}
	if ref.IsZero() {
		return 0
	}
	rel := diff.DivRound(ref.Abs(), int32(most+10))
	if rel.IsZero() {
		return most
	}
	// −log₁₀ rel from the decimal's exponent and leading digits.
	f, _ := rel.Float64()
	if f > 0 {
		return max(0, min(most, int(math.Floor(-math.Log10(f)))))
	}
	return most
}

// againstLine is one line of a file of another library's values.
type againstLine struct {
	Input string          `json:"input"`
	Value json.RawMessage `json:"value"`
}

// RunAgainst referees the values in r, JSON Lines of
// {"input": "kl(p, q)", "value": 0.34657…} (value a number or a string
// holding one), printing for each how many of its digits are correct,
// then a summary. It returns the number of lines that could not be
// judged (malformed, or an input that fails).
func (s *Session) RunAgainst(name string, r io.Reader) (failed int) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var judged []int
	worst, worstLine := math.MaxInt, 0
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		fail := func(format string, args ...any) {
			failed++
			msg := fmt.Sprintf(format, args...)
			if s.format == JSON {
				s.jsonLine(field{"file", name}, field{"line", line}, field{"error", msg})
				return
			}
			fmt.Fprintf(s.errOut, "%s:%d: %s\n", name, line, msg)
		}
		var in againstLine
		if err := json.Unmarshal([]byte(text), &in); err != nil || in.Input == "" || len(in.Value) == 0 {
			fail(`expected {"input": "…", "value": …}`)
			continue
		}
		value := string(in.Value)
		var str string
		if json.Unmarshal(in.Value, &str) == nil {
			value = str
		}
		v, err := s.Referee(in.Input, value)
		if err != nil {
			fail("%v", err)
			continue
		}
		if v.RefDigits > 0 {
			judged = append(judged, v.Digits)
		}
		if v.RefDigits > 0 && v.Digits < worst {
			worst, worstLine = v.Digits, line
		}
		if s.format == JSON {
			s.jsonLine(field{"file", name}, field{"line", line}, field{"input", v.Input}, field{"value", json.RawMessage(in.Value)},
				field{"reference", v.Reference}, field{"reference_digits", v.RefDigits}, field{"digits", v.Digits})
			continue
		}
		fmt.Fprintf(s.out, "%s:%d: %s = %s: %s (statcalc: %s)\n", name, line, v.Input, v.Value, digitsText(v), v.Reference)
	}
	if err := sc.Err(); err != nil {
		failed++
		fmt.Fprintf(s.errOut, "%s: %v\n", name, err)
	}
	if len(judged) > 0 && s.format != JSON {
		sort.Ints(judged)
		fmt.Fprintf(s.out, "%s: %d values judged: median %d correct digits, worst %d (line %d)\n",
			name, len(judged), judged[len(judged)/2], worst, worstLine)
	}
	return failed
}

func digitsText(v Verdict) string {
	switch {
	case v.RefDigits == 0:
		return "not judged: statcalc's own value has no error bound"
	case v.Digits == v.RefDigits:
		return fmt.Sprintf("at least %d correct digits", v.Digits)
	case v.Digits == 1:
		return "1 correct digit"
	}
	return fmt.Sprintf("%d correct digits", v.Digits)
}
