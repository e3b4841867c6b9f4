package gold

import (
	"slices"
	"strings"
)

// Stories scores story grouping pairwise: every two files of one gold
// story are a gold pair; every two files of one predicted story, its
// versions and the republications of them (duplicates), are a predicted
// pair. Related coverage is not part of a story: an article that reports
// a story's events only in passing is not a version of it. Only files of
// the gold count; a pair of files of two folders is never a gold pair.
type Stories struct {
	Total    StoryCount
	ByFolder map[string]StoryCount
	// Across is the predicted pairs that join files of two folders.
	Across int
	// Wrong and Missing list the spurious and missed pairs, for -v.
	Wrong, Missing [][2]string
}

// StoryCount is gold pairs, predicted pairs and the pairs in both.
type StoryCount struct{ Gold, Predicted, Common int }

func (c StoryCount) Precision() float64 { return ratio(c.Common, c.Predicted) }
func (c StoryCount) Recall() float64    { return ratio(c.Common, c.Gold) }

func scoreStories(g *Gold, x *Export, inGold map[string]bool) Stories {
	s := Stories{ByFolder: map[string]StoryCount{}}
	folderOf := map[string]string{}
	gold := map[[2]string]bool{}
	for _, f := range g.Folders {
		for _, file := range f.Files {
			folderOf[file] = f.Path
		}
		for _, group := range f.Stories {
			for _, p := range pairs(group) {
				gold[p] = true
			}
		}
	}
	files := map[string]string{}
	for _, a := range x.Articles {
		files[a.ID] = a.File
	}
	predicted := map[[2]string]bool{}
	for _, st := range x.Stories {
		var group []string
		for _, id := range slices.Concat(st.Versions, st.Duplicates) {
			if f := files[id]; inGold[f] {
				group = append(group, f)
			}
		}
		for _, p := range pairs(group) {
			predicted[p] = true
		}
	}
	bump := func(folder string, c StoryCount) {
		x := s.ByFolder[folder]
		x.Gold += c.Gold
		x.Predicted += c.Predicted
		x.Common += c.Common
		s.ByFolder[folder] = x
		s.Total.Gold += c.Gold
		s.Total.Predicted += c.Predicted
		s.Total.Common += c.Common
	}
	for _, p := range sortedPairs(gold) {
		c := StoryCount{Gold: 1}
		if predicted[p] {
			c.Predicted, c.Common = 1, 1
		} else {
			s.Missing = append(s.Missing, p)
		}
		bump(folderOf[p[0]], c)
	}
	for _, p := range sortedPairs(predicted) {
		if gold[p] {
			continue
		}
		s.Wrong = append(s.Wrong, p)
		if a, b := folderOf[p[0]], folderOf[p[1]]; a != b {
			s.Across++
			s.Total.Predicted++
			continue
		}
		bump(folderOf[p[0]], StoryCount{Predicted: 1})
	}
	return s
}

// pairs is every two distinct files of a group, each pair in order.
func pairs(group []string) [][2]string {
	var out [][2]string
	for i, a := range group {
		for _, b := range group[i+1:] {
			switch {
			case a < b:
				out = append(out, [2]string{a, b})
			case b < a:
				out = append(out, [2]string{b, a})
			}
		}
	}
	return out
}

func sortedPairs(m map[[2]string]bool) [][2]string {
	var out [][2]string
	for p := range m {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b [2]string) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	})
	return out
}
