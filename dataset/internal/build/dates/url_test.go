package dates

import "testing"

func TestFromURL(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.africanews.com/2022/02/18/mali-asks-france/", "2022-02-18"},
		{"https://www.rfi.fr/pt/mundo/20220131-embaixador-expulso", "2022-01-31"},
		{"https://example.com/news/2024-11-28-chad-ends-defence-pact.html", "2024-11-28"},
		{"https://example.org/2023/08/coup-in-niger", "2023-08"},
		{"https://example.org/articles/443274.burkina-faso.html", ""}, // an id, not a date
		{"https://example.org/2023/02/30/impossible/", "2023-02"},     // no 30 February: the month still holds
		{"https://example.org/p/12345678", ""},
		{"", ""},
	} {
		got, ok := FromURL(tc.url)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("FromURL(%q) = %q, %v; want %q", tc.url, got, ok, tc.want)
		}
	}
}
