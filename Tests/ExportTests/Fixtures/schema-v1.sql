-- A database as knews schema v1 wrote it: the issue-2 tables and a first run's rows.
-- The migration test loads it with Python's sqlite3 and opens it with the current knews.
PRAGMA foreign_keys = ON;
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    started_at DATETIME NOT NULL,
    finished_at DATETIME,
    status TEXT NOT NULL CHECK (status = 'running' OR status = 'success' OR status = 'failed' OR status = 'aborted'),
    files_seen INTEGER NOT NULL DEFAULT 0,
    articles_inserted INTEGER NOT NULL DEFAULT 0,
    articles_updated INTEGER NOT NULL DEFAULT 0,
    input_errors INTEGER NOT NULL DEFAULT 0,
    knews_version TEXT,
    config_sha256 TEXT
);
CREATE TABLE articles (
    article_id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    source TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at DATETIME,
    published_date DATE,
    author TEXT,
    content_hash TEXT NOT NULL,
    input_path TEXT NOT NULL,
    run_id INTEGER REFERENCES runs (run_id) ON DELETE SET NULL
);
CREATE TABLE money_mentions (
    mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'body')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    amount_low INTEGER NOT NULL,
    amount_high INTEGER NOT NULL,
    qualifier TEXT CHECK (qualifier = 'max' OR qualifier = 'min' OR qualifier = 'approx' OR qualifier = 'over' OR qualifier = 'under'),
    vague INTEGER NOT NULL DEFAULT 0 CHECK (vague IN (0, 1))
);
CREATE TABLE date_mentions (
    mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'body')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    value TEXT NOT NULL,
    precision TEXT NOT NULL
        CHECK (precision = 'minute' OR precision = 'hour' OR precision = 'day' OR precision = 'week' OR precision = 'month' OR precision = 'quarter' OR precision = 'half' OR precision = 'year'),
    relative INTEGER NOT NULL DEFAULT 0 CHECK (relative IN (0, 1)),
    qualifier TEXT
        CHECK (qualifier = 'until' OR qualifier = 'from' OR qualifier = 'end' OR qualifier = 'early' OR qualifier = 'mid' OR qualifier = 'late' OR qualifier = 'within' OR qualifier = 'around')
);
CREATE TABLE entities (
    entity_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('agency', 'company')),
    name_en TEXT,
    origin TEXT NOT NULL CHECK (origin IN ('gazetteer', 'pattern'))
);
CREATE TABLE entity_mentions (
    mention_id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (entity_id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'body')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL
);
CREATE TABLE input_errors (
    error_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    input_path TEXT NOT NULL,
    stage TEXT NOT NULL,
    message TEXT NOT NULL
);
INSERT INTO runs VALUES (1, '2025-06-01T03:00:00+09:00', '2025-06-01T03:00:05+09:00', 'success', 3, 2, 0, 1, '0.0.9', 'abababababababababababababababababababababababababababababababab');
INSERT INTO articles VALUES (1, 'https://news.example.kr/article/100', 'examplenews', '기재부, 내년 예산 600조원 편성', '기획재정부는 내년 예산을 600조원으로 편성했다. 국회는 다음달 심사한다.
기재부는 증액분 3.5조원을 AI에 배정했다.', '2025-06-01T09:00:00+09:00', '2025-06-01', '이기자', '1111111111111111111111111111111111111111111111111111111111111111', 'samples/old.html', 1);
INSERT INTO articles VALUES (2, 'https://news.example.kr/article/101', 'examplenews', '삼성전자, 평택에 30조원 투자', '반도체 시장이 커졌다! 삼성전자는 평택에 30조원을 투자한다.', '2025-06-02T10:30:00+09:00', '2025-06-02', NULL, '2222222222222222222222222222222222222222222222222222222222222222', 'samples/old2.html', 1);
INSERT INTO money_mentions VALUES (1, 1, 'title', 11, 16, '600조원', 'KRW', 600000000000000, 600000000000000, NULL, 0);
INSERT INTO money_mentions VALUES (2, 1, 'body', 14, 19, '600조원', 'KRW', 600000000000000, 600000000000000, NULL, 0);
INSERT INTO money_mentions VALUES (3, 1, 'body', 51, 56, '3.5조원', 'KRW', 3500000000000, 3500000000000, NULL, 0);
INSERT INTO money_mentions VALUES (4, 2, 'body', 23, 27, '30조원', 'KRW', 30000000000000, 30000000000000, NULL, 0);
INSERT INTO date_mentions VALUES (1, 1, 'body', 32, 35, '다음달', '2025-07', 'month', 1, NULL);
INSERT INTO entities VALUES (1, '기획재정부', 'agency', 'Ministry of Economy and Finance', 'gazetteer');
INSERT INTO entities VALUES (2, '삼성전자', 'company', 'Samsung Electronics', 'gazetteer');
INSERT INTO entity_mentions VALUES (1, 1, 1, 'title', 0, 3, '기재부');
INSERT INTO entity_mentions VALUES (2, 1, 1, 'body', 0, 5, '기획재정부');
INSERT INTO entity_mentions VALUES (3, 1, 1, 'body', 42, 45, '기재부');
INSERT INTO entity_mentions VALUES (4, 2, 2, 'body', 13, 17, '삼성전자');
INSERT INTO input_errors VALUES (1, 1, 'samples/broken.html', 'extract', 'no article body found');
PRAGMA user_version = 1;
