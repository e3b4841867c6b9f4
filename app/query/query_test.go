package query

import (
	"reflect"
	"testing"

	"parallax/dataset"
)

func TestLanguages(t *testing.T) {
	ix := New(&dataset.Dataset{Articles: []dataset.Article{
		{ID: "1", Lang: "ar", Words: 10}, {ID: "2", Lang: "hi", Words: 5}, {ID: "3", Lang: "ar", Words: 1}, {ID: "4", Lang: "en"},
	}})
	want := []LangCount{{"ar", 2}, {"en", 1}, {"hi", 1}}
	if got := ix.Languages(); !reflect.DeepEqual(got, want) {
		t.Errorf("Languages = %v, want %v", got, want)
	}
	if ix.Words() != 16 {
		t.Errorf("Words = %d, want 16", ix.Words())
	}
	if ix.Article("3").Lang != "ar" || ix.Article("nope") != nil {
		t.Error("Article lookup")
	}
}

func TestRemovals(t *testing.T) {
	a := &dataset.Article{Removed: []dataset.Removal{
		{Line: 34, Reason: dataset.RemovedWidget}, {Line: 1, Reason: dataset.RemovedLabel},
		{Line: 6, Reason: dataset.RemovedRepeatedLine}, {Line: 5, Reason: dataset.RemovedDateline},
		{Line: 40, Reason: dataset.RemovedWidget},
	}}
	want := []RemovalSummary{{dataset.RemovedLabel, 1}, {dataset.RemovedDateline, 1}, {dataset.RemovedRepeatedLine, 1}, {dataset.RemovedWidget, 2}}
	if got := Removals(a); !reflect.DeepEqual(got, want) {
		t.Errorf("Removals = %v, want %v", got, want)
	}
}

func TestBlocks(t *testing.T) {
	a := &dataset.Article{Paragraphs: []dataset.Paragraph{
		{Kind: dataset.KindTitle}, {Kind: dataset.KindText}, {Kind: dataset.KindItem}, {Kind: dataset.KindItem},
		{Kind: dataset.KindText}, {Kind: dataset.KindItem},
	}}
	want := []Block{{dataset.KindTitle, 0, 1}, {dataset.KindText, 1, 1}, {dataset.KindItem, 2, 2}, {dataset.KindText, 4, 1}, {dataset.KindItem, 5, 1}}
	if got := Blocks(a); !reflect.DeepEqual(got, want) {
		t.Errorf("Blocks = %v, want %v", got, want)
	}
}
