// Package copies finds the articles that republish another's text, by
// shared shingles (near-duplicates) or by one text holding the other
// (an excerpt, a cut-off republication), so that a story shows a copy as a copy rather than as a
// version of its own.
package copies

import (
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/fold"
)

// Near-duplicates: a republished article differs from its original by a
// headline, a sentence or its page residue. Articles are compared by the
// sets of their word 5-grams (shingles); MinHash signatures and
// locality-sensitive hashing find the candidate pairs without comparing
// every article with every other, so a corpus of tens of thousands stays
// cheap.
const (
	shingleSize    = 5
	minhashes      = 64
	lshBands       = 16 // of minhashes/lshBands rows each
	duplicateShare = 0.8
	// containedShare is the share of the shorter text's shingles the
	// longer must hold for the shorter to be an excerpt of it (or the
	// longer to extend it): an opening republished and cut off shares
	// few shingles of the whole, but all of its own.
	containedShare = 0.8
	// sampleEvery: one shingle in this many (by hash) indexes the
	// containment candidates, so a short excerpt still shares several.
	sampleEvery = 4
	// crowded is how many articles a sampled shingle may be in before
	// it is boilerplate ("all rights reserved") and indexes nothing.
	crowded = 50
)

// shingles are the hashes of an article's word 5-grams, sorted and
// distinct (a sorted slice compares by merging, far cheaper than maps).
func shingles(a *dataset.Article) []uint64 {
	var words []string
	for _, p := range a.Paragraphs {
		if p.Kind == dataset.KindTitle {
			continue // a republisher rewrites the headline first
		}
		for _, t := range fold.Tokens(p.Text) {
			words = append(words, t.Key)
		}
	}
	set := make([]uint64, 0, max(0, len(words)-shingleSize+1))
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(words); i++ {
		h.Reset()
		h.Write([]byte(strings.Join(words[i:i+shingleSize], " ")))
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// minhash is the signature of a shingle set: for each of a fixed family of
// hash functions, the smallest hash of any shingle.
func minhash(set []uint64) [minhashes]uint64 {
	var sig [minhashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range set {
		for i := range sig {
			// A cheap, fixed family: multiply-xorshift with per-function seeds.
			x := s ^ (uint64(i+1) * 0x9E3779B97F4A7C15)
			x ^= x >> 33
			x *= 0xFF51AFD7ED558CCD
			x ^= x >> 33
			if x < sig[i] {
				sig[i] = x
			}
		}
	}
	return sig
}

// jaccard is the share of shingles two sorted sets have in common.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := common(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// containment is the share of the smaller set's shingles the larger has.
func containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(common(a, b)) / float64(min(len(a), len(b)))
}

// common counts the shingles two sorted sets share.
func common(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Mark sets DuplicateOf on every article that republishes an
// earlier one (earlier by publication date, then by file), and returns a
// diagnostic for each so the build report says so.
func Mark(articles []dataset.Article) []dataset.Diagnostic {
	sets := make([][]uint64, len(articles))
	index := make(map[string]int, len(articles))
	buckets := map[string][]int{}
	for i := range articles {
		index[articles[i].ID] = i
		sets[i] = shingles(&articles[i])
		if len(sets[i]) < 10 {
			continue // too short to call a copy
		}
		sig := minhash(sets[i])
		rows := minhashes / lshBands
		for b := range lshBands {
			var key [8*minhashes/lshBands + 1]byte
			key[0] = byte(b)
			for r := range rows {
				binary.LittleEndian.PutUint64(key[1+8*r:], sig[b*rows+r])
			}
			buckets[string(key[:])] = append(buckets[string(key[:])], i)
		}
	}
	pairs := map[[2]int]bool{}
	// Containment: articles that share sampled shingles.
	sampled := map[uint64][]int{}
	for i, set := range sets {
		if len(set) < 10 {
			continue
		}
		for _, h := range set {
			if h%sampleEvery == 0 {
				sampled[h] = append(sampled[h], i)
			}
		}
	}
	shared := map[[2]int]int{}
	for _, ids := range sampled {
		if len(ids) > crowded {
			continue
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				shared[[2]int{ids[x], ids[y]}]++
			}
		}
	}
	for p, n := range shared {
		if n >= 2 {
			pairs[p] = true
		}
	}
	for _, ids := range buckets {
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				pairs[[2]int{ids[x], ids[y]}] = true
			}
		}
	}
	// published is a date a sidecar gives: one inferred from the text is
	// a lower bound, which an excerpt's first lines can make earlier.
	published := func(i int) string {
		if articles[i].Meta.PublishedInferred {
			return ""
		}
		return articles[i].Meta.Published
	}
	// earlier: is i the original of j? The earlier published; without
	// dates, for an excerpt the text it was cut from, else the first file.
	earlier := func(i, j int, contained bool) bool {
		pi, pj := published(i), published(j)
		if pi != pj && pi != "" && pj != "" {
			return pi < pj
		}
		if contained && len(sets[i]) != len(sets[j]) {
			return len(sets[i]) > len(sets[j])
		}
		return articles[i].File < articles[j].File
	}
	var keys [][2]int
	for p := range pairs {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	var diags []dataset.Diagnostic
	for _, p := range keys {
		i, j := p[0], p[1]
		jac, con := jaccard(sets[i], sets[j]), containment(sets[i], sets[j])
		if jac < duplicateShare && con < containedShare {
			continue
		}
		if earlier(j, i, jac < duplicateShare) {
			i, j = j, i
		}
		for articles[i].DuplicateOf != "" { // a copy of a copy is a copy of the original
			i = index[articles[i].DuplicateOf]
		}
		if articles[j].DuplicateOf != "" || i == j {
			continue
		}
		articles[j].DuplicateOf = articles[i].ID
		how := "republishes " + articles[i].File + " with small changes"
		switch {
		case jac >= duplicateShare:
		case len(sets[j]) < len(sets[i]):
			how = "republishes an excerpt of " + articles[i].File + " (its text is contained in it)"
		default:
			how = "republishes " + articles[i].File + " whole, with more text (it contains it)"
		}
		diags = append(diags, dataset.Diagnostic{
			File: articles[j].File, Severity: dataset.Warning, Code: "near-duplicate",
			Message: how + "; shown as a copy of it, not as a version of its own",
		})
	}
	return diags
}
