// Command app is Parallax's explorer. Compiled to WebAssembly it runs the
// UI in the browser; run natively it writes the static site or serves it:
//
//	go run ./app generate -out dist [-base /some/path/]
//	go run ./app serve -dir dist [-addr 127.0.0.1:8080] [-base /some/path/]
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/views"
)

func main() {
	views.Register()
	// In the browser this starts the UI and never returns; natively it
	// returns at once and the command line takes over.
	app.RunWhenOnBrowser()
	native()
}
