// Registers public/sw.js (production builds only: in development Vite serves unhashed
// modules that must never be cached). Once the worker is active, the page tells it every
// same-origin URL loaded so far, so chunks fetched before the worker took control
// (lazy imports, the inference worker) are cached too.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => u.startsWith(window.location.origin));
        registration.active?.postMessage({ type: 'cache-urls', urls });
      })
      .catch(() => {
        // Offline use is a bonus: the app works the same without it.
      });
  });
}
