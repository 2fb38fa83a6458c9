// Eleventy ships JavaScript with JSDoc only; the tests use its programmatic API.
declare module '@11ty/eleventy' {
  export class Eleventy {
    constructor(input: string, output: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
  }
}
