// Parallax service worker: go-app's default worker with a fetch handler that
// keeps every page readable offline. The app routes on location, so the root
// page can render any path once the wasm is cached.
const cacheName = "parallax-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  // A failed precache must fail the install, so that the previous version
  // keeps serving instead of a half-filled cache.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // From the network, not the HTTP cache: the paths stay the same from
      // one build to the next, and a cached copy of the old wasm or script
      // would mix two builds in the new cache.
      await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "reload" })));
      await self.skipWaiting();
    })()
  );
});

// The new version takes over at once (skipWaiting), but does not claim
// pages that loaded without a worker: go-app reads a worker that activates
// under an existing controller as an update, and a first visit is not one.
// Pages opened after the first visit are controlled, and work offline.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))
      );
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

// The root page under this worker's scope, with and without the trailing
// slash: a subpath host may have cached either.
function rootURLs() {
  const scope = new URL(self.registration.scope);
  const withSlash = scope.pathname.endsWith("/") ? scope.pathname : scope.pathname + "/";
  return [withSlash, withSlash.replace(/\/$/, "") || "/"];
}

async function respond(request) {
  const cache = await caches.open(cacheName);
  const isPage = request.mode === "navigate";
  // Pages are matched without their query: ?q=… is state for the app, not a
  // different document.
  const cached = await cache.match(request, { ignoreSearch: isPage });
  if (cached) {
    return cached;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      // Keep what was fetched, so that a page visited once opens offline.
      const key = isPage ? stripSearch(request.url) : request;
      cache.put(key, response.clone());
    }
    return response;
  } catch (err) {
    if (isPage) {
      for (const root of rootURLs()) {
        const fallback = await cache.match(root);
        if (fallback) {
          return fallback;
        }
      }
    }
    // Offline and not cached: a network error, as the page would get
    // without a worker, rather than an uncaught rejection.
    return Response.error();
  }
}

function stripSearch(href) {
  const u = new URL(href);
  u.search = "";
  u.hash = "";
  return u.href;
}
