// Command helloworld is the smallest real go-app app: one component on one
// route. The scale benchmarks build it with the same flags as Parallax and
// measure it in the same run, as the floor Parallax's wasm size and
// start-up time are compared with.
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o DIR/web/app.wasm ./tools/helloworld
//	go run ./tools/helloworld -out DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the app's one component.
type hello struct {
	app.Compo
}

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Hello, world!"),
		app.P().Text("A go-app app with one component."),
	)
}

// icon is the app's own icon, so that the page asks nothing of other
// hosts (go-app's default icon lives on GitHub).
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>`

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	// In the browser this runs the UI and never returns.
	app.RunWhenOnBrowser()

	out := flag.String("out", "", "folder to write the static site to; build web/app.wasm in it separately")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: helloworld -out DIR")
		os.Exit(2)
	}
	if err := generate(*out); err != nil {
		fmt.Fprintln(os.Stderr, "helloworld:", err)
		os.Exit(1)
	}
}

func generate(dir string) error {
	h := &app.Handler{
		Name:        "Hello",
		Title:       "Hello",
		Description: "go-app hello world",
		Icon:        app.Icon{Default: "/web/icon.svg", SVG: "/web/icon.svg"},
	}
	if err := app.GenerateStaticWebsite(dir, h); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "web", "icon.svg"), []byte(icon), 0o644)
}
