// The tables of findings (entities, techniques, events, sentence functions) and of sources are the
// same in both stores; this module describes them once and writes each SQL dialect.

/** Column types, written per dialect: `real` is REAL or DOUBLE PRECISION, `flag` INTEGER or SMALLINT. */
type ColumnType = 'text' | 'integer' | 'real' | 'flag'

interface Column {
  name: string
  type: ColumnType
  /** NOT NULL unless false */
  required?: boolean
}

interface Index {
  name: string
  /** columns, or per dialect where PostgreSQL needs an operator class */
  columns: ReadonlyArray<string | { sqlite: string; postgres: string }>
}

interface Table {
  name: string
  /** the row belongs to a stored document (column `doc`), and goes with it */
  ofDocument: boolean
  columns: readonly Column[]
  primaryKey?: readonly string[]
  indexes?: readonly Index[]
}

/** The SQL dialects of the stores. */
export type Dialect = 'sqlite' | 'postgres'

const text = (name: string, required = true): Column => ({ name, type: 'text', required })
const integer = (name: string): Column => ({ name, type: 'integer' })

const TABLES: readonly Table[] = [
  {
    name: 'sources',
    ofDocument: false,
    columns: [text('hash'), text('source'), text('seen_at')],
    primaryKey: ['hash', 'source'],
  },
  {
    name: 'entities',
    ofDocument: true,
    columns: [text('ref'), text('type'), text('name'), text('kb_source', false), text('kb_id', false), text('key'), integer('mentions')],
    indexes: [{ name: 'entities_doc', columns: ['doc'] }, { name: 'entities_key', columns: ['key'] }],
  },
  {
    name: 'entity_names',
    ofDocument: true,
    columns: [text('name')],
    primaryKey: ['name', 'doc'],
  },
  {
    name: 'techniques',
    ofDocument: true,
    columns: [text('technique'), integer('start_offset'), integer('end_offset'), { name: 'confidence', type: 'real' }, text('text')],
    indexes: [{ name: 'techniques_technique', columns: ['technique', 'doc'] }, { name: 'techniques_doc', columns: ['doc'] }],
  },
  {
    name: 'events',
    ofDocument: true,
    columns: [
      integer('idx'), text('cameo'), text('root'), text('label'), integer('quad_class'), { name: 'goldstein', type: 'real' },
      text('actor', false), text('actor_key', false), text('target', false), text('target_key', false), text('location', false), text('location_key', false),
      text('parties'), text('day', false), text('month', false), { name: 'background', type: 'flag' }, integer('start_offset'), integer('end_offset'), text('text'),
    ],
    primaryKey: ['doc', 'idx'],
    indexes: [
      { name: 'events_cameo', columns: [{ sqlite: 'cameo', postgres: 'cameo text_pattern_ops' }, 'doc'] },
      { name: 'events_day', columns: ['day'] },
    ],
  },
  {
    name: 'sentence_functions',
    ofDocument: true,
    columns: [text('function'), integer('count')],
    primaryKey: ['function', 'doc'],
  },
]

const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER', real: 'REAL', flag: 'INTEGER' },
  postgres: { text: 'TEXT', integer: 'INTEGER', real: 'DOUBLE PRECISION', flag: 'SMALLINT' },
}

/**
 * The CREATE statements of the finding and source tables in one dialect. SQLite keeps tables with a
 * primary key WITHOUT ROWID: they are looked up by that key only.
 *
 * @example
 * db.exec(findingTablesSql('sqlite'))
 */
export function findingTablesSql(dialect: Dialect): string {
  const out: string[] = []
  for (const table of TABLES) {
    const lines = [
      ...(table.ofDocument ? ['doc INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE'] : []),
      ...table.columns.map((c) => `${c.name} ${TYPES[dialect][c.type]}${c.required === false ? '' : ' NOT NULL'}`),
      ...(table.primaryKey ? [`PRIMARY KEY (${table.primaryKey.join(', ')})`] : []),
    ]
    const rowid = dialect === 'sqlite' && table.primaryKey ? ' WITHOUT ROWID' : ''
    out.push(`CREATE TABLE IF NOT EXISTS ${table.name} (\n  ${lines.join(',\n  ')}\n)${rowid};`)
    for (const index of table.indexes ?? []) {
      const columns = index.columns.map((c) => (typeof c === 'string' ? c : c[dialect]))
      out.push(`CREATE INDEX IF NOT EXISTS ${index.name} ON ${table.name} (${columns.join(', ')});`)
    }
  }
  return out.join('\n') + '\n'
}
