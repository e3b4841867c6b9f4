//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// compressible are the files worth sending compressed: the wasm above all
// (8 MB raw, under 2 MB with brotli), and the scripts, styles and pages.
var compressible = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true, ".webmanifest": true, ".svg": true, ".json": true}

// precompress writes NAME.gz and NAME.br next to every compressible file,
// at the highest levels, so that a host that serves precompressed files
// (nginx gzip_static/brotli_static, Caddy's precompressed) spends no CPU
// and readers download the least. The output is deterministic.
func precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !compressible[filepath.Ext(p)] {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var gz bytes.Buffer
		zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if err != nil {
			return err
		}
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			return err
		}
		var br bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		bw.Write(raw)
		if err := bw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(p+".gz", gz.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".br", br.Bytes(), 0o644)
	})
}
