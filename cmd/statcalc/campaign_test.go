package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"statcalc/internal/progen"
)

var (
	campaignPrograms = flag.Int("campaign", 0, "run this many random programs instead of the short campaign (scripts/campaign.sh)")
	campaignSeed     = flag.Uint64("campaign.seed", 1, "seed of the first random program")
	campaignOut      = flag.String("campaign.out", "", "directory where the programs with findings are written")
	campaignAll      = flag.Bool("campaign.all", false, "report the known patterns too")
)

// shortCampaign is the number of programs the test runs by default.
const shortCampaign = 300

// statementBudget is the time budget of one statement of a campaign
// program; the whole program must end within its statements' budgets.
const statementBudget = time.Second

// knownPatterns are findings that belong to work under way elsewhere in
// the calculator; the campaign reports them only with -campaign.all.
// Each is a regular expression on the finding's text.
var knownPatterns = []*regexp.Regexp{
	// E[log x!] of Poisson(λ) for λ beyond 1e17 loses every digit.
	regexp.MustCompile(`negative entropy of Poisson`),
}

// A finding is something no program may do. A statement stopped by its
// time budget is a note, not a finding: the program still ends in time.
type finding struct {
	seed uint64
	line int
	what string
	slow bool
}

func (f finding) String() string {
	return fmt.Sprintf("seed %d, line %d: %s", f.seed, f.line, f.what)
}

// TestCampaign runs random programs of the whole language (package
// progen) and checks that each ends within its budget with exit status 0
// or 1, prints valid JSON Lines, no non-finite number, no negative
// divergence or discrete entropy, and never panics.
func TestCampaign(t *testing.T) {
	n := shortCampaign
	if *campaignPrograms > 0 {
		n = *campaignPrograms
	}
	bin := build(t)
	seeds := make(chan uint64)
	var mu sync.Mutex
	var found []finding
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seed := range seeds {
				p := progen.Generate(seed)
				fs := runProgram(bin, p)
				if len(fs) == 0 {
					continue
				}
				mu.Lock()
				found = append(found, fs...)
				mu.Unlock()
				if *campaignOut != "" {
					os.WriteFile(filepath.Join(*campaignOut, fmt.Sprintf("seed%d.sc", seed)), []byte(p.Text), 0o644)
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		seeds <- *campaignSeed + uint64(i)
	}
	close(seeds)
	wg.Wait()
	known, slow := 0, 0
	for _, f := range found {
		if f.slow {
			slow++
			if *campaignPrograms > 0 {
				t.Logf("slow: %v", f)
			}
			continue
		}
		if !*campaignAll && isKnown(f) {
			known++
			continue
		}
		t.Error(f)
	}
	t.Logf("%d programs in %v: %d findings (%d of known patterns); %d statements stopped by their time budget of %v",
		n, time.Since(start).Round(time.Millisecond), len(found)-slow, known, slow, statementBudget)
}

func isKnown(f finding) bool {
	for _, re := range knownPatterns {
		if re.MatchString(f.what) {
			return true
		}
	}
	return false
}

// runProgram runs one program as a batch with JSON Lines output and
// returns what it did wrong.
func runProgram(bin string, p progen.Program) []finding {
	statements := strings.Count(p.Text, "\n")
	limit := time.Duration(statements)*statementBudget + 10*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--format", "json", "--timeout", statementBudget.String())
	cmd.Stdin = strings.NewReader(p.Text)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var fs []finding
	add := func(line int, format string, args ...any) {
		fs = append(fs, finding{p.Seed, line, fmt.Sprintf(format, args...), false})
	}
	note := func(line int, format string, args ...any) {
		fs = append(fs, finding{p.Seed, line, fmt.Sprintf(format, args...), true})
	}
	if ctx.Err() != nil {
		add(0, "did not end within %v", limit)
		return fs
	}
	if ee, ok := err.(*exec.ExitError); ok {
		if code := ee.ExitCode(); code != 1 {
			add(0, "exit status %d; stderr %.300q", code, errOut.String())
		}
	} else if err != nil {
		add(0, "%v", err)
	}
	if errOut.Len() > 0 {
		add(0, "wrote to stderr in JSON mode: %.300q", errOut.String())
	}
	for _, l := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if l == "" {
			continue
		}
		checkJSONLine(p, l, add, note)
	}
	return fs
}

