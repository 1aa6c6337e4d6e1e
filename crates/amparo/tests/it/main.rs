//! One integration-test binary: the real app on a real database, over HTTP, on SQLite always
//! and on PostgreSQL when AMPARO_TEST_DATABASE_URL is set.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;

mod incidents;

mod alerts;
mod api;
mod attachments;
mod audit_chain;
mod auth;
mod cli;
mod cluster;
mod crash;
mod dashboard;
mod departments;
mod directory;
mod directory_entries;
mod directory_search;
mod exports;
mod foia;
mod foia_records;
mod guidelines;
mod matrix;
mod meeting_documents;
mod open311;
mod plan_citations;
mod plans;
mod portal;
mod portal_pages;
mod reports;
mod retention;
mod schema_scan;
mod shell;
mod smtp_sink;
mod statistics;
mod working_group;
