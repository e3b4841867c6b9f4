package dates

import (
	"fmt"
	"regexp"
	"strconv"
)

// urlDates are the ways news sites write a publication date in an
// article's address: /2022/02/18/, /2022-02-18-, _20220131, /2022/08/.
var urlDates = []*regexp.Regexp{
	regexp.MustCompile(`[/_-]((?:19|20)\d\d)[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`),
	regexp.MustCompile(`[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`),
	regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/`),
}

// FromURL finds the publication date an article's address gives (YYYY-MM-DD
// or YYYY-MM), the first valid one; ok is false when it gives none.
func FromURL(url string) (string, bool) {
	if len(url) > 2048 {
		url = url[:2048] // an address, not a document
	}
	for _, re := range urlDates {
		for _, m := range re.FindAllStringSubmatch(url, -1) {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if len(m) == 4 {
				d, _ := strconv.Atoi(m[3])
				if validDate(y, mo, d) {
					return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
				}
				continue
			}
			return fmt.Sprintf("%04d-%02d", y, mo), true
		}
	}
	return "", false
}
