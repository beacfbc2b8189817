/** Reading `--name value` options of the command line. */

/** The value after `name` ("--out dir" or "--out=dir"); undefined when absent. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === name) return args[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The arguments that are not options or option values. */
export function positionalArgs(args: readonly string[], valued: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (valued.includes(arg)) i++;
    else if (!arg.startsWith('--')) out.push(arg);
  }
  return out;
}
