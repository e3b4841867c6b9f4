package gold

// compatible says whether a predicted event can stand for a gold one in an
// article they share: a type the gold accepts, dates that agree where both
// are known, and one actor in common.
func compatible(g *Event, p *Prediction, keys []map[string]bool) bool {
	typeOK := false
	for _, t := range g.Types {
		typeOK = typeOK || t == p.Type
	}
	if !typeOK || !agree(g.date, p.date) {
		return false
	}
	for _, k := range keys {
		for name := range k {
			if g.keys[name] {
				return true
			}
		}
	}
	return false
}

// closeness orders the predictions compatible with one gold event: its
// best type first, then an exact date. It breaks ties among maximum
// matchings; it never makes one smaller.
func closeness(g *Event, p *Prediction) int {
	c := 0
	if p.Type == g.Types[0] {
		c += 2
	}
	if exact(g.date, p.date) {
		c++
	}
	return c
}

// maxMatching pairs left nodes with right ones along edges, each node at
// most once, as many pairs as can be (Kuhn's augmenting paths). edges[l]
// lists l's right nodes, preferred first; left nodes are served in order,
// so the result is the same for the same input. It returns each left
// node's right node, or -1.
func maxMatching(edges [][]int, right int) []int {
	ofRight := make([]int, right)
	for i := range ofRight {
		ofRight[i] = -1
	}
	ofLeft := make([]int, len(edges))
	for l := range edges {
		ofLeft[l] = -1
		seen := make([]bool, right)
		var augment func(l int) bool
		augment = func(l int) bool {
			for _, r := range edges[l] {
				if seen[r] {
					continue
				}
				seen[r] = true
				if ofRight[r] < 0 || augment(ofRight[r]) {
					ofRight[r], ofLeft[l] = l, r
					return true
				}
			}
			return false
		}
		augment(l)
	}
	return ofLeft
}
