//! The public portal: rights, what to do, contacts, family preparedness, City services and
//! the encounter protocol for City employees, in the eleven languages of the City's rights
//! materials. No account, no cookies, no scripts, nothing from another host.

pub mod chrome;
pub mod content;
pub mod lang;
pub mod pages;
pub mod web;
