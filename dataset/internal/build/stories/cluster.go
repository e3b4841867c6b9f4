package stories

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Stories are found by comparing the articles' profiles: two articles
// whose headlines and ledes report the same events, parties, days and
// figures tell one story. A feature weighs by how rare it is in the
// corpus (inverse document frequency), so France, named in most articles
// of a corpus about France, says little, and a minister's name or a
// figure says much. Articles join by average linkage: a story takes an
// article only when the article is close to its versions on average,
// not to one of them, so one shared background event does not chain two
// stories into one.
const (
	// joinAt is the average similarity (cosine of the weighted profiles)
	// at which two groups of articles are one story.
	joinAt = 0.1
	// attachAt is the similarity at which an article in a language the
	// extractors do not read (entities, days and figures only) joins a
	// story as a version not analysed.
	attachAt = 0.25
	// sameNews is how many days apart two articles' news can be and still
	// be one story: the report of the day and the next day's follow-up.
	sameNews = 7
	// lateReport is how long after the news an article may report it as
	// news: an arrest made known three weeks on is still the news.
	lateReport = 21
	// doubt is the weight of what a profile does not say: every vector
	// has it as a dimension of its own, so that two profiles that share a
	// country's name and little else ("France", "Senegal") are not one
	// story for want of anything to tell them apart, while profiles rich
	// in shared features hardly feel it.
	doubt = 5.0
	// disagree is what is left of the similarity of two articles whose
	// headlines report different news (agreement).
	disagree = 0.5
)

// vector is a profile weighted by the corpus: feature → weight, and its
// length.
type vector struct {
	w    map[string]float64
	norm float64
}

func newVector(features map[string]float64, idf map[string]float64, keep func(string) bool) vector {
	v := vector{w: map[string]float64{}}
	for f, w := range features {
		if keep != nil && !keep(f) {
			continue
		}
		x := w * idf[f]
		if x > 0 {
			v.w[f] = x
			v.norm += x * x
		}
	}
	v.norm = math.Sqrt(v.norm + doubt*doubt)
	return v
}

func cosine(a, b vector) float64 {
	if len(b.w) < len(a.w) {
		a, b = b, a
	}
	dot := 0.0
	for f, x := range a.w {
		dot += x * b.w[f]
	}
	return dot / (a.norm * b.norm)
}

// idfOf weighs each feature by how few of the profiles have it:
// log((n+1)/(df+1)), zero for a feature every article has, and zero for
// one only a single article has: it cannot tell which story that article
// is in, and would only lengthen its vector.
func idfOf(ps []profile) map[string]float64 {
	df := map[string]int{}
	for _, p := range ps {
		for f := range p.features {
			df[f]++
		}
	}
	idf := make(map[string]float64, len(df))
	for f, n := range df {
		if n > 1 {
			idf[f] = math.Log(float64(len(ps)+1) / float64(n+1))
		}
	}
	return idf
}

// apart: the two articles' news cannot be the same, by their dates: two
// publication days or two news days more than sameNews apart, or news
// dated after the other was published, or more than lateReport before.
func apart(a, b profile) bool {
	far := func(x, y, limit int) bool { return x != noDay && y != noDay && (x-y > limit || y-x > limit) }
	switch {
	case a.published != noDay && b.published != noDay:
		return far(a.published, b.published, sameNews)
	case a.news != noDay && b.news != noDay:
		return far(a.news, b.news, sameNews)
	}
	if a.published == noDay {
		a, b = b, a
	}
	if a.published == noDay || b.news == noDay {
		return false
	}
	return b.news > a.published+1 || a.published-b.news > lateReport
}

// agreement discounts two articles whose headlines both report news and
// neither reports the other's anywhere in its lede: "US orders staff to leave Mali" and "Mali shuts schools as
// blockade chokes the capital" share a lede's context, not their news.
func agreement(a, b profile) float64 {
	if len(a.headline) == 0 || len(b.headline) == 0 {
		return 1 // a headline whose news was not read says nothing
	}
	for f := range a.headline {
		if b.events[f] {
			return 1
		}
	}
	for f := range b.headline {
		if a.events[f] {
			return 1
		}
	}
	return disagree
}

// entityLike are the features an article in an unread language has too.
func entityLike(f string) bool { return !strings.HasPrefix(f, "e:") && !strings.HasPrefix(f, "t:") }

// cluster groups the profiles' articles into stories: the analysed ones
// by average linkage, then each unanalysed one with the story it is
// closest to (attached[i] is the group an unanalysed article joins, or
// -1; one that joins none is a group of its own). Groups are lists of
// indices into ps in increasing order.
func cluster(ps []profile) (groups [][]int, attached []int) {
	idf := idfOf(ps)
	full := make([]vector, len(ps))
	bare := make([]vector, len(ps)) // without events, to compare with unread articles
	for i, p := range ps {
		full[i] = newVector(p.features, idf, nil)
		bare[i] = newVector(p.features, idf, entityLike)
	}
	// Candidate pairs share a feature; a feature most articles have
	// weighs next to nothing and is not worth the pairs.
	common := max(20, len(ps)/5)
	index := map[string][]int{}
	for i, p := range ps {
		if !p.analysed {
			continue
		}
		for f := range full[i].w {
			index[f] = append(index[f], i)
		}
	}
	type edge struct {
		a, b int
		sim  float64
	}
	sims := map[[2]int]float64{}
	for _, ids := range index {
		if len(ids) > common {
			continue
		}
		for x, i := range ids {
			for _, j := range ids[x+1:] {
				k := [2]int{min(i, j), max(i, j)}
				if _, ok := sims[k]; !ok {
					sims[k] = cosine(full[i], full[j]) * agreement(ps[i], ps[j])
				}
			}
		}
	}
	var edges []edge
	for k, s := range sims {
		if s > 0 {
			edges = append(edges, edge{k[0], k[1], s})
		}
	}
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.sim, x.sim), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})

	members := map[int][]int{} // group root → its articles
	root := make([]int, len(ps))
	for i := range ps {
		root[i] = i
		members[i] = []int{i}
	}
	sim := func(i, j int) float64 { return sims[[2]int{min(i, j), max(i, j)}] }
	for _, e := range edges {
		ra, rb := root[e.a], root[e.b]
		if ra == rb || e.sim < joinAt {
			continue
		}
		sum, vetoed := 0.0, false
		for _, i := range members[ra] {
			for _, j := range members[rb] {
				sum += sim(i, j)
				vetoed = vetoed || apart(ps[i], ps[j])
			}
		}
		if vetoed || sum/float64(len(members[ra])*len(members[rb])) < joinAt {
			continue
		}
		keep, gone := min(ra, rb), max(ra, rb)
		for _, i := range members[gone] {
			root[i] = keep
		}
		members[keep] = append(members[keep], members[gone]...)
		slices.Sort(members[keep])
		delete(members, gone)
	}

	attached = make([]int, len(ps))
	for i, p := range ps {
		attached[i] = -1
		if p.analysed && root[i] == i {
			groups = append(groups, members[i])
		}
	}
	for i, p := range ps {
		if p.analysed {
			continue
		}
		best, bestSim := -1, attachAt
		for g, ids := range groups {
			sum, vetoed := 0.0, false
			for _, j := range ids {
				sum += cosine(bare[i], bare[j])
				vetoed = vetoed || apart(p, ps[j])
			}
			if s := sum / float64(len(ids)); !vetoed && s >= bestSim {
				best, bestSim = g, s
			}
		}
		if best < 0 {
			groups = append(groups, []int{i}) // stands alone, as its own story
			continue
		}
		attached[i] = best
	}
	return groups, attached
}
