import { Option, type Command } from 'commander'
import { storeLocation } from '../../corpus/open-store.ts'
import { openTokenStore, type TokenStore } from '../../server/tokens-store.ts'
import { TOKEN_SCOPES, type TokenScope } from '../../server/tokens.ts'

interface TokenFlags {
  db?: string
}

const dbOption = () => new Option('--db <path|url>', 'the store: an SQLite file, or postgres://… (default: UNSPUN_DB, then DATABASE_URL, then ./unspun.db)')

async function withTokens(flags: TokenFlags, work: (tokens: TokenStore) => Promise<void>): Promise<void> {
  const tokens = await openTokenStore(storeLocation(flags.db))
  try {
    await work(tokens)
  } finally {
    await tokens.close()
  }
}

/** `unspun token create|list|revoke`: API tokens for a server that requires them, stored hashed beside the documents. */
export default function registerToken(program: Command): void {
  const token = program.command('token').description('Manage API tokens for `unspun serve --auth` (stored as sha256 hashes in the store).')

  token
    .command('create')
    .description('Create a token and print it once; only its hash is kept.')
    .addOption(new Option('--scope <scope>', 'read: query and analyse; write: also add documents').choices(TOKEN_SCOPES).makeOptionMandatory())
    .option('--name <name>', 'what the token is for, shown by `token list`')
    .addOption(dbOption())
    .action(async (flags: TokenFlags & { scope: TokenScope; name?: string }) => {
      await withTokens(flags, async (tokens) => {
        const { token: secret, record } = await tokens.create({ scope: flags.scope, name: flags.name ?? null })
        process.stdout.write(`${secret}\n`)
        process.stderr.write(`Created token ${record.id} with the ${record.scope} scope. It is shown only now; send it as "Authorization: Bearer <token>".\n`)
      })
    })

  token
    .command('list')
    .description('List tokens (ids, names, scopes; never the tokens themselves).')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (flags: TokenFlags & { json?: boolean }) => {
      await withTokens(flags, async (tokens) => {
        const records = await tokens.list()
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(records, null, 2)}\n`)
          return
        }
        if (records.length === 0) process.stdout.write('No tokens. Create one with `unspun token create --scope read`.\n')
        for (const r of records) process.stdout.write(`${r.id}  ${r.scope.padEnd(5)}  ${r.createdAt}  ${r.revokedAt ? `revoked ${r.revokedAt}` : 'valid'}  ${r.name ?? ''}`.trimEnd() + '\n')
      })
    })

  token
    .command('revoke')
    .description('Revoke a token by its id (from `token list`).')
    .argument('<id>', 'token id')
    .addOption(dbOption())
    .action(async (id: string, flags: TokenFlags) => {
      await withTokens(flags, async (tokens) => {
        if (await tokens.revoke(id)) process.stdout.write(`Revoked token ${id}.\n`)
        else {
          process.stderr.write(`unspun: no valid token with id '${id}'; see \`unspun token list\`.\n`)
          process.exitCode = 1
        }
      })
    })
}
