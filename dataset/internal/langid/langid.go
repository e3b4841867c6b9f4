// Package langid detects the language of a text with lingua-go. It is the
// only package that imports lingua-go, whose models weigh about 135 MB: it
// belongs to the build and must never reach the app (a test in app/ guards
// the wasm import graph).
package langid

import (
	"fmt"
	"strings"

	"github.com/pemistahl/lingua-go"
)

// Detector wraps one lingua-go detector. Build it once and share it: it is
// safe for concurrent use, and it loads each language's models the first
// time a text needs them.
type Detector struct {
	d lingua.LanguageDetector
}

// New builds a detector for the given ISO 639-1 codes, or for every
// language lingua-go knows when none are given. Restricting the candidates
// makes detection faster and keeps it from wandering into languages the
// corpus does not have.
func New(codes ...string) (*Detector, error) {
	b := lingua.NewLanguageDetectorBuilder()
	var builder lingua.LanguageDetectorBuilder
	if len(codes) == 0 {
		builder = b.FromAllLanguages()
	} else {
		var isos []lingua.IsoCode639_1
		for _, c := range codes {
			iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(strings.TrimSpace(c)))
			if iso == lingua.UnknownIsoCode639_1 {
				return nil, fmt.Errorf("langid: %q is not an ISO 639-1 code lingua-go knows", c)
			}
			isos = append(isos, iso)
		}
		if len(isos) < 2 {
			return nil, fmt.Errorf("langid: at least two candidate languages are needed, got %d", len(isos))
		}
		builder = b.FromIsoCodes639_1(isos...)
	}
	return &Detector{d: builder.Build()}, nil
}

// Detect returns the ISO 639-1 code of the language of text, lower case,
// and lingua-go's confidence in it; "" and 0 when it cannot tell.
func (d *Detector) Detect(text string) (string, float64) {
	values := d.d.ComputeLanguageConfidenceValues(text)
	if len(values) == 0 || values[0].Value() == 0 {
		return "", 0
	}
	return strings.ToLower(values[0].Language().IsoCode639_1().String()), values[0].Value()
}

// Supported lists the ISO 639-1 codes lingua-go can detect.
func Supported() []string {
	var codes []string
	for _, l := range lingua.AllLanguages() {
		codes = append(codes, strings.ToLower(l.IsoCode639_1().String()))
	}
	return codes
}
