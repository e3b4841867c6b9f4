package views

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// BenchmarkStartup measures what the app does before its first paint, in
// parts: decoding the embedded dataset, indexing it, rendering the home page.
func BenchmarkStartup(b *testing.B) {
	raw := dataset.EmbeddedSize()
	if raw == 0 {
		b.Fatal("no embedded dataset")
	}
	ds, _ := dataset.Embedded()
	enc, _ := dataset.Encode(ds)
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			dataset.Decode(enc)
		}
	})
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			query.New(ds)
		}
	})
	b.Run("render-home", func(b *testing.B) {
		for b.Loop() {
			e := app.NewTestEngine()
			e.Load(newHome())
			e.ConsumeAll()
		}
	})
	b.Run("render-story", func(b *testing.B) {
		for b.Loop() {
			v := newStoryView()
			v.id = ds.Stories[0].ID
			e := app.NewTestEngine()
			e.Load(v)
			e.ConsumeAll()
		}
	})
	b.Run("render-events", func(b *testing.B) {
		for b.Loop() {
			v := newEventsView()
			v.run()
			e := app.NewTestEngine()
			e.Load(v)
			e.ConsumeAll()
		}
	})
}
