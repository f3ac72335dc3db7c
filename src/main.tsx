import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/global.css';
import { registerServiceWorker } from './ui/teaching/registerServiceWorker.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline once loaded (issue 7); never in development, where modules change on every save.
if (import.meta.env.PROD) registerServiceWorker();
