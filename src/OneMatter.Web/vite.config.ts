import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The web app is served by OneMatter.Server from its wwwroot: `npm run build` writes there, and
// `npm run dev` proxies the API and the hub to a server started with `dotnet run`.
const server = 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../OneMatter.Server/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/hubs': { target: server, ws: true, changeOrigin: false },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
