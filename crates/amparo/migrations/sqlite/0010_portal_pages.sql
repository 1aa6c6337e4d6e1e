-- Portal pages written by editors (sqlite): one page per slug, and per language a numbered
-- series of versions, each a draft until published. Publishing a version retires the one
-- published before it; nothing is deleted, so every version stays readable.

CREATE TABLE portal_pages (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE portal_page_versions (
    id INTEGER PRIMARY KEY,
    page_id BIGINT NOT NULL REFERENCES portal_pages(id),
    lang TEXT NOT NULL,
    version BIGINT NOT NULL,
    title TEXT NOT NULL,
    -- Markdown, rendered with raw HTML and images turned off.
    body TEXT NOT NULL,
    -- For a translation: the English version it was translated from.
    source_version BIGINT,
    -- draft, published or retired.
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    published_by TEXT,
    published_at TEXT,
    UNIQUE (page_id, lang, version)
);
CREATE INDEX portal_page_versions_status ON portal_page_versions(page_id, lang, status);
