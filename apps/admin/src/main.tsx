import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { preloadScreen, router } from './router'
import { cssVariables, theme } from './theme'

const queries = new QueryClient({
  defaultOptions: {
    // Staff work on live data: a screen refetches when it is opened again, not on every focus.
    queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: 1 },
  },
})

preloadScreen(window.location.pathname)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queries}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
