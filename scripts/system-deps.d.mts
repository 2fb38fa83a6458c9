/** Types of system-deps.mjs, for the TypeScript suites that call requireTools(). */

/** The system programs the suites need beyond Node and npm. */
export type Tool = 'chromium' | 'hugo' | 'tzdata' | 'php' | 'mariadb' | 'apache' | 'wordpress';

export declare const INSTALL_COMMAND: string;

/** The WordPress copy the WordPress suites use (Debian's, unless KIOSQUE_WORDPRESS_DIR says). */
export declare const WORDPRESS_DIR: string;

/** Each tool: the Debian packages that provide it and a check that it is usable here. */
export declare const TOOLS: Record<Tool, { packages: string[]; present(): boolean }>;

/** Every Debian package of the list, in order, once. */
export declare function allPackages(): string[];

/** The tools of `names` that are not usable on this machine. */
export declare function missingTools(names: readonly Tool[]): Tool[];

/** One line saying what is missing, which Debian packages provide it and how to install them. */
export declare function missingMessage(missing: readonly Tool[], who?: string): string;

/** Throws one clear line when a tool of `names` is missing; returns nothing otherwise. */
export declare function requireTools(names: readonly Tool[], who: string): void;
