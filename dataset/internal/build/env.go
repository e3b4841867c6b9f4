package build

import (
	"fmt"

	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lang"
	"parallax/dataset/internal/build/lexicon"
)

// Env is what the per-article stages share: the language detector, the
// gazetteer and the lexicons, compiled once. It is read-only after NewEnv,
// so any number of workers may use it at once.
type Env struct {
	Lang      lang.Detector
	Gazetteer *gazetteer.Gazetteer // nil: no entities, no events
	Lexicon   *lexicon.Lexicon     // nil: no dates beyond numeric ones, no events

	kits     map[string]*extract.Kit
	weighty  map[string]*lexicon.Index[bool] // per language: the words the extractor weighs (budget.go)
	numerals *dates.Kit                      // numeric dates, for languages without a lexicon
}

// LoadEnv loads the gazetteer and the lexicons the build embeds and
// compiles them, with det as the language detector (build/langid's, or a
// test's).
func LoadEnv(det lang.Detector) (*Env, error) {
	gz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	lx, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return NewEnv(det, gz, lx), nil
}

// NewEnv compiles the lexicons for the stages.
func NewEnv(det lang.Detector, gz *gazetteer.Gazetteer, lx *lexicon.Lexicon) *Env {
	env := &Env{Lang: det, Gazetteer: gz, Lexicon: lx, kits: map[string]*extract.Kit{}, weighty: map[string]*lexicon.Index[bool]{}, numerals: dates.NewKit(nil)}
	if lx != nil {
		for _, code := range lexicon.Languages {
			if l := lx.Lang(code); l != nil {
				env.kits[code] = extract.NewKit(l)
				env.weighty[code] = weightyWords(l)
			}
		}
	}
	return env
}

// kit returns the compiled lexicon of a language, nil when there is none.
func (env *Env) kit(lang string) *extract.Kit { return env.kits[lang] }

func (env *Env) dates(lang string) *dates.Kit {
	if k := env.kits[lang]; k != nil {
		return k.Dates()
	}
	return env.numerals
}

// Supported reports whether the extractors know a language.
func (env *Env) Supported(lang string) bool { return env.kits[lang] != nil }