// nonFinite matches a number printed as NaN or infinite without a reason.
var nonFinite = regexp.MustCompile(`(^|[^A-Za-z])(NaN|[+-]?Inf)([^A-Za-z(]|$)|^[+-]?Inf$`)

// reasonedInf matches +∞ printed as a value with its reason
// ("Inf  (support of p not contained in that of q)", "kl ≈ Inf: …").
var reasonedInf = regexp.MustCompile(`Inf\s+\([^)]*\)|≈ Inf:`)

func checkJSONLine(p progen.Program, l string, add, note func(int, string, ...any)) {
	var obj map[string]any
	if err := json.Unmarshal([]byte(l), &obj); err != nil {
		add(0, "invalid JSON line %.200q: %v", l, err)
		return
	}
	lineF, ok := obj["line"].(float64)
	if !ok {
		add(0, "JSON line without a line number: %.200q", l)
		return
	}
	line := int(lineF)
	src := sourceLineOf(p.Text, line)
	if e, isErr := obj["error"].(string); isErr {
		if strings.Contains(e, "internal error") {
			add(line, "panic: %s in %q", e, src)
		}
		switch {
		case strings.Contains(e, "could not be interrupted"):
			add(line, "%s", e)
		case strings.Contains(e, "time budget"):
			note(line, "%s: %q", e, src)
		}
		return
	}
	value, ok := obj["value"]
	if !ok {
		add(line, "JSON line with neither value nor error: %.200q", l)
		return
	}
	text, _ := obj["text"].(string)
	if hasNull(value) || nonFinite.MatchString(reasonedInf.ReplaceAllString(text, "")) {
		add(line, "non-finite number printed: %.200q for %q", text, src)
	}
	if what, ok := p.NonNegative[line]; ok {
		if v, isNum := numberOf(value); isNum && v < 0 {
			add(line, "negative %s: %s for %q", what, text, src)
		}
	}
}

// hasNull reports a null inside a value: a non-finite matrix entry.
func hasNull(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case []any:
		for _, x := range v {
			if hasNull(x) {
				return true
			}
		}
	}
	return false
}

// numberOf reads a JSON number, or decimal text beyond the float64 range.
func numberOf(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case string:
		f, err := strconv.ParseFloat(v, 64)
		if err == nil || strings.Contains(err.Error(), "range") {
			return f, true
		}
	}
	return 0, false
}

func sourceLineOf(text string, n int) string {
	lines := strings.Split(text, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// The generator is reproducible and writes statements of every kind.
func TestGeneratorCoversTheLanguage(t *testing.T) {
	if a, b := progen.Generate(7), progen.Generate(7); a.Text != b.Text {
		t.Fatal("Generate(7) differs between calls")
	}
	var all strings.Builder
	for seed := uint64(1); seed <= 200; seed++ {
		all.WriteString(progen.Generate(seed).Text)
	}
	text := all.String()
	for _, want := range []string{"check ", "assume ", "mc ", ":digits", ":precision", ":memory", "kl(", "renyi(",
		"entropy(", "hellinger(", "w2(", "fisher(", "diff(", "hessian(", "subs(", "sample(", "inv(", "I(", "Poisson(",
		"Bernoulli(", "Binomial(", "Geometric(", "Categorical(", "Dirichlet(", "Gamma(", "Beta(", "LogNormal(",
		"Laplace(", "Uniform(", "Exponential(", "N(["} {
		if !strings.Contains(text, want) {
			t.Errorf("200 programs never write %q", want)
		}
	}
}
