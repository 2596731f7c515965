-- phishcheck reports: one row per checked mail, metadata only (never body text).
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  received_at INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  score REAL NOT NULL,
  codes TEXT NOT NULL,
  brand TEXT,
  via TEXT NOT NULL,
  language TEXT NOT NULL,
  ms INTEGER NOT NULL,
  reporter TEXT NOT NULL,
  reply_message_id TEXT,
  sender_domain TEXT,
  link_domains TEXT,
  subject TEXT,
  campaign TEXT
);
CREATE INDEX reports_received ON reports(received_at);
CREATE INDEX reports_campaign ON reports(campaign, received_at);
CREATE INDEX reports_reply ON reports(reply_message_id);
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  note TEXT NOT NULL,
  reviewed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_at ON feedback(at);
