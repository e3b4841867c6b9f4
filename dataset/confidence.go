package dataset

import "math"

// Confidence puts a confidence on the codec's grid of 1/10000, so that it
// survives encoding unchanged.
func Confidence(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return 0
	}
	return math.Round(min(v, 1)*10000) / 10000
}
