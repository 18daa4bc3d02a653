import type { TechniqueId } from '../../../src/report/schema.ts'
import { TECHNIQUE_COLORS, TECHNIQUES } from '../reading/layers.ts'

export interface MonthCount {
  /** YYYY-MM, or null for undated documents */
  month: string | null
  technique: TechniqueId
  count: number
}

const WIDTH = 720
const HEIGHT = 260
const MARGIN = { top: 12, right: 12, bottom: 48, left: 40 }

function niceMax(value: number): number {
  if (value <= 5) return Math.max(1, value)
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const steps = [1, 2, 2.5, 5, 10]
  return (steps.find((s) => s * magnitude >= value) ?? 10) * magnitude
}

/** Every month from the first to the last (so gaps show as gaps), then 'undated' when there are undated findings. */
function monthAxis(rows: readonly MonthCount[]): (string | null)[] {
  const months = [...new Set(rows.map((r) => r.month).filter((m): m is string => m !== null))].sort()
  const axis: (string | null)[] = []
  if (months.length > 0) {
    let [y, m] = months[0].split('-').map(Number)
    const [ly, lm] = months[months.length - 1].split('-').map(Number)
    while ((y < ly || (y === ly && m <= lm)) && axis.length < 240) {
      axis.push(`${y}-${String(m).padStart(2, '0')}`)
      m++
      if (m > 12) {
        m = 1
        y++
      }
    }
  }
  if (rows.some((r) => r.month === null)) axis.push(null)
  return axis
}

/**
 * Technique findings per month as stacked bars, one colour per technique (the colours of the
 * reading view), with a table of the same numbers for screen readers and copying.
 */
export function TechniqueChart({ rows, title }: { rows: readonly MonthCount[]; title: string }) {
  const axis = monthAxis(rows)
  if (axis.length === 0) return <p class="note">No technique findings to chart.</p>
  const order = TECHNIQUES.map((t) => t.id).filter((id) => rows.some((r) => r.technique === id))
  const cell = (month: string | null, technique: TechniqueId) => rows.filter((r) => r.month === month && r.technique === technique).reduce((n, r) => n + r.count, 0)
  const totals = axis.map((month) => order.reduce((n, t) => n + cell(month, t), 0))
  const max = niceMax(Math.max(...totals))
  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom
  const band = plotW / axis.length
  const barW = Math.max(2, Math.min(48, band * 0.7))
  const y = (v: number) => MARGIN.top + plotH - (v / max) * plotH
  const labelEvery = Math.ceil(axis.length / 12)
  const ticks = [0, max / 2, max]
  const name = new Map(TECHNIQUES.map((t) => [t.id, t.name]))
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} class="grid" />
            <text x={MARGIN.left - 6} y={y(t) + 4} text-anchor="end" class="tick">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {axis.map((month, i) => {
          const x = MARGIN.left + i * band + (band - barW) / 2
          let base = 0
          return (
            <g key={month ?? 'undated'}>
              {order.map((t) => {
                const v = cell(month, t)
                if (v === 0) return null
                const rect = (
                  <rect key={t} x={x} width={barW} y={y(base + v)} height={y(base) - y(base + v)} fill={TECHNIQUE_COLORS[t]} stroke="#fff" stroke-width={0.5}>
                    <title>{`${month ?? 'undated'}: ${name.get(t)} ${v}`}</title>
                  </rect>
                )
                base += v
                return rect
              })}
              {i % labelEvery === 0 ? (
                <text x={x + barW / 2} y={HEIGHT - MARGIN.bottom + 16} text-anchor="middle" class="tick">
                  {month ?? 'undated'}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {order.map((t) => (
            <li key={t}>
              <span class="swatch" style={{ background: TECHNIQUE_COLORS[t] }}>
                {name.get(t)}
              </span>
            </li>
          ))}
        </ul>
        <details>
          <summary>Numbers</summary>
          <table class="numbers">
            <thead>
              <tr>
                <th scope="col">Month</th>
                {order.map((t) => (
                  <th key={t} scope="col">
                    {name.get(t)}
                  </th>
                ))}
                <th scope="col">All</th>
              </tr>
            </thead>
            <tbody>
              {axis.map((month, i) => (
                <tr key={month ?? 'undated'}>
                  <th scope="row">{month ?? 'undated'}</th>
                  {order.map((t) => (
                    <td key={t}>{cell(month, t)}</td>
                  ))}
                  <td>{totals[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  )
}
