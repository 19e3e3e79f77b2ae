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
import { runSync } from "../shared/steps.js";
import { SqliteConflictPort } from "./conflict-port.js";
import { type Database, openDatabase } from "./driver.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { SqliteReaderPort } from "./reader-port.js";
import { SqliteWriterPort } from "./writer-port.js";

export interface SqliteStoreOptions {
  /** Open for queries only: no migrations, no writes (another process may be the writer). */
  readonly?: boolean;
}

/**
 * The embedded store: one SQLite file in WAL mode (readers never block the writer, nor it them), synchronous=NORMAL
 * (a committed batch survives a process kill; a power cut may lose the last batches but never corrupts).
 * Each addAnalyses call is one IMMEDIATE transaction, so a killed ingest leaves whole batches only.
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite";
  private readonly writer: KbWriter | null;
  private readonly reader: QueryReader;
  private readonly exporter: ExportReader;

  private constructor(
    private readonly db: Database,
    readonly: boolean,
  ) {
    this.writer = readonly ? null : new KbWriter(new SqliteWriterPort(db), new SqliteConflictPort(db));
    const port = new SqliteReaderPort(db);
    this.reader = new QueryReader(port);
    this.exporter = new ExportReader(port, runSync);
  }

  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const readonly = options.readonly ?? false;
    const db = openDatabase(path, { readonly });
    try {
      db.pragma("busy_timeout = 10000");
      if (!readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
      }
      // A large page cache and memory-mapped reads keep index lookups off the disk as the store grows.
      db.pragma("cache_size = -262144");
      db.pragma("mmap_size = 1073741824");
      db.pragma("temp_store = MEMORY");
      if (readonly) {
        const version = (db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null }).v;
        const newest = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
        if (version !== newest)
          throw new Error(
            `the database has schema version ${version ?? 0}; this dossier needs ${newest}: open it once for writing`,
          );
      } else migrate(db);
      return new SqliteStore(db, readonly);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async addAnalyses(analyses: readonly Analysis[]): Promise<AddResult> {
    // Matching keys, signatures and ranges are computed before the write lock is taken; addPrepared checks the schema.
    return this.addPrepared(analyses.map(prepareAnalysis));
  }

  async addPrepared(prepared: readonly PreparedAnalysis[]): Promise<AddResult> {
    const writer = this.writer;
    if (!writer) throw new Error("the store is open read-only");
    for (const p of prepared)
      if (p.analysis.schema !== ANALYSIS_SCHEMA)
        throw new Error(`not a ${ANALYSIS_SCHEMA} analysis: ${String(p.analysis.schema)}`);
    try {
      return this.db.transaction(() => runSync(writer.write(prepared))).immediate();
    } catch (error) {
      writer.forget();
      throw error;
    }
  }

  addAnalysis(analysis: Analysis): Promise<AddResult> {
    return this.addAnalyses([analysis]);
  }

  async hasDocument(id: string): Promise<boolean> {
    return runSync(this.reader.hasDocument(id));
  }

  async analysis(id: string): Promise<Analysis | null> {
    return runSync(this.reader.analysis(id));
  }

  async documentLinks(id: string): Promise<DocumentLinks | null> {
    return runSync(this.reader.documentLinks(id));
  }

  async stats(): Promise<Stats> {
    return runSync(this.reader.stats());
  }

  async search(text: string, options?: Page): Promise<SearchResult> {
    return runSync(this.reader.search(text, options));
  }

  async entities(query?: EntityQuery): Promise<EntitySummary[]> {
    return runSync(this.reader.entities(query));
  }

  async entity(name: string): Promise<EntityProfile | null> {
    return runSync(this.reader.entity(name));
  }

  async claims(query?: ClaimQuery): Promise<ClaimView[]> {
    return runSync(this.reader.claims(query));
  }

  async conflicts(query?: ConflictQuery): Promise<ConflictView[]> {
    return runSync(this.reader.conflicts(query));
  }

  async timeline(query?: TimelineQuery): Promise<TimelineItem[]> {
    return runSync(this.reader.timeline(query));
  }

  async sources(query?: Page): Promise<SourceView[]> {
    return runSync(this.reader.sources(query));
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
    if (!this.db.open) return;
    // Folds the WAL back into the main file so a closed store is one file.
    if (this.writer) this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }
}
