/** Starts the plain-HTML example's server (see serve.mjs). */
export function serveExample(options?: {
  port?: number;
  instance?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
