import type { Database } from "./driver.js";

/** One schema step. Versions only grow; an applied migration is never edited, a new one is added instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FTS = "tokenize = 'unicode61 remove_diacritics 2'";

/**
 * The schema. Every per-article fact row (mention, claim_report, event_report, entity_doc) carries its document
 * (`doc` = document.id row) and span; every knowledge-base row (entity, claim, event, conflict, alias) carries
 * first_seen/last_seen, the publication days of the articles behind it. Indexes serve the queries as lookups:
 * entity by name/alias, claims by source/about entity and date, events and conflicts by entity, timeline by day.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, entities, claims, events, conflicts, sources",
    sql: `
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  published TEXT,
  day TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content = 'document', content_rowid = 'id', ${FTS});

CREATE TABLE entity (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  family TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  country TEXT,
  local INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX entity_norm ON entity (norm);
CREATE INDEX entity_type_rank ON entity (type, mentions DESC);
CREATE INDEX entity_rank ON entity (mentions DESC);
-- Every key an entity was resolved by (its own, and those merged into it by alias).
CREATE TABLE entity_key (key TEXT PRIMARY KEY, entity_id INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE entity_alias (
  entity_id INTEGER NOT NULL,
  norm TEXT NOT NULL,
  text TEXT NOT NULL,
  count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  PRIMARY KEY (entity_id, norm)
) WITHOUT ROWID;
CREATE INDEX entity_alias_norm ON entity_alias (norm);
CREATE VIRTUAL TABLE entity_fts USING fts5(text, entity_id UNINDEXED, prefix = '2 3', ${FTS});
-- First and last words of full person names: the candidates a lone surname may stand for.
CREATE TABLE entity_part (part TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY (part, entity_id)) WITHOUT ROWID;
CREATE TABLE entity_role (
  entity_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;
CREATE TABLE entity_doc (
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (doc, local_id)
) WITHOUT ROWID;
CREATE INDEX entity_doc_entity ON entity_doc (entity_id, doc);
CREATE TABLE mention (
  doc INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, start, "end", entity_id)
) WITHOUT ROWID;

CREATE TABLE claim (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  prop TEXT NOT NULL,
  frame TEXT NOT NULL,
  source_key TEXT NOT NULL,
  source_entity INTEGER,
  source_name TEXT NOT NULL,
  content TEXT NOT NULL,
  polarity TEXT NOT NULL,
  words TEXT NOT NULL,
  numbers TEXT NOT NULL,
  said TEXT NOT NULL DEFAULT '',
  first_seen TEXT,
  last_seen TEXT,
  reports INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claim_prop ON claim (prop, polarity);
CREATE INDEX claim_frame ON claim (frame) WHERE numbers <> '';
CREATE INDEX claim_by ON claim (source_entity, said) WHERE source_entity IS NOT NULL;
CREATE INDEX claim_said ON claim (said);
CREATE TABLE claim_report (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue TEXT NOT NULL,
  source_text TEXT,
  reported_at TEXT,
  said TEXT NOT NULL DEFAULT '',
  polarity TEXT NOT NULL,
  certainty TEXT NOT NULL,
  quote INTEGER NOT NULL,
  via TEXT NOT NULL,
  UNIQUE (doc, local_id)
);
CREATE INDEX claim_report_claim ON claim_report (claim_id);
CREATE VIRTUAL TABLE claim_fts USING fts5(content, content = 'claim_report', content_rowid = 'id', ${FTS});
CREATE TABLE claim_about (
  claim_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  said TEXT NOT NULL DEFAULT '',
  polarity TEXT NOT NULL,
  PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_about_entity ON claim_about (entity_id, said);
CREATE INDEX claim_about_polarity ON claim_about (entity_id, polarity, said);

CREATE TABLE source_stat (
  key TEXT PRIMARY KEY,
  entity_id INTEGER,
  name TEXT NOT NULL,
  claims INTEGER NOT NULL DEFAULT 0,
  cited INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
) WITHOUT ROWID;
CREATE INDEX source_stat_rank ON source_stat ((claims + cited) DESC);
CREATE TABLE citation (
  from_key TEXT NOT NULL,
  to_key TEXT NOT NULL,
  count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  PRIMARY KEY (from_key, to_key)
) WITHOUT ROWID;
CREATE INDEX citation_to ON citation (to_key, count DESC);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  time TEXT,
  time_start TEXT,
  time_end TEXT,
  window_start TEXT,
  window_end TEXT,
  location INTEGER,
  when_day TEXT NOT NULL DEFAULT '',
  first_seen TEXT,
  last_seen TEXT,
  reports INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_when ON event (when_day);
CREATE TABLE event_participant (
  entity_id INTEGER NOT NULL,
  event_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  type TEXT NOT NULL,
  when_day TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (entity_id, event_id, role)
);
CREATE INDEX event_participant_match ON event_participant (entity_id, type, when_day, event_id);
CREATE INDEX event_participant_when ON event_participant (entity_id, when_day, event_id);
CREATE INDEX event_participant_event ON event_participant (event_id, role, entity_id);
CREATE TABLE event_report (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  time TEXT,
  location INTEGER,
  count_value REAL,
  count_min REAL,
  count_approx INTEGER NOT NULL DEFAULT 0,
  factuality TEXT NOT NULL,
  claim_report_id INTEGER,
  source_key TEXT NOT NULL,
  source_entity INTEGER,
  source_name TEXT NOT NULL,
  UNIQUE (doc, local_id)
);
CREATE INDEX event_report_event ON event_report (event_id);
CREATE INDEX event_report_counted ON event_report (event_id) WHERE count_value IS NOT NULL OR count_min IS NOT NULL;
CREATE INDEX event_report_factuality ON event_report (event_id, factuality);
CREATE INDEX event_report_claim ON event_report (claim_report_id) WHERE claim_report_id IS NOT NULL;

-- A conflict groups what cannot all be true: one per event (figures, happened/did not), per pair of events
-- (dates), or per proposition (asserted/denied). Sides: 0 asserts and 1 denies; for figures, the figure itself.
CREATE TABLE conflict (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  origin TEXT NOT NULL,
  note TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX conflict_kind ON conflict (kind, id);
CREATE TABLE conflict_claim (
  claim_id INTEGER NOT NULL,
  conflict_id INTEGER NOT NULL,
  side INTEGER NOT NULL,
  PRIMARY KEY (claim_id, conflict_id)
) WITHOUT ROWID;
CREATE TABLE conflict_side (
  conflict_id INTEGER NOT NULL,
  side INTEGER NOT NULL,
  claim_report_id INTEGER NOT NULL DEFAULT 0,
  event_report_id INTEGER NOT NULL DEFAULT 0,
  doc INTEGER NOT NULL,
  PRIMARY KEY (conflict_id, side, claim_report_id, event_report_id)
) WITHOUT ROWID;
-- How much evidence each side holds, and which sides exist: read per side, never by scanning all evidence.
CREATE TABLE conflict_tally (
  conflict_id INTEGER NOT NULL,
  side INTEGER NOT NULL,
  evidence INTEGER NOT NULL,
  PRIMARY KEY (conflict_id, side)
) WITHOUT ROWID;
CREATE TABLE conflict_entity (
  entity_id INTEGER NOT NULL,
  conflict_id INTEGER NOT NULL,
  PRIMARY KEY (entity_id, conflict_id)
) WITHOUT ROWID;

-- Running totals kept in the same transactions as the rows, so stats never count a big table.
CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counter (name, value) VALUES
  ('articles', 0), ('entities', 0), ('claims', 0), ('events', 0), ('conflicts', 0),
  ('claimReports', 0), ('eventReports', 0);
`,
  },
  {
    version: 2,
    name: "claim figures, found by counted word and subject",
    sql: `
-- The figures a claim gives (see src/kb/claim-figures.ts), one row each: compared across sources as they arrive.
CREATE TABLE claim_figure (
  claim_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  counted TEXT NOT NULL,
  label TEXT NOT NULL,
  value REAL,
  lo REAL,
  hi REAL,
  lo_open INTEGER NOT NULL,
  hi_open INTEGER NOT NULL,
  approximate INTEGER NOT NULL,
  context TEXT NOT NULL,
  types TEXT NOT NULL,
  times TEXT NOT NULL,
  PRIMARY KEY (claim_id, seq)
) WITHOUT ROWID;
-- Where figures are found: one row per counted word, subject and claim, by the day it was said, so the candidates
-- for a new figure are a few index seeks however many claims the store holds. The subject is the entity's folded
-- name, not its row: a vessel typed a thing in one article and an organisation in the next is still one subject.
CREATE TABLE figure_key (
  word TEXT NOT NULL,
  subject TEXT NOT NULL,
  said TEXT NOT NULL,
  claim_id INTEGER NOT NULL,
  PRIMARY KEY (word, subject, said, claim_id)
) WITHOUT ROWID;
`,
  },
];

/**
 * Brings the database to the newest schema, each step in its own transaction with its version row, so a crash
 * mid-migration leaves the previous version intact. A database newer than this code is refused.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const current = (db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null }).v ?? 0;
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > newest) {
    throw new Error(
      `the database has schema version ${current}, newer than this dossier knows (${newest}); update dossier`,
    );
  }
  const record = db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)");
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      const done = db.prepare("SELECT 1 FROM schema_version WHERE version = ?").get(m.version);
      if (done) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return newest;
}
