package read

import "testing"

func TestFormatOf(t *testing.T) {
	for file, want := range map[string]Format{
		"a.txt": FormatText, "x/A.TXT": FormatText, "a.md": FormatMarkdown, "a.markdown": FormatMarkdown,
		"a.html": FormatHTML, "d.v2/a.HTM": FormatHTML, "a.meta.json": FormatUnknown, "a.pdf": FormatUnknown, "README": FormatUnknown, "v1.2/notes": FormatUnknown,
	} {
		if got := FormatOf(file); got != want {
			t.Errorf("FormatOf(%q) = %s, want %s", file, got, want)
		}
	}
}

func TestMergeMeta(t *testing.T) {
	side := &Meta{Published: "2025-09-12", Outlet: "AFP", Title: "Mali Expels Envoy"}
	own := &Meta{Published: "2025-09-11", Outlet: "afp", Title: "mali expels envoy", Author: "A. Writer", URL: "https://x"}
	m, conflicts := MergeMeta(side, own, "front matter")
	want := Meta{Published: "2025-09-12", Outlet: "AFP", Title: "Mali Expels Envoy", Author: "A. Writer", URL: "https://x"}
	if *m != want {
		t.Errorf("merged = %+v, want %+v", *m, want)
	}
	if len(conflicts) != 1 || conflicts[0] != `the sidecar gives published "2025-09-12" but the front matter "2025-09-11"; the sidecar's is used` {
		t.Errorf("conflicts = %q", conflicts)
	}
	if m, c := MergeMeta(nil, own, ""); m != own || c != nil {
		t.Error("no sidecar: the file's own metadata")
	}
	if m, c := MergeMeta(side, nil, ""); m != side || c != nil {
		t.Error("no own metadata: the sidecar")
	}
}

func TestNotes(t *testing.T) {
	for name, want := range map[string]bool{
		"README.md": true, "FORMAT.md": true, "LICENSE": true, "INDEX.md": true, "NOTES-2024.txt": true,
		"mali22-01_en.txt": false, "Readme.md": false, "index.md": false, "2024-01.txt": false, "": false,
	} {
		if got := Notes(name); got != want {
			t.Errorf("Notes(%q) = %v, want %v", name, got, want)
		}
	}
}
