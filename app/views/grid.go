package views

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// grid is the keyboard model of a two-dimensional widget with one tab stop
// (a roving tabindex): rows of targets, each target in a column. The arrow
// keys move between targets, Home and End to the ends of the row, with
// Control to the ends of the grid; Tab leaves the widget. The target that
// has the tab stop is the one the reader last moved to.
type grid struct {
	id   string  // prefix of the targets' element ids
	rows [][]int // for each row, the columns of its targets, in reading order
	at   gridPos // the target with the tab stop
}

// gridPos is a target: its row, and its place in the row.
type gridPos struct{ row, item int }

// newGrid lays a grid out; at is kept when the layout still has it, else
// the tab stop goes to the first target.
func newGrid(id string, rows [][]int, at gridPos) grid {
	g := grid{id: id, rows: rows, at: at}
	if !g.has(at) {
		g.at = g.first()
	}
	return g
}

func (g grid) has(p gridPos) bool {
	return p.row >= 0 && p.row < len(g.rows) && p.item >= 0 && p.item < len(g.rows[p.row])
}

func (g grid) first() gridPos {
	for r, items := range g.rows {
		if len(items) > 0 {
			return gridPos{r, 0}
		}
	}
	return gridPos{}
}

func (g grid) last() gridPos {
	for r := len(g.rows) - 1; r >= 0; r-- {
		if n := len(g.rows[r]); n > 0 {
			return gridPos{r, n - 1}
		}
	}
	return gridPos{}
}

// targetID is the element id of a target.
func (g grid) targetID(row, item int) string { return fmt.Sprintf("%s-%d-%d", g.id, row, item) }

// tabIndex is 0 for the target with the tab stop, -1 for the others.
func (g grid) tabIndex(row, item int) int {
	if g.at == (gridPos{row, item}) {
		return 0
	}
	return -1
}

// posOf reads a target's position from its element id.
func (g grid) posOf(id string) (gridPos, bool) {
	rest, ok := strings.CutPrefix(id, g.id+"-")
	if !ok {
		return gridPos{}, false
	}
	r, i, ok := strings.Cut(rest, "-")
	if !ok {
		return gridPos{}, false
	}
	row, err1 := strconv.Atoi(r)
	item, err2 := strconv.Atoi(i)
	p := gridPos{row, item}
	return p, err1 == nil && err2 == nil && g.has(p)
}

// move is where a key takes the focus from p; false for a key that is not
// the grid's, or that goes nowhere.
func (g grid) move(p gridPos, key string, ctrl bool) (gridPos, bool) {
	if !g.has(p) {
		return gridPos{}, false
	}
	items := g.rows[p.row]
	next := p
	switch key {
	case "ArrowLeft":
		next.item--
	case "ArrowRight":
		next.item++
	case "ArrowUp", "ArrowDown":
		step := 1
		if key == "ArrowUp" {
			step = -1
		}
		col := items[p.item]
		for r := p.row + step; r >= 0 && r < len(g.rows); r += step {
			if len(g.rows[r]) > 0 {
				return gridPos{r, nearest(g.rows[r], col)}, true
			}
		}
		return p, false
	case "Home":
		if ctrl {
			return g.first(), true
		}
		next.item = 0
	case "End":
		if ctrl {
			return g.last(), true
		}
		next.item = len(items) - 1
	default:
		return p, false
	}
	if !g.has(next) {
		return p, false
	}
	return next, true
}

// nearest is the first target in the column col, else the one in the
// nearest column.
func nearest(cols []int, col int) int {
	best, dist := 0, -1
	for i, c := range cols {
		d := max(c-col, col-c)
		if dist < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// key handles a keydown on a grid's widget: it moves the tab stop and the
// focus, and returns the new position. The event's target says where the
// focus is, whatever the grid last recorded.
func (g grid) key(ctx app.Context, e app.Event) (gridPos, bool) {
	from, ok := g.posOf(e.Get("target").Get("id").String())
	if !ok {
		return g.at, false
	}
	to, ok := g.move(from, e.Get("key").String(), e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool())
	if !ok {
		return g.at, false
	}
	e.PreventDefault()
	focusByID(ctx, g.targetID(to.row, to.item))
	return to, true
}

// focusByID focuses an element once the render under way is done.
func focusByID(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
			el.Call("scrollIntoView", map[string]any{"block": "nearest", "inline": "nearest"})
		}
	})
}
