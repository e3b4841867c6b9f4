package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// sample is a small dataset that uses every field the codec writes.
func sample() *Dataset {
	return &Dataset{
		Articles: []Article{{
			ID: "a1", File: "x/one.txt", Lang: "ar", LangConfidence: 0.9876, Script: "Arab", Dir: "rtl",
			Title: "باريس تجمد التعاون", TitleSource: "headline", Dateline: "باريس",
			Meta: Meta{Outlet: "Outlet", URL: "https://example.org/a", Author: "A. B.", Title: "T", Published: "2025-09-12", PublishedInferred: true},
			Paragraphs: []Paragraph{
				{Kind: KindTitle, Text: "باريس تجمد التعاون", Sentences: []Span{{0, len("باريس تجمد التعاون")}}},
				{Kind: KindText, Text: "France said no.", Lang: "en", LangConfidence: 0.5, Sentences: []Span{{0, 15}},
					Marks: []Mark{{Span: Span{0, 6}, Kind: MarkEntity, Entity: "france"}}},
			},
			Removed:   []Removal{{Line: 1, Text: "عاجل", Reason: RemovedLabel}},
			Words:     7,
			Sentences: 2,
		}, {ID: "a2", File: "two.txt", Lang: "en", DuplicateOf: "a1"}},
		Entities: []Entity{{ID: "france", Kind: EntityCountry, Name: "France", Aliases: []string{"فرنسا", "Frankreich"}}, {ID: "x", Kind: EntityPerson, Name: "X", Provisional: true}},
		Events: []Event{{
			ID: "e1", Type: "expel", Plover: "SANCTION", Mode: "expel", Date: "2025-09", DatePrecision: "month", DateSource: DateFromText,
			Source: []string{"france"}, Target: []string{"x"}, Place: "france",
			Quantities: []Quantity{{Text: "two diplomats", Value: 2, Noun: "diplomat"}}, Descriptions: []string{"diplomat"},
			Affected: Affected{Entity: "x", Noun: "diplomat", Count: 2, Plural: true, Text: "two X diplomats"},
			Modality: Asserted, Confidence: 0.75, Background: true,
			Mentions: []Mention{{Article: "a1", Paragraph: 1, Sentence: Span{0, 15}, Trigger: Span{7, 11}, Date: "2025-09",
				Described: "d", Gloss: "diplomat", Affected: "two Malian diplomats", Quantities: []Quantity{{Text: "2", Value: 2}}, Attribution: "AFP", Modality: Asserted, Background: true}},
		}},
		Stories: []Story{{ID: "s1", Title: "France expels", Headline: "e1", Versions: []string{"a1"}, Related: []string{"a2"},
			Events: []string{"e1"}, Differences: []Difference{{Event: "e1", Kind: DiffQuantity, Values: []DiffValue{{Article: "a1", Value: "2", Gloss: "two"}}}}}},
		Diagnostics: []Diagnostic{{File: "bad.txt", Line: 3, Severity: Error, Code: "invalid-utf8", Message: "m"}},
	}
}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		ds   *Dataset
	}{
		{"empty", &Dataset{}},
		{"sample", sample()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Encode(tc.ds)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.ds) {
				t.Errorf("round trip changed the dataset:\n got %+v\nwant %+v", got, tc.ds)
			}
			again, err := Encode(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, b) {
				t.Error("encoding is not deterministic")
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	good, err := Encode(sample())
	if err != nil {
		t.Fatal(err)
	}
	broken := sample()
	broken.Events[0].Mentions[0].Paragraph = 9
	badRef, err := Encode(broken)
	if err != nil {
		t.Fatal(err)
	}
	split := sample()
	split.Articles[0].Paragraphs[0].Sentences[0].End = 3 // inside «ا»
	midRune, err := Encode(split)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "bad magic"},
		{"other file", []byte("%PDF-1.7"), "bad magic"},
		{"future version", append([]byte{'P', 'R', 'L', 'X', FormatVersion + 1}, good[5:]...), fmt.Sprintf("format version %d", FormatVersion+1)},
		{"truncated in the strings", good[:len(good)/2], "string table longer than the payload"},
		{"truncated in the body", good[:len(good)-4], "exceeds the 0 bytes left"},
		{"unknown compression", []byte{'P', 'R', 'L', 'X', FormatVersion, 7}, "unknown compression"},
		{"dangling reference", badRef, "paragraph 9"},
		{"span inside a character", midRune, "outside the text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.in)
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Decode = %v, want an ErrFormat", err)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics, and that whatever it accepts
// survives a re-encode and decode unchanged (encoding/json's
// FuzzUnmarshalJSON pattern).
func FuzzDecode(f *testing.F) {
	good, err := Encode(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	empty, _ := Encode(&Dataset{})
	f.Add(empty)
	f.Add([]byte("PRLX\x01\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err != nil {
			return
		}
		b2, err := Encode(d)
		if err != nil {
			t.Fatalf("re-encoding a decoded dataset: %v", err)
		}
		d2, err := Decode(b2)
		if err != nil {
			t.Fatalf("decoding a re-encoded dataset: %v", err)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatal("decode → encode → decode changed the dataset")
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	ds := &Dataset{}
	for i := range 1000 {
		a := sample().Articles[0]
		a.ID = string(rune('a'+i%26)) + string(rune(i))
		ds.Articles = append(ds.Articles, a)
	}
	ds.Entities = sample().Entities
	enc, err := Encode(ds)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(enc)))
	for b.Loop() {
		if _, err := Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}
