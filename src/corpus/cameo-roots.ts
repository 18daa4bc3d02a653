/** The 20 root categories of the CAMEO event codebook (Schrodt, CAMEO Conflict and Mediation Event Observations, v1.1b3, 2012). */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
}

/** The name of a CAMEO root code, e.g. '19' -> 'Fight'; the code itself when unknown. */
export function cameoRootName(root: string): string {
  return CAMEO_ROOTS[root] ?? root
}
