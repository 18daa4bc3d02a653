/**
 * CAMEO actor-type ("agent") codes and what they stand for. A PETRARCH actor code is built from
 * three-letter parts: a country or international prefix ("USA", "IGO") followed by agent codes
 * ("GOV", "MIL"), so "USAGOVMIL" is the US government's military side.
 * Source: Schrodt, P. A. (2012) CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook, version 1.1b3, chapter 3 (actor codes); the codes used in Phoenix.agents.txt.
 */
export const CAMEO_AGENTS: Readonly<Record<string, string>> = {
  GOV: 'government',
  MIL: 'military',
  REB: 'rebels',
  OPP: 'political opposition',
  PTY: 'political party',
  COP: 'police',
  JUD: 'judiciary',
  SPY: 'state intelligence',
  MED: 'media',
  EDU: 'education',
  BUS: 'business',
  CRM: 'criminal',
  CVL: 'civilians',
  HLH: 'health',
  REF: 'refugees',
  AGR: 'agriculture',
  LAB: 'labour',
  ENV: 'environment',
  HRI: 'human rights',
  ELI: 'elites',
  LEG: 'legislature',
  DEV: 'development',
  UAF: 'unidentified armed forces',
  INS: 'insurgents',
  SEP: 'separatists',
  MOD: 'moderate',
  RAD: 'radical',
  NGO: 'non-governmental organisation',
  NGM: 'non-governmental movement',
  IGO: 'intergovernmental organisation',
  MNC: 'multinational corporation',
  IMG: 'international militarised group',
  PPL: 'people',
  REL: 'religious',
  MUS: 'Muslim',
  SHI: 'Shia',
  SUN: 'Sunni',
  CHR: 'Christian',
  CTH: 'Catholic',
  PRO: 'Protestant',
  ORT: 'Orthodox',
  JEW: 'Jewish',
  BUD: 'Buddhist',
  HIN: 'Hindu',
  UNO: 'United Nations',
  PKO: 'peacekeepers',
}

/** Splits a CAMEO actor code into three-letter parts: 'USAGOVMIL' → ['USA', 'GOV', 'MIL']. */
export function cameoParts(code: string): string[] {
  const parts: string[] = []
  for (let i = 0; i < code.length; i += 3) parts.push(code.slice(i, i + 3))
  return parts
}
