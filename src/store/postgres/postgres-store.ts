import pg from "pg";
import { ANALYSIS_SCHEMA, type Analysis } from "../../article/analysis.js";
import { type PreparedAnalysis, prepareAnalysis } from "../../kb/prepare.js";
import type {
  AddResult,
  ClaimQuery,
  ClaimView,
  ConflictQuery,
  ConflictView,
  DocumentLinks,
  EntityProfile,
  EntityQuery,
  EntitySummary,
  ExportClaim,
  ExportDocument,
  ExportDocumentOptions,
  ExportEntity,
  ExportEntityOptions,
  ExportEvent,
  Page,
  SearchResult,
  SourceView,
  Stats,
  Store,
  TimelineItem,
  TimelineQuery,
} from "../contract.js";
import { ExportReader } from "../shared/export-reader.js";
import { KbWriter } from "../shared/kb-writer.js";
import { QueryReader } from "../shared/query-reader.js";
import { runAsync } from "../shared/steps.js";
import { PgConflictPort } from "./conflict-port.js";
import { migrate, NEWEST, schemaVersion, WRITE_LOCK } from "./migrations.js";
import { PgReaderPort } from "./reader-port.js";
import { Sql, TYPES } from "./sql.js";
import { PgWriterPort } from "./writer-port.js";

export interface PostgresStoreOptions {
  /** Open for queries only: no migrations, no writes (another process may be the writer). */
  readonly?: boolean;
  /** Connections kept open (default 4): one writes a batch at a time, the others read. */
  poolSize?: number;
}

/**
 * The networked store: the same contract as the SQLite store, on a PostgreSQL database given by URL. Each
 * addPrepared call is one transaction holding a transaction-level advisory lock, so batches are all or none and two
 * processes ingesting into one database take turns instead of interleaving.
 */
export class PostgresStore implements Store {
  readonly kind = "postgres";
  private readonly sql: Sql;
  private readonly writer: KbWriter | null;
  private readonly writerPort = new PgWriterPort();
  private readonly conflictPort = new PgConflictPort();
  private readonly reader: QueryReader;
  private readonly exporter: ExportReader;
  /** Batches of this process, one after another: the writer's caches belong to one batch at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly: boolean,
  ) {
    this.sql = new Sql(pool);
    this.writer = readonly ? null : new KbWriter(this.writerPort, this.conflictPort);
    const port = new PgReaderPort(this.sql);
    this.reader = new QueryReader(port);
    this.exporter = new ExportReader(port, runAsync);
  }

  /** Connects, and unless read-only brings the schema up to date. Connection errors are thrown as they come. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const readonly = options.readonly ?? false;
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types: TYPES });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    try {
      const client = await pool.connect();
      try {
        if (readonly) {
          const version = await schemaVersion(client);
          if (version !== NEWEST)
            throw new Error(
              `the database has schema version ${version}; this dossier needs ${NEWEST}: open it once for writing`,
            );
        } else await migrate(client);
      } finally {
        client.release();
      }
      return new PostgresStore(pool, readonly);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
  }

  async addAnalyses(analyses: readonly Analysis[]): Promise<AddResult> {
    return this.addPrepared(analyses.map(prepareAnalysis));
  }

  addPrepared(prepared: readonly PreparedAnalysis[]): Promise<AddResult> {
    const run = this.queue.then(() => this.writeBatch(prepared));
    this.queue = run.catch(() => {});
    return run;
  }

  private async writeBatch(prepared: readonly PreparedAnalysis[]): Promise<AddResult> {
    const writer = this.writer;
    if (!writer) throw new Error("the store is open read-only");
    for (const p of prepared)
      if (p.analysis.schema !== ANALYSIS_SCHEMA)
        throw new Error(`not a ${ANALYSIS_SCHEMA} analysis: ${String(p.analysis.schema)}`);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const sql = new Sql(client);
      this.writerPort.use(sql);
      this.conflictPort.use(sql);
      const result = await runAsync(writer.write(prepared));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      writer.forget();
      throw error;
    } finally {
      client.release();
    }
  }

  addAnalysis(analysis: Analysis): Promise<AddResult> {
    return this.addAnalyses([analysis]);
  }

  hasDocument(id: string): Promise<boolean> {
    return runAsync(this.reader.hasDocument(id));
  }

  analysis(id: string): Promise<Analysis | null> {
    return runAsync(this.reader.analysis(id));
  }

  documentLinks(id: string): Promise<DocumentLinks | null> {
    return runAsync(this.reader.documentLinks(id));
  }

  stats(): Promise<Stats> {
    return runAsync(this.reader.stats());
  }

  search(text: string, options?: Page): Promise<SearchResult> {
    return runAsync(this.reader.search(text, options));
  }

  entities(query?: EntityQuery): Promise<EntitySummary[]> {
    return runAsync(this.reader.entities(query));
  }

  entity(name: string): Promise<EntityProfile | null> {
    return runAsync(this.reader.entity(name));
  }

  claims(query?: ClaimQuery): Promise<ClaimView[]> {
    return runAsync(this.reader.claims(query));
  }

  conflicts(query?: ConflictQuery): Promise<ConflictView[]> {
    return runAsync(this.reader.conflicts(query));
  }

  timeline(query?: TimelineQuery): Promise<TimelineItem[]> {
    return runAsync(this.reader.timeline(query));
  }

  sources(query?: Page): Promise<SourceView[]> {
    return runAsync(this.reader.sources(query));
  }

  exportEntities(options?: ExportEntityOptions): AsyncIterable<ExportEntity> {
    return this.exporter.entityStream(options);
  }

  exportDocuments(options?: ExportDocumentOptions): AsyncIterable<ExportDocument> {
    return this.exporter.documentStream(options);
  }

  exportClaims(): AsyncIterable<ExportClaim> {
    return this.exporter.claimStream();
  }

  exportEvents(): AsyncIterable<ExportEvent> {
    return this.exporter.eventStream();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    await this.pool.end();
  }
}
