/** Types of scripts/build.mjs, for the tests that import it. */
export interface BuildOptions {
  /** Project root; other paths are relative to it (or absolute). Default: the repository. */
  root?: string;
  /** Build the Apps Script bundle (default true). */
  gas?: boolean;
  /** Build the Node CLI (default true). */
  cli?: boolean;
  /** Default src/main.ts */
  gasEntry?: string;
  /** Default dist (emptied first) */
  outDir?: string;
  /** Where the esbuild metafiles go. Default build */
  metaDir?: string;
  /** Default appsscript.json */
  manifest?: string;
  /** Folder whose *.html files are copied to outDir. Default src/gas */
  htmlDir?: string;
  /** Default src/cli/main.ts */
  cliEntry?: string;
  /** Default build/cli.cjs */
  cliOutFile?: string;
  /** package.json whose "dependencies" the CLI may import. Default package.json */
  packageJson?: string;
  /** No progress output. */
  quiet?: boolean;
}

export interface EntryPoint {
  readonly name: string;
  /** Parameter names as in the stub; a rest parameter is written "...name". */
  readonly params: readonly string[];
}

export interface BuildResult {
  gas?: { codeFile: string; metafile: string; entryPoints: EntryPoint[]; htmlFiles: string[] };
  cli?: { outFile: string; metafile: string };
}

export declare const ROOT: string;
export declare const NAMESPACE: string;
export declare const NODE_ONLY_PACKAGES: readonly string[];
export declare const APPS_SCRIPT_GLOBALS: readonly string[];

export declare class BuildError extends Error {
  readonly stage: string;
  readonly problems: string[];
  constructor(stage: string, problems: string[]);
}

export declare function build(options?: BuildOptions): Promise<BuildResult>;
export declare function checkExportNames(names: readonly string[]): string[];
export declare function packageOf(input: string): string | undefined;
export declare function isCopyleft(licence: string | undefined): boolean;
