//! Parallax: compare how news outlets report the same story.
//!
//! Data flows one way: files → [`model`] → [`analysis`] → `app` state → `ui`.

#![warn(missing_docs)]

pub mod analysis;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod logging;
pub mod model;
pub mod progress;
pub mod session;
pub mod tui;
pub mod ui;
