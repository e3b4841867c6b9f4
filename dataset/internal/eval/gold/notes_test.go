package gold

import (
	"testing"

	"parallax/dataset/internal/build/read"
)

// TestNotesAgreesWithTheBuild: the files make eval leaves unscored are the
// ones the build skips as a folder's notes.
func TestNotesAgreesWithTheBuild(t *testing.T) {
	for _, name := range []string{"README.md", "FORMAT.md", "LICENSE", "INDEX.md", "NOTES-2024.txt", "mali22-01_en.txt", "Readme.md", "index.md", "2024-01.txt", "ÉTÉ.md", "été.md", ""} {
		if got, want := isNotes(name), read.Notes(name); got != want {
			t.Errorf("isNotes(%q) = %v, the build's read.Notes says %v", name, got, want)
		}
	}
}
