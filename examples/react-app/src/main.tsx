import { ErrorBoundary } from '@sentry/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { startObservability } from './observability.js';

startObservability();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={<p id="fallback">Something went wrong; the team has been told.</p>}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
