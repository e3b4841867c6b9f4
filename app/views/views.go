// Package views holds Parallax's go-app components, one per file, and the
// routes that lead to them. Views only render: every question about the
// data is answered by app/query.
package views

import (
	"net/url"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/app/safeattr"
	"parallax/dataset"
)

// Register routes every page of the app. The static generator prerenders
// the same routes, so each has a file on a plain static host.
func Register() {
	app.Route("/", func() app.Composer { return newHome() })
	app.RouteWithRegexp(`^/article/[^/]+/?$`, func() app.Composer { return newReader() })
	app.RouteWithRegexp(`^/story/[^/]+/?$`, func() app.Composer { return newStoryView() })
	app.RouteWithRegexp(`^`+EventsPath+`/?$`, func() app.Composer { return newEventsView() })
	// Anything else is not found; the catch-all also lets the generator
	// write 404.html, and in the one-file edition, whose path is the file's
	// on disk, it routes on the fragment.
	app.RouteWithRegexp(`^/.*$`, func() app.Composer { return newShell() })
	app.NotFound = newShell()
}

// single reports whether this is the one-file edition (dist/parallax.html,
// opened from disk): there the path is the file's, and the app keeps its
// route in the fragment: "#/story/<id>?with=…".
func single() bool { return app.Getenv("PARALLAX_EDITION") == "single" }

// ArticlePath is the app path of an article's reader.
func ArticlePath(id string) string { return "/article/" + url.PathEscape(id) }

// NotFoundPath is prerendered as the static host's 404 page.
const NotFoundPath = "/404"

// href turns an app path into a link that works on any static host: each
// page is a folder's index.html, so its link ends in "/" (a host that maps
// paths to files finds nothing at /events, and may not redirect), and it
// carries the prefix when the site is hosted under one (GitHub Pages'
// /repo/): go-app prefixes its own resources but not the app's links.
func href(path string) string {
	if single() {
		return "#" + path
	}
	if !strings.HasSuffix(path, "/") {
		path += "/"
	}
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}

// routePath is the app path of the current page, without the hosting
// prefix, which the browser's URL has and the prerenderer's does not, nor
// the trailing slash of a folder's page: "/story/x/" is "/story/x".
func routePath(u *url.URL) string {
	p := u.Path
	if single() {
		p, _, _ = strings.Cut(u.Fragment, "?")
		if !strings.HasPrefix(p, "/") {
			return "/"
		}
	} else {
		p = strings.TrimPrefix(p, strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	}
	if p = strings.TrimRight(p, "/"); p == "" {
		return "/"
	}
	return p
}

// routeQuery is the current page's query: the URL's, or in the one-file
// edition the part of the fragment after "?".
func routeQuery(u *url.URL) url.Values {
	if single() {
		_, q, _ := strings.Cut(u.Fragment, "?")
		v, _ := url.ParseQuery(q)
		return v
	}
	return u.Query()
}

// replaceQuery changes the current page's query without a new history
// entry, where the route keeps it.
func replaceQuery(ctx app.Context, q url.Values) {
	u := *ctx.Page().URL()
	enc := encodeQuery(q)
	if single() {
		p, _, _ := strings.Cut(u.Fragment, "?")
		u.Fragment = p
		if enc != "" {
			u.Fragment += "?" + enc
		}
	} else {
		u.RawQuery = enc
	}
	ctx.Page().ReplaceURL(&u)
}

// currentPath is the path of the page being rendered, for use in OnInit,
// before go-app hands the component a Context. Initialising from it there
// avoids a flash of an empty page between the prerendered HTML and OnNav.
func currentPath() string {
	if !app.IsClient {
		return ""
	}
	return routePath(app.Window().URL())
}

// attr is a value from the data for an attribute. go-app's prerenderer
// writes attributes with Go quoting, not HTML escaping, so on the server the
// value is wrapped (letters and digits only) and the site generator unwraps
// it once it has parsed the page; in the browser it is set as it is.
func attr(s string) string {
	if app.IsClient {
		return s
	}
	return safeattr.Wrap(s)
}

var loadIndex = sync.OnceValues(func() (*query.Index, error) {
	ds, err := dataset.Embedded()
	if err != nil {
		return nil, err
	}
	return query.New(ds), nil
})

// index is the embedded dataset, decoded and indexed on first use.
func index() (*query.Index, error) { return loadIndex() }

// fonts are the bundled web fonts by script, preloaded by the pages that
// show that script so that text does not shift when they arrive.
var fonts = map[string][]string{
	"Arab": {"/web/fonts/noto-sans-arabic-arabic-400-normal.woff2", "/web/fonts/noto-sans-arabic-arabic-700-normal.woff2"},
	"Deva": {"/web/fonts/noto-sans-devanagari-devanagari-400-normal.woff2", "/web/fonts/noto-sans-devanagari-devanagari-700-normal.woff2"},
}

// preloadFonts asks the prerendered page to fetch the fonts of the scripts
// it shows, at once, instead of when the first glyph needs them.
func preloadFonts(ctx app.Context, scripts ...string) {
	var ps []app.Preload
	seen := map[string]bool{}
	for _, s := range scripts {
		for _, f := range fonts[s] {
			if !seen[f] {
				seen[f] = true
				ps = append(ps, app.Preload{Type: "font/woff2", Href: f + " crossorigin", As: "font"})
			}
		}
	}
	ctx.Page().SetPreloads(ps...)
}

// setPage sets what the browser and search engines show for a page.
func setPage(ctx app.Context, title, description string) {
	if title == "" {
		title = "Parallax"
	} else {
		title += " · Parallax"
	}
	// The title is also og:title, an attribute.
	ctx.Page().SetTitle(attr(title))
	ctx.Page().SetLang("en")
	if description != "" {
		ctx.Page().SetDescription(attr(description))
	}
}
