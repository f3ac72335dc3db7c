// The whole editor over a fresh store with in-memory storage (no localStorage shared
// between tests), opened on `doc`.
import { render } from '@testing-library/react';
import type { PedigreeDocument } from '../../../src/engine/document/types.ts';
import { createAppStore } from '../../../src/store/createAppStore.ts';
import { memoryStorage } from '../../../src/store/persistence.ts';
import { App } from '../../../src/ui/App.tsx';

export function renderApp(doc?: PedigreeDocument) {
  const store = createAppStore({ storage: memoryStorage() });
  if (doc) {
    store.getState().loadDocument(doc);
    store.temporal.getState().clear();
  }
  render(<App store={store} />);
  return store;
}
