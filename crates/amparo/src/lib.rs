//! amparo: the City of Los Angeles' system for Executive Directive No. 12.

pub mod app;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod departments;
pub mod directory;
pub mod districts;
pub mod events;
pub mod exports;
pub mod foia;
pub mod georeport;
pub mod guidelines;
pub mod incidents;
pub mod jobs;
pub mod mail;
pub mod plans;
pub mod portal;
pub mod reports;
pub mod retention;
pub mod statistics;
pub mod web;
pub mod webhook;

#[cfg(test)]
mod model_props;
