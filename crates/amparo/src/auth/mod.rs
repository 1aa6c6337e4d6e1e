//! Accounts, sessions, CSRF, API tokens, roles, and the one policy function.

pub mod accounts;
pub mod admin_web;
pub mod model;
pub mod password;
pub mod policy;
pub mod sessions;
pub mod store;
pub mod web;
