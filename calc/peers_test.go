package calc_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/big"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"statcalc/calc"
)

// peerCase is one line of testdata/peers/cases.jsonl or pending.jsonl: a
// value another library's test suite checks (gonum, Distributions.jl,
// TensorFlow Probability, PyTorch, scipy, POT), named by its source, as a
// statcalc expression with a reference computed in mpmath from the
// definitions (testdata/peers/peers_refs.py): "Inf", "0" or a decimal of
// 36 significant digits.
type peerCase struct {
	Peer   string `json:"peer"`
	Source string `json:"source"`
	Input  string `json:"input"`
	Ref    string `json:"ref"`
	Family string `json:"family"` // pending.jsonl: the family not yet in statcalc
}

// knownFailure is one line of testdata/peers/known_failures.jsonl: a case
// statcalc gets wrong or refuses today, with the reason. Such a case is
// counted as failing in the summary (not passed); once it passes, the log
// asks for the line to be removed.
type knownFailure struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// peerMinDigits is the number of correct significant digits every finite
// peer value must have in float64.
const peerMinDigits = 14

// peerResult is what the calculator printed for a case, in JSON Lines.
type peerResult struct {
	Value json.RawMessage `json:"value"`
	Error string          `json:"error"`
}

// correctDigits is ⌊−log₁₀(|got − ref|/|ref|)⌋ for a nonzero ref, capped at
// 17 (a float64 equal to the rounded reference).
func correctDigits(got, ref *big.Float) int {
	diff := new(big.Float).Sub(got, ref)
	if diff.Sign() == 0 {
		return 17
	}
	rel, _ := new(big.Float).Quo(diff.Abs(diff), new(big.Float).Abs(ref)).Float64()
	if rel == 0 {
		return 17
	}
	return min(17, int(math.Floor(-math.Log10(rel))))
}

// judgePeer evaluates c in s and returns the correct digits (−1 for an
// exact 0 or Inf that matches), or an error describing the disagreement.
func judgePeer(s *calc.Session, out *bytes.Buffer, c peerCase) (int, error) {
	out.Reset()
	s.Run("", c.Input, 1)
	var res peerResult
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &res); err != nil {
		return -1, fmt.Errorf("unreadable output %q", out.String())
	}
	if res.Error != "" {
		return -1, fmt.Errorf("error: %s", res.Error)
	}
	var str string
	isString := json.Unmarshal(res.Value, &str) == nil
	switch c.Ref {
	case "Inf":
		if isString && str == "Inf" {
			return -1, nil
		}
		return -1, fmt.Errorf("= %s, want Inf", res.Value)
	case "0":
		if !isString && strings.TrimSpace(string(res.Value)) == "0" {
			return -1, nil
		}
		return -1, fmt.Errorf("= %s, want exactly 0", res.Value)
	}
	if isString {
		return -1, fmt.Errorf("= %s, want %s", res.Value, c.Ref)
	}
	ref, _, err := big.ParseFloat(c.Ref, 10, 200, big.ToNearestEven)
	if err != nil {
		return -1, fmt.Errorf("bad reference %q", c.Ref)
	}
	got, _, err := big.ParseFloat(string(res.Value), 10, 200, big.ToNearestEven)
	if err != nil {
		return -1, fmt.Errorf("= %s, not a number", res.Value)
	}
	d := correctDigits(got, ref)
	if d < peerMinDigits {
		return d, fmt.Errorf("= %s: %d correct digits, want %d (reference %s)", res.Value, d, peerMinDigits, c.Ref)
	}
	return d, nil
}

// readJSONLines reads a file of JSON Lines into a slice of T.
func readJSONLines[T any](t *testing.T, name string) []T {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r T
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows = append(rows, r)
	}
	return rows
}

// TestPeers evaluates the values the peers' test suites check and requires
// 14 correct significant digits of each (an exact 0 or Inf where the value
// is such). The cases of families statcalc does not have yet
// (pending.jsonl) are skipped while the calculator calls them unknown.
func TestPeers(t *testing.T) {
	cases := readJSONLines[peerCase](t, "../testdata/peers/cases.jsonl")
	if len(cases) < 150 {
		t.Fatalf("only %d peer cases", len(cases))
	}
	pending := readJSONLines[peerCase](t, "../testdata/peers/pending.jsonl")
	known := map[string]string{}
	for _, k := range readJSONLines[knownFailure](t, "../testdata/peers/known_failures.jsonl") {
		known[k.Input] = k.Reason
	}
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.SetFormat("json")
	type tally struct {
		n, pass, exact int
		digits         []int // of the finite nonzero values
	}
	tallies := map[string]*tally{}
	waiting, failing := 0, 0
	for _, c := range append(cases, pending...) {
		d, err := judgePeer(s, &out, c)
		if c.Family != "" && err != nil && strings.Contains(err.Error(), "unknown function "+c.Family) {
			waiting++
			continue
		}
		tl := tallies[c.Peer]
		if tl == nil {
			tl = &tally{}
			tallies[c.Peer] = tl
		}
		tl.n++
		if d >= 0 {
			tl.digits = append(tl.digits, d)
		}
		reason, isKnown := known[c.Input]
		switch {
		case err != nil && isKnown:
			failing++
			t.Logf("known failure: %s %v (%s)", c.Input, err, reason)
			continue
		case err != nil:
			t.Errorf("%s: %s %v", c.Source, c.Input, err)
			continue
		case isKnown:
			t.Logf("%s now passes: remove it from known_failures.jsonl", c.Input)
		}
		tl.pass++
		if d < 0 {
			tl.exact++
		}
	}
	for _, p := range slices.Sorted(maps.Keys(tallies)) {
		tl := tallies[p]
		sort.Ints(tl.digits)
		lo, med := 0, 0
		if len(tl.digits) > 0 {
			lo, med = tl.digits[0], tl.digits[len(tl.digits)/2]
		}
		t.Logf("%-8s %3d cases, %3d pass (%d exact 0 or Inf), correct digits of the others: min %d, median %d",
			p, tl.n, tl.pass, tl.exact, lo, med)
	}
	t.Logf("%d known failures (known_failures.jsonl); %d pending cases wait for their family", failing, waiting)
}
