package plot_test

import (
	"fmt"
	"math"

	"statcalc/plot"
)

// A running Monte-Carlo estimate with its ±2 standard-error band beside
// the exact value: the shape of a convergence plot.
func ExampleFigure_Text() {
	const exact = 0.5
	est := plot.Series{Label: "running estimate ± 2 SE", Band: &plot.Band{}}
	for n := 10.0; n <= 1000; n += 10 {
		se := 1 / math.Sqrt(n)
		y := exact + 0.8*se*math.Sin(n/40)
		est.X, est.Y = append(est.X, n), append(est.Y, y)
		est.Band.Lo, est.Band.Hi = append(est.Band.Lo, y-2*se), append(est.Band.Hi, y+2*se)
	}
	f := &plot.Figure{XMin: 10, XMax: 1000, XLabel: "n", Series: []plot.Series{est},
		Refs: []plot.RefLine{{Y: exact, Label: "closed form 0.5"}}}
	fmt.Println(f.Text(60, 16, false))
	// Output:
	// │⠅
	// 1.0 ┤⠅
	//     │⠅⠅
	//     │⠅⠅⠅⠄
	//     │⠅⠅⠅⠅⠅⠄
	//     │⢅⡥⠥⠥⣅⡅⠅⠅⠄⠄ ⠄⠄⠄⠄⠅⠅⠅⠅⠄⠄       ⠄⠄⠄⠄⠄⠄         ⠄⠄⠄
	// 0.5 ┤⠍⠅⠅⠅⠅⠝⠷⣅⣅⠅⠅⢅⣥⠥⠗⠟⠍⠍⠗⠗⠧⢥⣅⣅⣅⣅⣥⠥⠗⠗⠗⠗⠗⠷⠥⠥⣅⣅⣅⣥⠥⠥⠗⠗⠗⠗⠗⠷⠥⢥⣅⣅⣅⣥⠥
	//     │⠅⠅⠅⠅⠅⠅⠅⠅⠍⠍⠍⠍⠅⠅⠅⠁⠁⠁⠁⠁⠅⠅⠅⠅⠅⠅⠅⠁⠁⠁⠁⠁⠁⠁⠁⠁⠅⠅⠅⠁⠁⠁⠁⠁  ⠁⠁⠁⠁⠁⠁⠁⠁⠁
	//     │⠅⠅⠁  ⠁⠁⠁⠁⠅⠁⠁⠁
	//     │⠅⠁
	//     │⠅
	// 0.0 ┤⠅
	//     └──────────┬──────────┬──────────┬──────────┬──────────┬
	//               200        400        600        800      1000
	//      ⠒⠒⠒⠒ running estimate ± 2 SE
	//      ⠂⠂⠂⠂ closed form 0.5
}
