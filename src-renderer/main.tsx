import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
import './styles/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Boot } from './app/Boot';
import { createAppRouter } from './app/router';
import { initI18n } from './i18n';
import { createQueryClient } from './lib/query-client';

initI18n();
const queryClient = createQueryClient();
const router = createAppRouter();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Boot>
        <RouterProvider router={router} />
      </Boot>
    </QueryClientProvider>
  </StrictMode>,
);
