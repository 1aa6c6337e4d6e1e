//! The web shell: context, errors, forms, layout, languages, middleware and system routes.

pub mod ctx;
pub mod errors;
pub mod form;
pub mod i18n;
pub mod metrics;
pub mod middleware;
pub mod page;
pub mod system;
