# Parallax: `make run` builds and serves the explorer, `make test` runs every test.
# Set-up on a fresh Debian machine is done here: Go from go.mod's toolchain,
# Chromium from apt when the browser tests need it.

SEEDS ?= seeds
PORT  ?= 8080
BASE  ?= /
OUT   ?= parallax.json
GO    ?= go
# mkdataset's flags, e.g. DATASETFLAGS="-langs en,fr,ar -strict" (see README).
DATASETFLAGS ?=

DATASET := dataset/data/parallax.bin
WASM    := web/app.wasm
DIST    := dist
# Every Go source the wasm or the site generator is built from.
GO_SRC  := $(shell find app dataset -name '*.go' -not -name '*_test.go' -not -path '*/testdata/*') go.mod go.sum
WEB_SRC := $(shell find web -type f -not -name app.wasm)
# Scripts the site generator embeds (the service worker, the on-demand start).
SITE_SRC := $(wildcard app/site/*.js)

# Fuzzing: seconds per target in `make test`, longer in `make fuzz`.
FUZZTIME      ?= 20000x
FUZZTIME_LONG ?= 2m
# A new interesting input is minimised for at most this many runs in
# fuzz-short (Go's default is 60 s each, which FuzzArticle, running the
# whole extractor, would spend on every one).
FUZZMINIMIZE  ?= 200x

.PHONY: run site site-sub site-hostile site-compare single single-firefox audit bench bench-tools hostile-times dataset wasm export eval test vet unit fuzz fuzz-short e2e wasm-guard golden chromium clean help

help:
	@echo "make run      build the dataset, the wasm and the site, and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test     vet, unit and golden tests, short fuzzing, the wasm import guard, browser tests"
	@echo "make site     write the static site to $(DIST)/ (SEEDS=dir BASE=/prefix/)"
	@echo "make single   write dist/parallax.html, the whole explorer in one file that opens from disk"
	@echo "make export   write the dataset as JSON (SEEDS=dir OUT=file.json)"
	@echo "make eval     precision and recall of event extraction per language and type (GOLD=dir: on annotated real articles)"
	@echo "make audit    Lighthouse and axe-core on the built site, summary in docs/audit.md"
	@echo "make single-firefox  open the one-file edition in Firefox and go through every view"
	@echo "make hostile-times  build each hostile input shape alone at 1 and 2 MB and compare with prose (docs/hostile-input.md)"
	@echo "make bench    scale benchmarks at 100 to 10,000 generated articles (about 30 minutes on 2 cores)"
	@echo "make fuzz     fuzz every parser and decoder for $(FUZZTIME_LONG) each"
	@echo "make golden   rewrite golden files from the current output (read the diff)"
	@echo "make clean    remove everything the build wrote"

run: site
	$(GO) run ./app serve -dir $(DIST) -addr 127.0.0.1:$(PORT) -base $(BASE)

site: $(DIST)/index.html

# The same site for hosting under a path prefix, as the browser tests check
# it (`make site BASE=/repo/` writes dist/ for your own prefix).
SUB_BASE := /parallax/sub/
site-sub: $(DIST)-sub/index.html

$(DIST)-sub/index.html: $(WASM) $(WEB_SRC) $(SITE_SRC) $(GO_SRC)
	$(GO) run ./app generate -out $(DIST)-sub -web web -base $(SUB_BASE)

# The site is rebuilt when the wasm, the web files or the generator change.
$(DIST)/index.html: $(WASM) $(WEB_SRC) $(SITE_SRC) $(GO_SRC)
	$(GO) run ./app generate -out $(DIST) -web web -base $(BASE)

# The hostile corpus (tools/hostile: markup, script, quotes, bidi controls and
# bad URLs in titles, outlets, authors, URLs and file names) built into a site
# of its own, for the browser tests' injection checks.
site-hostile: $(DIST)-hostile/index.html

$(DIST)-hostile/index.html: $(WEB_SRC) $(SITE_SRC) $(GO_SRC) $(wildcard tools/hostile/*.go tools/hostilesite/*.go)
	$(GO) run ./tools/hostilesite -out $(DIST)-hostile -work .cache/hostile

# A small hand-written corpus (app/e2e/testdata/compare: one story in
# English and French, a version in Italian that is not analysed, an excerpt
# copy, unrelated articles) built into a site of its own, for the browser
# tests of the comparison's cell states, copies and column heads.
COMPARE_CORPUS := app/e2e/testdata/compare
site-compare: $(DIST)-compare/index.html

$(DIST)-compare/index.html: $(WEB_SRC) $(SITE_SRC) $(GO_SRC) $(wildcard $(COMPARE_CORPUS)/*) tools/hostilesite/main.go
	$(GO) run ./tools/hostilesite -corpus $(COMPARE_CORPUS) -langs en,fr,it -out $(DIST)-compare -work .cache/compare

# The one-file edition: dist/parallax.html opens from disk by double-click.
single: $(DIST)/parallax.html

$(DIST)/parallax.html: $(DIST)/index.html
	$(GO) run ./app single -out $@ -web web

dataset: $(DATASET)

# The dataset is rebuilt whenever the corpus changes in any way: a file
# added (whatever its mtime), removed, renamed or edited, a link changed,
# SEEDS or DATASETFLAGS pointed elsewhere. $(CORPUS_LIST) lists the
# corpus (every entry's name, type, size, mtime and link target, and a
# checksum of all contents); it is written at every make but replaced only
# when it differs, so an unchanged corpus leaves the dataset alone and
# `make run` stays fast. No corpus file is a make prerequisite, so any
# file name works (spaces, ':', ';').
CORPUS_LIST ?= .cache/corpus.list

$(DATASET): $(CORPUS_LIST) $(GO_SRC)
	$(GO) run ./dataset/cmd/mkdataset -seeds '$(SEEDS)' -out $@ $(DATASETFLAGS)

$(CORPUS_LIST): FORCE
	@mkdir -p .cache
	@{ printf 'seeds %s\nflags %s\n' "$$(cd '$(SEEDS)' 2>/dev/null && pwd -P || echo 'missing: $(SEEDS)')" '$(DATASETFLAGS)'; \
	  LC_ALL=C find '$(SEEDS)' -mindepth 1 -printf '%P\t%y\t%s\t%T@\t%l\0' 2>/dev/null | LC_ALL=C sort -z | tr '\0' '\n'; \
	  LC_ALL=C find '$(SEEDS)' -type f -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0r cat -- 2>/dev/null | cksum; } > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

# FORCE has no recipe: what depends on it is remade at every make.
FORCE:

wasm: $(WASM)

$(WASM): $(DATASET) $(GO_SRC)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $@ ./app

export:
	$(GO) run ./dataset/cmd/mkdataset -seeds '$(SEEDS)' -json '$(OUT)' $(DATASETFLAGS)

# Precision and recall of the event extractor on the hand-written corpus
# in dataset/internal/eval/cases/testdata (EVALFLAGS=-v lists misses).
# With GOLD=DIR, on a folder of real articles annotated with gold.json
# files (docs/evaluation.md): the articles the gold covers (with their
# sidecars, without the annotators' notes) are copied to .cache/eval/corpus,
# built exactly as `make site` builds SEEDS (merge and stories included),
# and the JSON export is scored.
GOLD ?=
eval:
ifeq ($(GOLD),)
	$(GO) run ./dataset/cmd/evaluate $(EVALFLAGS)
else
	@rm -rf .cache/eval/corpus && mkdir -p .cache/eval
	$(GO) run ./dataset/cmd/evaluate -gold $(GOLD) -stage .cache/eval/corpus
	$(GO) run ./dataset/cmd/mkdataset -seeds .cache/eval/corpus -json .cache/eval/gold.json -q -debug $(DATASETFLAGS)
	$(GO) run ./dataset/cmd/evaluate -gold $(GOLD) -export .cache/eval/gold.json $(EVALFLAGS)
endif

# ---------------------------------------------------------------- tests

test: vet unit fuzz-short e2e
	@echo "make test: all passed"

# staticcheck, pinned, is installed into .cache/bin on first use.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := .cache/bin/staticcheck-$(STATICCHECK_VERSION)

vet: $(DATASET) $(STATICCHECK)
	@unformatted=$$(gofmt -l app dataset tools *.go); if [ -n "$$unformatted" ]; then \
		echo "gofmt: these files are not formatted (gofmt -w them):"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./dataset ./dataset/fold ./dataset/eventtype
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./app/... ./dataset ./dataset/fold ./dataset/eventtype

$(STATICCHECK):
	@mkdir -p .cache/bin
	GOBIN=$(abspath .cache/bin) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) \
		|| { echo "staticcheck: go install failed (it needs the Go module proxy)"; exit 1; }
	mv .cache/bin/staticcheck $@

unit: $(DATASET)
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /app/e2e)

# The import policy: deps_test.go states which package may import which,
# and that the wasm never links lingua-go (135 MB of models) nor the build
# stages. It runs in `unit` too; this target runs it alone.
wasm-guard: $(DATASET)
	$(GO) test -count=1 -run '^(TestImportPolicy|TestWasmImportGraph)$$' .

# Rewrite the golden files from the current output; read the diff after.
golden: $(DATASET)
	$(GO) test -count=1 -run Golden ./dataset/internal/build/ ./dataset/internal/eval/gold/ -update

FUZZ_TARGETS = \
	./dataset:FuzzDecode \
	./dataset/fold:FuzzTokens \
	./dataset/internal/build/read:FuzzRead \
	./dataset/internal/build/read:FuzzParseMeta \
	./dataset/internal/build/segment:FuzzSentences \
	./dataset/internal/build/markdown:FuzzMarkdown \
	./dataset/internal/build/htmltext:FuzzHTML \
	./dataset/internal/build/gazetteer:FuzzFind \
	./dataset/internal/build:FuzzArticle \
	./dataset/internal/eval/cases:FuzzParse \
	./dataset/internal/eval/gold:FuzzParse

fuzz-short: $(DATASET)
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg > .cache/fuzz.log 2>&1 || { cat .cache/fuzz.log; exit 1; }; \
	done

fuzz: $(DATASET)
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn ($(FUZZTIME_LONG))"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME_LONG) $$pkg || exit 1; \
	done

# Browser tests drive Debian's Chromium against the built site.
# CHROMIUM=/path/to/chrome picks another browser.
e2e: chromium site site-sub single site-hostile site-compare
	$(GO) test -count=1 ./app/e2e/

chromium:
	@if [ -z "$$CHROMIUM" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "chromium: not found, installing Debian's chromium with apt-get"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null \
			|| { echo "chromium: apt-get install failed"; exit 1; }; \
		else \
			echo "chromium: the browser tests need Chromium. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM=/path/to/chrome"; \
			exit 1; \
		fi; \
	fi

# Lighthouse and axe-core audits of the built site (not part of make test:
# they take minutes). The npm tools are installed in .cache/audit.
# AUDITFLAGS="-runs 5" audits each page five times (the median is kept).
AUDIT_TOOLS := .cache/audit
AUDITFLAGS  ?= -runs 3
audit: chromium site $(AUDIT_TOOLS)/node_modules/.bin/lighthouse
	$(GO) run ./tools/audit -dist $(DIST) -tools $(AUDIT_TOOLS) -out docs/audit.md $(AUDITFLAGS)

$(AUDIT_TOOLS)/node_modules/.bin/lighthouse:
	@command -v npm >/dev/null || { echo "audit: npm is needed (Debian: apt-get install npm)"; exit 1; }
	mkdir -p $(AUDIT_TOOLS)
	cd $(AUDIT_TOOLS) && { test -f package.json || npm init -y >/dev/null; } && npm install --no-audit --no-fund lighthouse@12 axe-core@4

# The one-file edition in Firefox (not part of make test: it needs Debian's
# firefox-esr and the puppeteer-core that comes with the audit tools).
# Screenshots go to .cache/single-firefox/.
single-firefox: single $(AUDIT_TOOLS)/node_modules/.bin/lighthouse
	$(call apt-install,firefox-esr,firefox-esr)
	mkdir -p .cache/single-firefox
	node tools/firefox/single.js $(DIST)/parallax.html $(AUDIT_TOOLS) .cache/single-firefox

# Each hostile input shape (dataset/internal/hostile) at 1 MB and 2 MB,
# built alone with mkdataset beside ordinary prose of the same size: wall
# and CPU seconds, ratios to prose, and what the report dropped. Not part
# of make test (about 15 minutes on 2 cores); docs/hostile-input.md keeps
# the figures. HOSTILEFLAGS="-shapes iso-dates,md-tags" times a few.
HOSTILE_TIMES := .cache/hostile-times
HOSTILEFLAGS  ?=
hostile-times:
	mkdir -p $(HOSTILE_TIMES)
	$(GO) build -o $(HOSTILE_TIMES)/mkdataset ./dataset/cmd/mkdataset
	@for size in 1000000 2000000; do \
		echo "size $$size"; \
		$(GO) run ./dataset/cmd/genhostile -out $(HOSTILE_TIMES)/$$size -size $$size -time \
			-mkdataset $(HOSTILE_TIMES)/mkdataset -timeout 300s $(HOSTILEFLAGS) | tee $(HOSTILE_TIMES)/$$size.md || exit 1; \
	done

# Scale benchmarks, not part of make test (about 30 minutes on 2 cores):
# corpora of 100, 1,000 and 10,000 generated articles (dataset/cmd/gencorpus),
# build throughput and peak memory, dataset and wasm sizes, start-up in
# Chromium against a go-app hello world built the same way, and query
# latency natively and in wasm. The report is printed and written to
# .cache/bench/report.md; docs/performance.md keeps the figures.
# BENCHFLAGS="-sizes 100,1000 -runs 3" makes a quicker run.
bench: chromium bench-tools $(DATASET)
	GO=$(GO) $(GO) run ./tools/benchscale -out .cache/bench $(BENCHFLAGS)

# brotli and gzip measure compressed sizes; Node runs the wasm benchmarks.
bench-tools:
	$(call apt-install,brotli,brotli)
	$(call apt-install,gzip,gzip)
	$(call apt-install,node,nodejs)

# apt-install,COMMAND,PACKAGE installs a Debian package when the command is
# missing and we are root, or says what to install.
define apt-install
	@if ! command -v $(1) >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "$(1): not found, installing Debian's $(2) with apt-get"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null \
			|| { echo "$(1): apt-get install failed"; exit 1; }; \
		else \
			echo "$(1): this target needs it (Debian: sudo apt-get install $(2))"; exit 1; \
		fi; \
	fi
endef

clean:
	rm -rf $(DIST) $(DIST)-sub $(DIST)-hostile $(DIST)-compare $(DATASET) $(WASM) .cache
