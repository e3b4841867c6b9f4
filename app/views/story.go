package views

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// storyView compares the language versions of one story side by side: one
// column per version, one row per event, aligned, with what each version
// leaves out or tells differently.
type storyView struct {
	app.Compo
	// Unexported: go-app resets exported fields on navigation.
	id      string
	with    []string // related articles the reader added as columns (?with=)
	active  int      // the column shown on a narrow screen
	glosses bool     // English names shown in the text
	// background: the background rows are unfolded (the reader opened
	// them, or followed a link to one of them).
	background bool
	// The keyboard's place in the coverage matrix and the comparison
	// (grid.go), and their layouts as last rendered, which the key
	// handlers read: go-app keeps a handler's first closure.
	matrixAt, compareAt gridPos
	matrix, compare     grid
	columns             int // as last rendered
}

func newStoryView() *storyView { return &storyView{} }

// StoryPath is the app path of a story's comparison.
func StoryPath(id string) string { return "/story/" + url.PathEscape(id) }

func (v *storyView) OnInit() {
	if app.IsClient {
		v.fromURL(app.Window().URL())
	}
}

func (v *storyView) OnPreRender(ctx app.Context) { v.nav(ctx) }
func (v *storyView) OnNav(ctx app.Context)       { v.nav(ctx) }

func (v *storyView) nav(ctx app.Context) {
	v.fromURL(ctx.Page().URL())
	ix, err := index()
	if err != nil {
		return
	}
	if s := ix.Story(v.id); s != nil {
		setPage(ctx, s.Title, fmt.Sprintf("%d language versions of one story, compared event by event.", len(s.Versions)))
		var scripts []string
		for _, id := range s.Versions {
			if a := ix.Article(id); a != nil {
				scripts = append(scripts, a.Script)
			}
		}
		preloadFonts(ctx, scripts...)
	} else {
		setPage(ctx, "Story not found", "")
	}
}

func (v *storyView) fromURL(u *url.URL) {
	id, ok := strings.CutPrefix(routePath(u), "/story/")
	if !ok {
		return
	}
	v.id = strings.TrimSuffix(id, "/")
	v.with = nil
	for _, w := range strings.Split(routeQuery(u).Get("with"), ",") {
		if w != "" {
			v.with = append(v.with, w)
		}
	}
}

// setWith changes the added columns and records them in the URL as a new
// history entry: Back takes the column away again, and a copied link
// shows the same comparison.
func (v *storyView) setWith(ctx app.Context, with []string) {
	q := routeQuery(ctx.Page().URL())
	if len(with) == 0 {
		q.Del("with")
	} else {
		q.Set("with", strings.Join(with, ","))
	}
	s := href(StoryPath(v.id))
	// In the one-file edition too: its query is in the fragment, after
	// the path ("#/story/x?with=…").
	if enc := encodeQuery(q); enc != "" {
		s += "?" + enc
	}
	u, err := url.Parse(s)
	if err != nil {
		return
	}
	v.with = with
	// Resolved against the page: in the one-file edition the link is only
	// a fragment.
	ctx.NavigateTo(ctx.Page().URL().ResolveReference(u))
}

func (v *storyView) Render() app.UI {
	ix, err := index()
	if err != nil {
		return errorPage(err)
	}
	s := ix.Story(v.id)
	if s == nil {
		return frame("stories", notFoundBody("No story has the id "+v.id+"."))
	}
	c := ix.Compare(s, v.with)
	v.columns = len(c.Columns)
	active := min(v.active, len(c.Columns)-1)
	sum := ix.Summary(s)
	return frame("stories",
		app.Nav().Class("crumbs").Aria("label", "Breadcrumb").Body(
			app.A().Href(href("/")).Text("← All stories"),
		),
		app.Header().Class("story-head").Body(
			app.H1().Class("story-title").Text(s.Title),
			app.P().Class("card-meta").Body(
				app.Range(sum.Languages).Slice(func(i int) app.UI { return langBadge(sum.Languages[i]) }),
				app.Span().Text(versionCount(s)+" · "+plural(len(c.Rows), "event", "events")),
				app.If(sum.From != "", func() app.UI { return app.Span().Text(dateSpan(sum.From, sum.To)) }),
			),
		),
		v.coverage(ix, c),
		app.If(len(c.Related) > 0, func() app.UI { return v.relatedList(ix, c) }),
		app.If(len(c.Copies) > 0, func() app.UI { return duplicateList(ix, c) }),
		v.comparison(ix, c, active),
	)
}

// versionCount counts a story's versions, and says how many of them are
// in a language Parallax does not read.
func versionCount(s *dataset.Story) string {
	n := plural(len(s.Versions)+len(s.Unanalysed), "version", "versions")
	if len(s.Unanalysed) > 0 {
		n += fmt.Sprintf(" (%d not analysed)", len(s.Unanalysed))
	}
	return n
}

func dateSpan(from, to string) string {
	if from == to {
		return query.FormatDate(from)
	}
	return query.FormatDate(from) + " – " + query.FormatDate(to)
}

func rowAnchor(eventID string) string { return "ev-" + eventID }

// duplicateList names the republished copies of the story's versions,
// each as a copy of its original: recognised, and kept out of the
// columns, since a copy tells nothing its original does not.
func duplicateList(ix *query.Index, c *query.Comparison) app.UI {
	return app.Section().Class("duplicates").Aria("label", "Republished copies").Body(
		app.P().Text(fmt.Sprintf("Not shown as versions: %s of the versions below.", plural(len(c.Copies), "copy", "copies"))),
		app.Ul().Body(
			app.Range(c.Copies).Slice(func(i int) app.UI {
				a := c.Copies[i]
				return app.Li().DataSet("duplicate", a.ID).DataSet("copy-of", a.DuplicateOf).Body(
					langBadge(a.Lang),
					app.A().Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					sourceLine(a),
					republishes(ix, a),
				)
			}),
		),
	)
}

// relatedList offers the related coverage, collapsed, each one click away
// from being a column of its own.
func (v *storyView) relatedList(ix *query.Index, c *query.Comparison) app.UI {
	return app.Details().Class("related").Body(
		app.Summary().Text(fmt.Sprintf("Related coverage: %s that tell these events as background", plural(len(c.Related), "article", "articles"))),
		app.P().Class("note").Text("They are not versions of this story: they mention its events as history or context. Add one as a column to compare what it says."),
		app.Ul().Body(
			app.Range(c.Related).Slice(func(i int) app.UI {
				a := c.Related[i]
				return app.Li().DataSet("related", a.ID).Body(
					langBadge(a.Lang),
					app.A().Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					sourceLine(a),
					app.Button().Class("add").Type("button").DataSet("add", a.ID).
						OnClick(func(ctx app.Context, e app.Event) {
							v.setWith(ctx, append(slices.Clone(v.with), a.ID))
						}, app.EventScope(a.ID)).
						Text("Add as a column"),
				)
			}),
		),
	)
}
