package extract

import (
	"strconv"
)

func isCount(k *Kit, key string) bool {
	if _, ok := k.numbers[key]; ok {
		return true
	}
	_, err := strconv.Atoi(key)
	return err == nil
}

// roleCues are the cues that mark an actor's role from next to it.
var roleCues = []string{"with", "from", "in", "against", "to", "passive"}

// conditional is a cue and ending kind: "would", "retirerait", "würde".
const conditional = "conditional"
