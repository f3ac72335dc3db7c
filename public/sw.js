// Imprint Lab's service worker (issue 7 §5: "works offline once loaded"). Handwritten, no
// build plugin: on install it caches the page and every asset index.html names; the page
// also sends the URLs it has loaded since (lazy chunks, the inference worker). Requests for
// built assets are answered cache-first (their file names carry a content hash, so a cached
// copy is never stale); page navigations go to the network first so a new deployment is
// picked up, and fall back to the cached page offline. Bump VERSION when this file's
// caching changes: activation deletes every other version's cache.
const VERSION = 'v1';
const PREFIX = 'imprint-lab-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = self.registration.scope;

const sameScope = (url) => url.startsWith(SCOPE);

async function cacheUrls(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.filter(sameScope).map(async (url) => {
      if (await cache.match(url, { ignoreVary: true })) return;
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline or gone: it will be cached the next time it is fetched.
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SCOPE, { cache: 'no-cache' });
      const html = await response.clone().text();
      await cache.put(SCOPE, response);
      const assets = [...html.matchAll(/(?:src|href)="([^"#?]+)"/g)].map((m) => new URL(m[1], SCOPE).href);
      await cacheUrls(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'cache-urls' && Array.isArray(event.data.urls)) {
    event.waitUntil(cacheUrls(event.data.urls.filter((u) => typeof u === 'string')));
  }
});

async function networkFirstPage(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SCOPE, response.clone());
    return response;
  } catch {
    return (await cache.match(SCOPE)) ?? Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: the page asks for module scripts with an Origin header (crossorigin), the
  // install step without one; a "Vary: Origin" response must still match offline.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameScope(request.url)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirstPage(request) : cacheFirst(request));
});
