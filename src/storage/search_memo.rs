//! Each word's plan (`search_plan`: the index terms it expands to and how many texts hold it)
//! kept between searches on one connection, until the library changes.
//!
//! Typing a query searches once per keystroke, and every keystroke but the first repeats the
//! words already typed: on 200,000 lessons, expanding and counting each of them again was most
//! of a search keystroke (issue 16). A plan depends only on what the indexes hold, so it stays
//! right until a write: `PRAGMA data_version` moves when another connection (another process)
//! commits, and the connection's count of changed rows moves when this one writes. A search
//! writes too (its words go through a TEMP table to be tokenised), so the count is taken after
//! that step and compared at the start of the next search, before it.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::Connection;

use super::StoreError;

/// One word in one full-text index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WordPlan {
    /// The word as an FTS5 query term (its index terms, or a prefix term); `None` when no
    /// term of the index starts with it.
    pub term: Option<String>,
    /// Texts holding it, counted no further than `search_plan::COMMON`.
    pub texts: u32,
}

/// Words remembered at most; past it the memo starts over (a plan is a few dozen bytes).
const MOST_WORDS: usize = 4_096;

/// One per connection, like the connection itself never shared between threads: a `RefCell`.
#[derive(Default)]
pub(crate) struct SearchMemo {
    inner: RefCell<Memo>,
}

#[derive(Default)]
struct Memo {
    /// `data_version` and the connection's total changes after the last search's own writes.
    stamp: Option<(i64, u64)>,
    /// Index → word → plan (looked up by `&str`, no key built per lookup).
    words: HashMap<&'static str, HashMap<String, WordPlan>>,
}

impl Memo {
    /// Plans held, over every index (a handful of indexes: summed when asked).
    fn len(&self) -> usize {
        self.words.values().map(HashMap::len).sum()
    }
}

impl SearchMemo {
    /// Forgets every plan if anything was written since the last search: called at the start
    /// of a search, before it writes anything itself.
    pub(super) fn check(&self, conn: &Connection) -> Result<(), StoreError> {
        let now = stamp(conn)?;
        let mut memo = self.inner.borrow_mut();
        if memo.stamp != Some(now) {
            memo.words.clear();
            memo.stamp = None;
        }
        Ok(())
    }

    /// Notes where the connection stands after this search's own writes (its words
    /// tokenised); the next [`SearchMemo::check`] compares with it.
    pub(super) fn settle(&self, conn: &Connection) -> Result<(), StoreError> {
        let now = stamp(conn)?;
        self.inner.borrow_mut().stamp = Some(now);
        Ok(())
    }

    /// The plan of `word` in `fts`, remembered or made by `make` (and then remembered). The
    /// memo is not borrowed while `make` runs its queries.
    pub(super) fn plan(
        &self,
        fts: &'static str,
        word: &str,
        make: impl FnOnce() -> Result<WordPlan, StoreError>,
    ) -> Result<WordPlan, StoreError> {
        let known = self
            .inner
            .borrow()
            .words
            .get(fts)
            .and_then(|words| words.get(word))
            .cloned();
        if let Some(plan) = known {
            return Ok(plan);
        }
        let plan = make()?;
        let mut memo = self.inner.borrow_mut();
        if memo.len() >= MOST_WORDS {
            memo.words.clear();
        }
        memo.words
            .entry(fts)
            .or_default()
            .insert(word.to_string(), plan.clone());
        Ok(plan)
    }

    pub(super) fn forget(&self) {
        let mut memo = self.inner.borrow_mut();
        memo.words.clear();
        memo.stamp = None;
    }

    /// How many word plans are remembered (for tests).
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.inner.borrow().len()
    }
}

fn stamp(conn: &Connection) -> Result<(i64, u64), StoreError> {
    Ok((
        conn.pragma_query_value(None, "data_version", |row| row.get(0))?,
        conn.total_changes(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(texts: u32) -> Result<WordPlan, StoreError> {
        Ok(WordPlan {
            term: Some("\"apply\"".into()),
            texts,
        })
    }

    #[test]
    fn a_word_is_planned_once_until_the_connection_writes() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TEMP TABLE t (x)").unwrap();
        let memo = SearchMemo::default();
        let mut made = 0;
        for _ in 0..3 {
            memo.check(&conn).unwrap();
            memo.settle(&conn).unwrap();
            let got = memo
                .plan("lesson_fts", "apply", || {
                    made += 1;
                    plan(7)
                })
                .unwrap();
            assert_eq!(got.texts, 7);
        }
        assert_eq!(made, 1, "planned once, then remembered");
        assert_eq!(memo.len(), 1);
        // The same word in another index is another plan.
        memo.plan("brief_fts", "apply", || plan(1)).unwrap();
        assert_eq!(memo.len(), 2);

        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        memo.check(&conn).unwrap();
        assert_eq!(
            memo.len(),
            0,
            "a write since the last search forgets every plan"
        );
    }

    #[test]
    fn writes_of_the_search_itself_keep_the_plans() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TEMP TABLE t (x)").unwrap();
        let memo = SearchMemo::default();
        memo.check(&conn).unwrap();
        // What `index_tokens` does between check and settle.
        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        memo.settle(&conn).unwrap();
        memo.plan("lesson_fts", "apply", || plan(3)).unwrap();
        memo.check(&conn).unwrap();
        assert_eq!(memo.len(), 1);
        memo.forget();
        assert_eq!(memo.len(), 0);
    }
}
