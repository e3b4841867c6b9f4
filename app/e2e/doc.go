// Package e2e holds the browser end-to-end tests: they drive Debian's
// Chromium with chromedp against the generated static site in dist/.
package e2e
