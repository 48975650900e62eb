package mc

import (
	"math"
	"runtime"
	"strings"
	"testing"
)

// TestCalibration runs a KL estimate with 400 seeds against the exact
// closed form of two normals, KL(N(0, 1)‖N(½, 2)) = ½(log 2 + (1 + ¼)/2 − 1):
// at level 2 a correct verdict disagrees with probability 2(1 − Φ(2)) =
// 0.0455, so the count of false alarms is Binomial(400, 0.0455), mean 18.2
// and standard deviation 4.17; it must lie within 3.5 standard deviations.
// A closed form off by 10 % (about 11 standard errors at n = 200000) must be caught at the default level 5.
func TestCalibration(t *testing.T) {
	p, _ := NormalDensity(0, 1)
	q, _ := NormalDensity(0.5, 2)
	closed := 0.5 * (math.Log(2) + 1.25/2 - 1)
	const runs, level = 400, 2.0
	alarms, caught := 0, 0
	for seed := uint64(0); seed < runs; seed++ {
		e, err := KL(p, q, Config{N: 4000, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if _, v := Verdict(e, closed, level); v == Disagrees {
			alarms++
		}
		if seed < 20 {
			big, err := KL(p, q, Config{N: 200_000, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if _, v := Verdict(big, closed*1.1, 5); v == Disagrees {
				caught++
			}
		}
	}
	mean := runs * 2 * (1 - 0.9772498680518208)
	sd := math.Sqrt(mean * (1 - mean/runs))
	if math.Abs(float64(alarms)-mean) > 3.5*sd {
		t.Errorf("%d false alarms in %d runs at level 2; want %.1f ± %.1f", alarms, runs, mean, 3.5*sd)
	}
	if caught != 20 {
		t.Errorf("a closed form 10%% too large was caught in %d of 20 runs", caught)
	}
	t.Logf("%d false alarms in %d runs (expected %.1f)", alarms, runs, mean)
}

// renyiGamma is D_α(Gamma(ap, bp)‖Gamma(aq, bq)) = log ∫ p^α q^(1−α) / (α − 1),
// the integral being Γ(aα) bα^(−aα) bp^(α ap) bq^((1−α) aq) / (Γ(ap)^α Γ(aq)^(1−α))
// with aα = α ap + (1−α) aq, bα = α bp + (1−α) bq.
func renyiGamma(ap, bp, aq, bq, alpha float64) float64 {
	aa, ba := alpha*ap+(1-alpha)*aq, alpha*bp+(1-alpha)*bq
	lg := func(x float64) float64 { v, _ := math.Lgamma(x); return v }
	l := lg(aa) - aa*math.Log(ba) + alpha*ap*math.Log(bp) + (1-alpha)*aq*math.Log(bq) - alpha*lg(ap) - (1-alpha)*lg(aq)
	return l / (alpha - 1)
}

// TestCalibrationRenyi repeats the false-alarm count for Rényi of order ½
// between two gammas, whose standard error comes from the delta method on
// a log of a mean (n = 4000, 400 seeds, level 2, bounds as above).
func TestCalibrationRenyi(t *testing.T) {
	p, _ := GammaDensity(2, 1)
	q, _ := GammaDensity(3, 2)
	closed := renyiGamma(2, 1, 3, 2, 0.5)
	const runs = 400
	alarms := 0
	for seed := uint64(0); seed < runs; seed++ {
		e, err := Renyi(p, q, 0.5, Config{N: 4000, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if _, v := Verdict(e, closed, 2); v != Agrees {
			alarms++
		}
	}
	mean := runs * 2 * (1 - 0.9772498680518208)
	sd := math.Sqrt(mean * (1 - mean/runs))
	if math.Abs(float64(alarms)-mean) > 3.5*sd {
		t.Errorf("%d false alarms in %d runs at level 2; want %.1f ± %.1f", alarms, runs, mean, 3.5*sd)
	}
}

// TestInstabilityDetected: Rényi of order 4 between N(0, 1) and N(0, 0.3)
// is +∞ (its weights have no mean, let alone a variance), and order 2
// between N(0, 1) and N(0, 0.6) has weights with infinite variance; both
// must be reported unreliable, while a well-behaved order is not.
func TestInstabilityDetected(t *testing.T) {
	p, _ := NormalDensity(0, 1)
	for _, tc := range []struct {
		v, alpha float64
		unstable bool
	}{{0.3, 4, true}, {0.6, 2, true}, {2, 0.5, false}, {1.5, 2, false}} {
		q, _ := NormalDensity(0, tc.v)
		e, err := Renyi(p, q, tc.alpha, Config{N: 200_000, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		if (e.Unstable != "") != tc.unstable {
			t.Errorf("renyi(N(0, 1), N(0, %v), %v) = %v ± %v: unstable %q, want %v", tc.v, tc.alpha, e.Value, e.StdErr, e.Unstable, tc.unstable)
		}
		if tc.unstable {
			if _, v := Verdict(e, 0, 5); v != Unreliable || !strings.Contains(e.Unstable, "variance") {
				t.Errorf("verdict %s, reason %q", v, e.Unstable)
			}
		}
	}
}

// TestSameDigitsAnyCores: the chunks are merged in order, so one core and
// many give identical estimates, also for n not a multiple of ChunkSize.
func TestSameDigitsAnyCores(t *testing.T) {
	p, _ := GammaDensity(2, 1)
	q, _ := ExponentialDensity(1)
	c := Config{N: 3*ChunkSize + 17, Seed: 9}
	a, err := Renyi(p, q, 0.7, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, procs := range []int{1, 3, 8} {
		prev := setProcs(procs)
		b, err := Renyi(p, q, 0.7, c)
		setProcs(prev)
		if err != nil || a != b {
			t.Errorf("GOMAXPROCS %d: %+v, %v; with the default %+v", procs, b, err, a)
		}
	}
}

func setProcs(n int) int { return runtime.GOMAXPROCS(n) }

// TestFisherGamma: both estimates of the information of Gamma(a, b) agree
// with [[ψ'(a), −1/b], [−1/b, a/b²]] (ψ'(2) = π²/6 − 1).
func TestFisherGamma(t *testing.T) {
	at := func(th []float64) (Density, error) { return GammaDensity(th[0], th[1]) }
	f, err := Fisher(at, []float64{2, 3}, Config{N: 100_000, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{math.Pi*math.Pi/6 - 1, -1.0 / 3, -1.0 / 3, 2.0 / 9}
	for i, w := range want {
		for name, e := range map[string]Estimate{"score": f.Score[i], "−Hessian": f.Hes[i]} {
			if z, v := Verdict(e, w, 4.5); v != Agrees {
				t.Errorf("entry %d by the %s: %v ± %v, want %v (z = %.1f)", i, name, e.Value, e.StdErr, w, z)
			}
		}
	}
}
