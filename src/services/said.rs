//! Any error of the lower layers, said in the reader's language: the front ends hand an error
//! (or each cause of an `anyhow` chain) to [`say`]; errors that carry a [`Said`] are worded
//! from the message files, the rest are quoted as written (SQLite's and servers' sentences).

use std::error::Error;

use crate::config::ConfigError;
use crate::config::pg_url::PgUrlError;
use crate::domain::said::Said;
use crate::generation::TemplateError;
use crate::generation::pricing::PricingError;
use crate::i18n::{Lang, Texts};
use crate::storage::StoreError;
use crate::storage::sync::SyncError;
use crate::storage::sync::connect::SyncConnectError;

use super::analytics::PerformanceImportError;
use super::authoring::{AuthoringError, EditorError};
use super::{DocumentError, ImportRefusal, ServiceError};

/// The sentence an error carries, if its type is one of ours that has one.
pub fn said_of(err: &(dyn Error + 'static)) -> Option<Said> {
    if let Some(e) = err.downcast_ref::<ServiceError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<AuthoringError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<DocumentError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<EditorError>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<PerformanceImportError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<ImportRefusal>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<StoreError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<SyncError>() {
        return e.said();
    }
    if let Some(e) = err.downcast_ref::<SyncConnectError>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<ConfigError>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<PgUrlError>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<PricingError>() {
        return Some(e.said());
    }
    if let Some(e) = err.downcast_ref::<TemplateError>() {
        return Some(e.said());
    }
    // A bare system failure (a terminal that cannot be suspended): said by its kind.
    if let Some(e) = err.downcast_ref::<std::io::Error>() {
        return Some(Said::new("err-io").with("error", e));
    }
    None
}

/// The error in `t`'s language. English is the error's own `Display`, unchanged.
pub fn say(t: Texts, err: &(dyn Error + 'static)) -> String {
    if t.lang() == Lang::En {
        return err.to_string();
    }
    said_of(err).map_or_else(|| err.to_string(), |said| t.said(&said))
}
