import type { SeedEventInput } from '@kiosque/dev-instance';

export declare const XSS_VECTORS: string[];
export declare const URL_VECTORS: string[];
export declare function hostileUuid(index: number): string;
export declare function hostileEvents(now?: Date): SeedEventInput[];
