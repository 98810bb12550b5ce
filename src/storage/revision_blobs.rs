//! Revision texts, content-addressed by sha256 (`revision_blobs`): identical text is stored
//! once, deflated, and — when it pays — as a line delta against the parent revision's text.
//!
//! A delta chain is cut every [`MAX_CHAIN`] links by storing the whole text, so rebuilding any
//! revision applies at most that many deltas. Deltas are computed with a deadline: on
//! pathological input the line diff degrades to a coarser (still exact) delta, never a stall.

use std::time::{Duration, Instant};

use rusqlite::{OptionalExtension, params};
use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use super::StoreError;
use super::repo::Repo;
use crate::domain::said::Said;

/// Longest delta chain; the next text is stored whole.
const MAX_CHAIN: i64 = 32;
const DIFF_BUDGET: Duration = Duration::from_millis(200);
/// A text never inflates past this (guards a corrupt blob from exhausting memory).
const MAX_TEXT: usize = 256 * 1024 * 1024;

const OP_COPY: u8 = b'C';
const OP_INSERT: u8 = b'I';

pub(super) fn sha256_of(text: &str) -> String {
    crate::domain::text::sha256_hex(text.as_bytes())
}

/// A blob's stored bytes: a whole text or a delta, deflated.
pub(super) fn deflate(raw: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(raw, 6)
}

impl Repo<'_> {
    /// Stores `text` (if not stored yet) and returns its sha256. `base` is the parent
    /// revision's text (sha256, text), which a delta is computed against.
    pub(super) fn put_text(
        &self,
        text: &str,
        base: Option<(&str, &str)>,
    ) -> Result<String, StoreError> {
        let sha = sha256_of(text);
        self.put_text_as(text, &sha, base)?;
        Ok(sha)
    }

    /// [`Repo::put_text`] for a text whose sha256 the caller has computed already.
    pub(super) fn put_text_as(
        &self,
        text: &str,
        sha: &str,
        base: Option<(&str, &str)>,
    ) -> Result<(), StoreError> {
        let exists: Option<i64> = self
            .conn()
            .query_row(
                "SELECT 1 FROM revision_blobs WHERE sha256 = ?1",
                [sha],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_some() {
            return Ok(());
        }
        let mut stored = None;
        if let Some((base_sha, base_text)) = base {
            let depth: Option<i64> = self
                .conn()
                .query_row(
                    "SELECT depth FROM revision_blobs WHERE sha256 = ?1",
                    [base_sha],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(depth) = depth.filter(|d| d + 1 < MAX_CHAIN) {
                let delta = encode_delta(base_text, text);
                if delta.len() < text.len() / 2 {
                    stored = Some((Some(base_sha), depth + 1, delta));
                }
            }
        }
        let (base_sha, depth, raw) = stored.unwrap_or((None, 0, text.as_bytes().to_vec()));
        let data = deflate(&raw);
        self.conn()
            .prepare_cached(
                "INSERT INTO revision_blobs (sha256, base_sha256, depth, size, data)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![sha, base_sha, depth, text.len() as i64, data])?;
        Ok(())
    }

    /// The exact text stored under `sha`, rebuilt through its delta chain.
    pub fn text_by_sha(&self, sha: &str) -> Result<String, StoreError> {
        let mut chain: Vec<Vec<u8>> = Vec::new();
        let mut next = Some(sha.to_string());
        let mut root = None;
        while let Some(current) = next.take() {
            let (base, data): (Option<String>, Vec<u8>) = self
                .conn()
                .query_row(
                    "SELECT base_sha256, data FROM revision_blobs WHERE sha256 = ?1",
                    [&current],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| missing(&current))?;
            let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&data, MAX_TEXT).map_err(
                |e| {
                    corrupt(
                        &current,
                        Said::new("err-blob-cannot-inflate").with("error", format!("{e:?}")),
                    )
                },
            )?;
            match base {
                Some(base) => {
                    chain.push(raw);
                    next = Some(base);
                }
                None => root = Some(raw),
            }
            if chain.len() as i64 > MAX_CHAIN * 4 {
                return Err(corrupt(sha, Said::new("err-blob-chain-too-long")));
            }
        }
        let mut text = String::from_utf8(root.ok_or_else(|| missing(sha))?)
            .map_err(|_| corrupt(sha, Said::new("err-blob-not-utf8")))?;
        for delta in chain.iter().rev() {
            text = apply_delta(&text, delta)
                .ok_or_else(|| corrupt(sha, Said::new("err-blob-bad-delta")))?;
        }
        if sha256_of(&text) != sha {
            return Err(corrupt(sha, Said::new("err-blob-sha-mismatch")));
        }
        Ok(text)
    }
}

fn missing(sha: &str) -> StoreError {
    StoreError::Refused(Said::new("err-blob-missing").with("sha", sha))
}

/// `what`: the damage found, a sentence of its own (`err-blob-…`).
fn corrupt(sha: &str, what: Said) -> StoreError {
    StoreError::Refused(
        Said::new("err-blob-damaged")
            .with("sha", sha)
            .with("what", what),
    )
}

/// Lines with their terminators, so joining them gives back the exact bytes.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// `C <start u32> <len u32>` copies lines of the base; `I <len u32> <bytes>` inserts bytes.
fn encode_delta(base: &str, text: &str) -> Vec<u8> {
    let old = lines(base);
    let new = lines(text);
    let deadline = Instant::now() + DIFF_BUDGET;
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old, &new, Some(deadline));
    let mut out = Vec::new();
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                out.push(OP_COPY);
                out.extend_from_slice(&(old_index as u32).to_le_bytes());
                out.extend_from_slice(&(len as u32).to_le_bytes());
            }
            DiffOp::Delete { .. } => {}
            DiffOp::Insert {
                new_index, new_len, ..
            }
            | DiffOp::Replace {
                new_index, new_len, ..
            } => {
                let bytes: String = new[new_index..new_index + new_len].concat();
                out.push(OP_INSERT);
                out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
                out.extend_from_slice(bytes.as_bytes());
            }
        }
    }
    out
}

fn apply_delta(base: &str, delta: &[u8]) -> Option<String> {
    let old = lines(base);
    let mut out = String::with_capacity(base.len());
    let mut rest = delta;
    let take_u32 = |r: &mut &[u8]| -> Option<usize> {
        let (head, tail) = r.split_at_checked(4)?;
        *r = tail;
        Some(u32::from_le_bytes(head.try_into().ok()?) as usize)
    };
    while let Some((&op, tail)) = rest.split_first() {
        rest = tail;
        match op {
            OP_COPY => {
                let start = take_u32(&mut rest)?;
                let len = take_u32(&mut rest)?;
                for line in old.get(start..start.checked_add(len)?)? {
                    out.push_str(line);
                }
            }
            OP_INSERT => {
                let len = take_u32(&mut rest)?;
                let (bytes, tail) = rest.split_at_checked(len)?;
                rest = tail;
                out.push_str(std::str::from_utf8(bytes).ok()?);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_rebuild_exact_bytes() {
        let cases = [
            ("", "a"),
            ("a\nb\nc", "a\nB\nc"),
            ("x\r\ny\r\n", "x\r\nz\r\ny\r\n"),
            ("one\ntwo\n", ""),
            ("ção\n", "ção\nmais\n"),
        ];
        for (base, text) in cases {
            let delta = encode_delta(base, text);
            assert_eq!(apply_delta(base, &delta).as_deref(), Some(text));
        }
    }
}
