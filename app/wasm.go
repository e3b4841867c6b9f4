//go:build wasm

package main

// native has nothing to do in the browser.
func native() {}
