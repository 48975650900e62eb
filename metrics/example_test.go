package metrics_test

import (
	"fmt"

	"statcalc/dist"
	"statcalc/metrics"
)

func ExampleKLNormal() {
	p, _ := dist.NewMVN([]float64{0, 0}, [][]float64{{1, 0.5}, {0.5, 2}})
	q, _ := dist.NewMVN([]float64{1, -1}, [][]float64{{1, 0}, {0, 1}})
	kl, err := metrics.KLNormal(p, q)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("KL(p‖q) = %.12f nats, trusted to 13 digits: %v\n", kl.Value, kl.RelErr < 1e-13)
	// Output:
	// KL(p‖q) = 1.220192106032 nats, trusted to 13 digits: true
}

func ExampleW2Normal() {
	// Two point masses: W2 is the distance between their locations.
	p, _ := dist.NewMVN([]float64{1, 5}, [][]float64{{0, 0}, {0, 0}})
	q, _ := dist.NewMVN([]float64{4, 1}, [][]float64{{0, 0}, {0, 0}})
	w, _ := metrics.W2Normal(p, q)
	fmt.Println(w.Value)
	// Output:
	// 5
}
