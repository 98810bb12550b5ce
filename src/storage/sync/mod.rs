//! Sync with a PostgreSQL server (or Supabase): the connection, and the engine built on it.
//!
//! Depends on `config` and `domain` only (never on generation, services or front ends).

pub mod connect;
