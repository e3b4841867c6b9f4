package extract

import (
	"strconv"
)

// genitives link a group to what it belongs to: "fighters of JNIM".
var genitives = map[string]bool{"of": true, "de": true, "du": true, "des": true, "d": true, "del": true, "von": true, "vom": true, "من": true}

var articles = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true, "l": true, "el": true, "los": true, "las": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "its": true, "their": true, "his": true, "her": true,
	"lo": true, "su": true, "sus": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true,
	"sein": true, "seine": true, "seinen": true, "ihr": true, "ihre": true, "ihren": true}

func isCount(k *Kit, key string) bool {
	if _, ok := k.numbers[key]; ok {
		return true
	}
	_, err := strconv.Atoi(key)
	return err == nil
}

// hindiGenitive are the postpositions of possession: «माली के दो राजनयिक».
var hindiGenitive = map[string]bool{"के": true, "की": true, "का": true}

// roleCues are the cues that mark an actor's role from next to it.
var roleCues = []string{"with", "from", "in", "against", "to", "passive"}

// determiners before a participle used as an adjective: "the detained
// employee", "der festgenommene Franzose".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true}

// stateVerbs: a deployment in place, told as a state ("troops stationed
// there", "die dort stationiert sind"), is not the act of deploying.
var copulas = map[string]bool{"sind": true, "ist": true, "waren": true, "war": true}

// conditional is a cue and ending kind: "would", "retirerait", "würde".
const conditional = "conditional"

// connectives make what follows a circumstance, not the subject's act.
var connectives = map[string]bool{
	"after": true, "following": true, "before": true, "amid": true, "over": true, "since": true, "as": true,
	"response": true, "retaliation": true, "reponse": true, "represailles": true, "respuesta": true, "represalia": true,
	"reaktion": true, "ردا": true, "رد": true, "جواب": true, "जवाब": true,
	"apres": true, "suite": true, "avant": true, "depuis": true, "lors": true,
	"tras": true, "despues": true, "antes": true, "desde": true,
	"nach": true, "vor": true, "seit": true, "wegen": true, "nachdem": true,
	"بعد": true, "قبل": true, "منذ": true, "اثر": true, "عقب": true, "اعقاب": true, "على": true,
	"बाद": true, "पहले": true,
}

// conjunctions join co-ordinated actors: "Mali and Russia", «مالي وروسيا».
var conjunctions = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true, "और": true, "तथा": true, "एवं": true, "و": true}

// arabicRelatives are the relative pronouns: «الذي», «التي», «الذين».
var arabicRelatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللذان": true, "اللتين": true, "اللتان": true, "اللواتي": true, "اللاتي": true}

// arabicAuxiliaries may stand between a relative pronoun and its verb:
// «التي كانت تهدد», «الذي قد».
var arabicAuxiliaries = map[string]bool{"كان": true, "كانت": true, "كانوا": true, "قد": true, "لا": true, "ما": true, "لم": true, "ظل": true, "ظلت": true}
