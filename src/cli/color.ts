/** What decides whether the CLI paints its output. */
export interface ColorContext {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  flag?: boolean
  /** True when the output goes to a file given with `-o`. */
  toFile: boolean
  /** Whether the output stream is a terminal. */
  isTTY: boolean
  env: Readonly<Record<string, string | undefined>>
}

/**
 * Decides on colour: never into a file; otherwise `--color`/`--no-color` when given, then
 * NO_COLOR (set and not empty: no colour), then FORCE_COLOR (set: colour, unless '0' or 'false'),
 * then whether the output is a terminal that is not TERM=dumb.
 *
 * @example
 * useColor({ toFile: false, isTTY: true, env: { NO_COLOR: '1' } }) // false
 */
export function useColor({ flag, toFile, isTTY, env }: ColorContext): boolean {
  if (toFile) return false
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  return isTTY && env.TERM !== 'dumb'
}
