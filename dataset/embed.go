package dataset

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"runtime/debug"
	"sync"
)

// EmbeddedFile is where mkdataset writes the dataset that the app embeds.
const EmbeddedFile = "data/parallax.bin"

// The directory is embedded rather than the file, so that a checkout
// without a built dataset still compiles and the app can say what to do.
//
//go:embed all:data
var data embed.FS

// ErrNotBuilt is returned by Embedded when the binary was compiled before
// the dataset was built.
var ErrNotBuilt = errors.New("no dataset was embedded: build it with `make dataset` before compiling the app")

var embedded = sync.OnceValues(func() (*Dataset, error) {
	b, err := data.ReadFile(EmbeddedFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotBuilt
	}
	if err != nil {
		return nil, err
	}
	// mkdataset validated these bytes before it wrote them (a quarter of
	// the decoding time, at start-up in the browser). Everything decoding
	// allocates is kept, so collecting during it is wasted work: the
	// collector waits until the heap has grown fourfold.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	d, err := decode(b, false)
	if err != nil {
		return nil, fmt.Errorf("embedded dataset: %w", err)
	}
	return d, nil
})

// Embedded returns the dataset compiled into this binary, decoded on the
// first call and shared afterwards. Callers must not modify it.
func Embedded() (*Dataset, error) { return embedded() }

// EmbeddedSize is the size in bytes of the embedded dataset, 0 if none.
func EmbeddedSize() int {
	b, _ := data.ReadFile(EmbeddedFile)
	return len(b)
}
