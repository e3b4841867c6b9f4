//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"parallax/app/site"
	"parallax/app/views"
	"parallax/dataset"
)

func native() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "generate":
		err = generate(args)
	case "serve":
		err = serve(args)
	case "single":
		err = singleFile(args)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "parallax:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  app generate -out DIR [-web web] [-base /path/]   write the static site
  app serve -dir DIR [-addr 127.0.0.1:8080] [-base /path/]   serve it as a static host would
  app single -out FILE.html [-web web]   write the one-file edition`)
	os.Exit(2)
}

func generate(args []string) error {
	fs := flag.NewFlagSet("generate", flag.ExitOnError)
	out := fs.String("out", "dist", "folder to write the site to (replaced)")
	web := fs.String("web", "web", "the web/ folder with app.wasm, CSS, fonts and icons")
	base := fs.String("base", "/", "path prefix the site will be served under")
	fs.Parse(args)

	ds, err := dataset.Embedded()
	if err != nil {
		return err
	}
	pages := []string{views.EventsPath}
	for _, a := range ds.Articles {
		pages = append(pages, views.ArticlePath(a.ID))
	}
	for _, s := range ds.Stories {
		pages = append(pages, views.StoryPath(s.ID))
	}
	if err := site.Generate(*out, site.Options{Web: *web, Base: *base, Pages: pages, NotFound: views.NotFoundPath}); err != nil {
		return err
	}
	fmt.Printf("generate: %d pages in %s\n", len(pages)+2, *out)
	return nil
}

func singleFile(args []string) error {
	fs := flag.NewFlagSet("single", flag.ExitOnError)
	out := fs.String("out", "dist/parallax.html", "the file to write")
	web := fs.String("web", "web", "the web/ folder with app.wasm, CSS, fonts and icons")
	fs.Parse(args)
	if err := site.Single(*out, site.Options{Web: *web}); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	fmt.Printf("single: %s (%.1f MB); open it from disk\n", *out, float64(st.Size())/(1<<20))
	return nil
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	dir := fs.String("dir", "dist", "the generated site")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	base := fs.String("base", "/", "path prefix to serve the site under")
	fs.Parse(args)

	if _, err := os.Stat(*dir + "/index.html"); err != nil {
		return fmt.Errorf("%s has no site: run make site first (%w)", *dir, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String() + "/" + strings.TrimLeft(strings.TrimRight(*base, "/")+"/", "/")
	fmt.Printf("Parallax is served at %s (Ctrl-C stops)\n", url)

	srv := &http.Server{Handler: site.Server(*dir, *base), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
