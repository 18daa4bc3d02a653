import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { EntityType } from '../../../report/schema.ts'

// Words that head the names of laws, agreements, plans and events when they end the name
// ("Paris Agreement", "Online Safety Bill", "G20 Summit") ...
const OTHER_LAST = new Set([
  'act', 'bill', 'law', 'amendment', 'agreement', 'accord', 'accords', 'convention', 'protocol', 'declaration', 'charter',
  'plan', 'strategy', 'doctrine', 'summit', 'games', 'olympics', 'cup', 'prize', 'award', 'memorandum', 'resolution', 'directive',
])
// ... or open it ("Exercise Spring Storm", "Operation Iron Swords", "Pact on Migration and Asylum").
const OTHER_FIRST = new Set(['exercise', 'operation', 'pact', 'treaty', 'convention', 'protocol'])
// Words that end the names of non-state armed groups ("Sinaloa Cartel", "Popular Mobilisation Militias").
const GROUP_LAST = new Set(['cartel', 'militia', 'militias', 'rebels', 'insurgents', 'guerrillas', 'mujahideen', 'mujahedeen', 'jihad'])
// Words that end the names of places and facilities ("Senkaku Islands", "Kenyatta Avenue", "Planalto Palace").
const PLACE_LAST = new Set([
  'island', 'islands', 'shoal', 'shoals', 'reef', 'sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'hills', 'valley',
  'desert', 'peninsula', 'bay', 'strait', 'straits', 'canal', 'coast', 'avenue', 'street', 'road', 'highway', 'square',
  'plaza', 'palace', 'bridge', 'airport', 'port', 'harbour', 'harbor', 'park', 'province', 'county', 'district', 'oblast',
  'governorate', 'prefecture', 'region', 'territory', 'city', 'town', 'village', 'camp', 'crossing', 'border', 'dam',
])

/**
 * The type a name's head word gives it, or null: laws, agreements and events are 'other', cartels
 * and militias 'group', places and buildings 'location'.
 *
 * @example
 * headType(keys, start, end) // 'location' for "Senkaku Islands"
 */
export function headType(keys: TokenKeys, start: number, end: number): EntityType | null {
  if (end - start < 2) return null
  const last = keys(end - 1)
  if (OTHER_LAST.has(last) || OTHER_FIRST.has(keys(start))) return 'other'
  if (GROUP_LAST.has(last)) return 'group'
  if (PLACE_LAST.has(last)) return 'location'
  return null
}
