import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The API serves the build at /admin (apps/server/src/platform/http/admin-app.ts); in development
// `vite` proxies the API's routes to it, so the app runs on one origin either way.
const api = process.env.SHOPSTACK_API_URL ?? 'http://127.0.0.1:4000'

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: true, chunkSizeWarningLimit: 800 },
  server: {
    port: 5173,
    proxy: {
      // API calls are fetches of JSON; page loads of /admin/... stay with vite.
      '^/admin/(?!assets/|src/|@|node_modules/).*': {
        target: api,
        bypass: (request) => (request.headers['sec-fetch-dest'] === 'document' ? '/admin/index.html' : undefined),
      },
      '/media': api,
    },
  },
})
