
// -----------------------------------------------------------------------------
// Parallax: start the app on demand (appended to go-app's app.js by the site
// generator, which also takes out go-app's own immediate start).
//
// Every page is prerendered whole and its links are plain links to other
// prerendered pages, so reading needs no WebAssembly. Starting the wasm costs
// a 1.7 MB download and a few hundred milliseconds of main-thread work on a
// fast machine (compiling on first call, then go-app mounting a new copy of
// the page), which on a phone is seconds of an unresponsive page. So it starts
// only when the page needs it:
//   - the document is not the page its URL names (the service worker's offline
//     fallback, a host that rewrites every path to index.html), or the URL
//     holds state the prerendered page does not show (/events?lang=ar);
//   - a new version is installed: the app shows the update notice;
//   - the reader reaches for a control: focus or a press on a button, field
//     or label, or a key that is not for moving through links, following one
//     or scrolling.
// A reader who moves the pointer or scrolls starts it in the background, when
// the browser is idle.
// A click on a control that comes before the app runs is held and replayed on
// the same element of the app's page, which go-app renders identical to the
// prerendered one (app/e2e checks it), and so are keys that are not typing
// into a field; text typed meanwhile, the focus, opened or closed <details>
// and boxes scrolled carry over.
// -----------------------------------------------------------------------------
const parallax = (() => {
  let starting = null;
  let started = () => { };
  let running = false;
  const held = []; // element paths of clicks to replay
  const heldKeys = []; // keys to replay: element path (null: the page) and the key
  // Whether each <details> was open as prerendered: a toggle sets or removes
  // its open attribute, so the attribute cannot tell.
  const prerendered = new WeakMap();
  for (const d of document.querySelectorAll("details")) {
    prerendered.set(d, d.open);
  }
  const presence = ["pointermove", "wheel", "scroll", "touchstart"];
  const controls = "button, input, select, textarea, label, summary, [role=button], [role=tab]";
  const clickable = "button, input[type=checkbox], input[type=radio], input[type=button], input[type=submit], input[type=reset], label, [role=button], [role=tab]";

  function root() {
    return document.body.firstElementChild;
  }

  // pathOf is el's position under the page's root, child index by child
  // index; null when el is not in the page.
  function pathOf(el) {
    const top = root();
    if (!el || !top || !top.contains(el)) {
      return null;
    }
    const path = [];
    for (let n = el; n !== top; n = n.parentElement) {
      path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    }
    return path;
  }

  function at(top, path) {
    let n = top;
    for (const i of path) {
      n = n && n.children[i];
    }
    return n || null;
  }

  function isTextField(el) {
    return (el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|reset|image|file|range|color)$/.test(el.type)) ||
      el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
  }

  function start() {
    if (!starting) {
      document.documentElement.classList.add("parallax-starting");
      starting = new Promise((resolve) => {
        started = resolve;
      });
      goappInitWebAssembly();
    }
    return starting;
  }

  // snapshot is what the reader did to the prerendered page, taken right
  // before go-app replaces it.
  function snapshot() {
    const top = root();
    const s = { root: top, focus: pathOf(document.activeElement), fields: [], details: [], scrolled: [], x: scrollX, y: scrollY };
    const el = document.activeElement;
    if (s.focus && isTextField(el) && typeof el.selectionStart === "number") {
      s.selection = [el.selectionStart, el.selectionEnd];
    }
    if (top) {
      for (const f of top.querySelectorAll("input, textarea, select")) {
        if (isTextField(f) && f.value !== (f instanceof HTMLSelectElement ? f.value : f.defaultValue)) {
          s.fields.push({ path: pathOf(f), value: f.value });
        }
      }
      for (const d of top.querySelectorAll("details")) {
        if (d.open !== (prerendered.get(d) || false)) {
          s.details.push({ path: pathOf(d), open: d.open });
        }
      }
      for (const el of top.querySelectorAll("*")) {
        if (el.scrollLeft !== 0 || el.scrollTop !== 0) {
          s.scrolled.push({ path: pathOf(el), left: el.scrollLeft, top: el.scrollTop });
        }
      }
    }
    return s;
  }

  // appRoot resolves once go-app has put its own root in place of the
  // prerendered one, which it may do after go.run returns.
  function appRoot(old) {
    return new Promise((resolve) => {
      if (root() !== old) {
        resolve();
        return;
      }
      const seen = new MutationObserver(() => {
        if (root() !== old) {
          seen.disconnect();
          resolve();
        }
      });
      seen.observe(document.body, { childList: true });
      setTimeout(() => {
        seen.disconnect();
        resolve();
      }, 5000);
    });
  }

  // restore applies a snapshot to the app's page once it is there, then
  // replays held clicks and keys.
  function restore(s) {
    running = true;
    appRoot(s.root).then(() => apply(s));
  }

  function apply(s) {
    const top = root();
    for (const f of s.fields) {
      const el = at(top, f.path);
      if (el && "value" in el && el.value !== f.value) {
        el.value = f.value;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    for (const d of s.details) {
      const el = at(top, d.path);
      if (el) {
        el.open = d.open;
      }
    }
    for (const b of s.scrolled) {
      const el = at(top, b.path);
      if (el) {
        el.scrollLeft = b.left;
        el.scrollTop = b.top;
      }
    }
    if (scrollX !== s.x || scrollY !== s.y) {
      scrollTo(s.x, s.y);
    }
    const focus = s.focus && at(top, s.focus);
    if (focus && typeof focus.focus === "function") {
      focus.focus({ preventScroll: true });
      if (s.selection && typeof focus.setSelectionRange === "function") {
        try {
          focus.setSelectionRange(s.selection[0], s.selection[1]);
        } catch { }
      }
    }
    // Replay after go-app's first frame, which renders the route's state.
    requestAnimationFrame(() => setTimeout(() => {
      for (const path of held.splice(0)) {
        const el = at(root(), path);
        if (el) {
          el.click();
        }
      }
      for (const k of heldKeys.splice(0)) {
        const el = (k.path && at(root(), k.path)) || document.activeElement || document.body;
        el.dispatchEvent(new KeyboardEvent("keydown", Object.assign({ bubbles: true, cancelable: true }, k.key)));
      }
      document.documentElement.classList.remove("parallax-starting");
      started();
    }, 0));
  }

  // needed says whether the document cannot stand for its URL without the app.
  function needed() {
    const params = new URLSearchParams(location.search);
    params.delete("wasm");
    if ([...params.keys()].length > 0) {
      return true;
    }
    const meta = document.querySelector('meta[name="parallax-page"]');
    if (!meta) {
      return false; // the not-found page stands for any path
    }
    const prefix = (goappGetenv("GOAPP_ROOT_PREFIX") || "/").replace(/\/$/, "");
    let path = location.pathname;
    if (prefix && path.startsWith(prefix)) {
      path = path.slice(prefix.length);
    }
    path = path.replace(/\/+$/, "") || "/";
    let want;
    try {
      want = decodeURI(path);
    } catch {
      want = path;
    }
    return want !== meta.content;
  }

  function onIntent(event) {
    if (running || !(event.target instanceof Element)) {
      return;
    }
    const el = event.target.closest(controls);
    if (event.type === "keydown") {
      // Moving through links, following one, or scrolling the page needs
      // no app, and a start would hold up the scroll.
      const onPage = event.target === document.body || event.target === document.documentElement;
      if (/^(Tab|Shift|Control|Alt|Meta|CapsLock)$/.test(event.key) ||
        (event.key === "Enter" && event.target.closest("a[href]")) ||
        (onPage && /^( |PageUp|PageDown|Home|End|ArrowUp|ArrowDown|ArrowLeft|ArrowRight)$/.test(event.key))) {
        return;
      }
      // Typing into a field is kept as its value; Enter or Space on a
      // control makes a click, which is held as one. Any other key is for
      // the app: held, and replayed where it was pressed.
      const activates = (event.key === "Enter" || event.key === " ") &&
        event.target.closest("button, summary, input[type=checkbox], input[type=radio], a[href]");
      if (!isTextField(event.target) && !activates && !event.isComposing) {
        event.preventDefault();
        heldKeys.push({
          path: onPage ? null : pathOf(event.target),
          key: { key: event.key, code: event.code, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey },
        });
      }
      start();
      return;
    }
    if (!el) {
      return;
    }
    if (event.type === "click" && el.matches(clickable)) {
      const path = pathOf(el);
      if (path) {
        event.preventDefault();
        event.stopImmediatePropagation();
        held.push(path);
      }
    }
    start();
  }

  for (const type of ["focusin", "pointerdown", "click", "keydown"]) {
    document.addEventListener(type, onIntent, true);
  }

  // An update found before the app runs: start it, so that it can offer to
  // reload.
  const updated = goappOnUpdate;
  goappOnUpdate = function () {
    updated();
    start();
  };
  // go-app hears of an update from the registration, which app.js gets
  // only once the page has loaded: a new worker that the navigation itself
  // found and activated before that shows here, as the new controller of a
  // page that had one.
  if ("serviceWorker" in navigator && navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener("controllerchange", () => goappOnUpdate());
  }

  if (needed()) {
    start();
  } else {
    // A reader who moves the pointer or scrolls is there, and likely to
    // reach for a control soon: start in the background, when the browser is
    // idle, so that the click finds the app running.
    const soon = () => {
      for (const type of presence) {
        document.removeEventListener(type, soon, true);
      }
      const idle = window.requestIdleCallback || ((f) => setTimeout(f, 0));
      idle(() => start(), { timeout: 1000 });
    };
    for (const type of presence) {
      document.addEventListener(type, soon, { capture: true, passive: true });
    }
  }
  return { start, snapshot, restore };
})();

// parallaxStart starts the app now and resolves once it runs (for tests and
// the screenshot tool).
function parallaxStart() {
  return parallax.start();
}
