// Opens the one-file edition (dist/parallax.html) from disk in Firefox and
// goes through every view, as app/e2e/single_test.go does in Chromium.
// Run by `make single-firefox` (not part of make test: it needs Firefox and
// the puppeteer-core that `make audit` installs in .cache/audit).
//
//   node tools/firefox/single.js FILE PUPPETEER_DIR [SHOTS_DIR]
const path = require("path");
const [file, tools, shots] = process.argv.slice(2);
const puppeteer = require(path.resolve(tools, "node_modules", "puppeteer-core"));

function check(ok, what) {
  if (!ok) {
    throw new Error(what);
  }
  console.log("ok:", what);
}

(async () => {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(e.message));
    const shot = async (name) => shots && page.screenshot({ path: path.join(shots, name + ".png") });

    await page.goto("file://" + path.resolve(file));
    await page.waitForFunction(() => !document.getElementById("app-wasm-loader"), { timeout: 60000 });
    console.log(await page.evaluate(() => navigator.userAgent));
    const langs = await page.evaluate(() => [...document.querySelectorAll("li.card[data-article]")].map((li) => li.dataset.lang));
    check(langs.length > 0, `home lists ${langs.length} articles (${langs})`);
    await shot("home");

    await page.click("li.story-card h3 a");
    await page.waitForFunction(() => location.hash.startsWith("#/story/") && document.querySelector("table.compare thead th.col"), { timeout: 20000 });
    const cols = await page.evaluate(() => document.querySelectorAll("table.compare thead th.col").length);
    check(cols >= 1, `a story compares ${cols} version(s)`);
    await shot("story");

    await page.click('nav a[href="#/events"]');
    await page.waitForFunction(() => location.hash.startsWith("#/events") && document.getElementById("count"), { timeout: 20000 });
    const total = await page.evaluate(() => +document.getElementById("count").dataset.count);
    await page.click("fieldset[data-facet=lang] input[type=checkbox]");
    await page.waitForFunction((t) => +document.getElementById("count").dataset.count !== t, { timeout: 20000 }, total);
    const [n, hash] = await page.evaluate(() => [+document.getElementById("count").dataset.count, location.hash]);
    check(n > 0 && n < total && hash.includes("lang="), `a language filter narrows ${total} events to ${n} (${hash})`);
    await shot("events");

    await page.evaluate(() => { location.hash = "#/"; });
    await page.waitForFunction(() => document.querySelector("li.card[data-lang=ar] h3 a"), { timeout: 20000 });
    await page.click("li.card[data-lang=ar] h3 a");
    await page.waitForFunction(() => location.hash.startsWith("#/article/") && document.querySelector("article.reader"), { timeout: 20000 });
    const [dir, lang, paras] = await page.evaluate(() => {
      const h = document.querySelector("h1.reader-title");
      return [h.getAttribute("dir"), h.getAttribute("lang"), document.querySelectorAll("div.text p.para").length];
    });
    check(dir === "rtl" && lang === "ar" && paras > 0, `an Arabic article reads right to left (${paras} paragraphs)`);
    await page.evaluate(() => document.fonts.ready);
    const arabic = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Parallax Arabic") && f.status === "loaded"));
    check(arabic, "the bundled Arabic font is loaded");
    await shot("article");
    check(problems.length === 0, `no script errors ${problems.length ? problems.join("; ") : ""}`);
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error("single-firefox: FAIL:", e.message);
  process.exit(1);
});
