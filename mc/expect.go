package mc

// Expect estimates E_p[f(x)] with c.N draws from p, and its standard
// error: the sample mean of f over the draws.
func Expect(p Density, f func(x []float64) (float64, error), c Config) (Estimate, error) {
	v, err := sampleValues(p, c, f)
	if err != nil {
		return Estimate{}, err
	}
	m, se := meanSE(v)
	return Estimate{m, se, c.N}, nil
}
