//! Search input cut into words by SQLite's own `unicode61` tokenizer (issue 21, item 17), so
//! a query term is always exactly one index token. Splitting in Rust (`is_alphanumeric`) keeps
//! spacing marks such as Devanagari vowel signs inside a word where `unicode61` splits, and
//! the quoted term then became a phrase, which `detail = 'column'` indexes refuse.

use super::StoreError;
use super::repo::Repo;

impl Repo<'_> {
    /// The tokens the search indexes would make of `input` (case-folded, diacritics removed),
    /// in order. Uses a TEMP table of this connection: nothing is written to the database.
    pub fn index_tokens(&self, input: &str) -> Result<Vec<String>, StoreError> {
        // This runs on each search keystroke: statements from the statement cache, the
        // tables made once per connection. (What is left of its cost, 12–20 % of a keystroke,
        // is the FTS5 TEMP table's own writing, not parsing: docs/benchmarks.md, sixth pass.)
        let made: bool = self
            .conn()
            .prepare_cached(
                "SELECT count(*) = 2 FROM temp.sqlite_schema
                 WHERE name IN ('query_tokens', 'query_token_list')",
            )?
            .query_row([], |r| r.get(0))?;
        if !made {
            self.conn().execute_batch(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_tokens USING fts5(
                     q, tokenize = 'unicode61 remove_diacritics 2');
                 CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_token_list
                     USING fts5vocab('temp', 'query_tokens', 'instance');",
            )?;
        }
        // Emptied first, so a search that failed half way leaves nothing behind for this one.
        self.conn()
            .prepare_cached("DELETE FROM temp.query_tokens")?
            .execute([])?;
        self.conn()
            .prepare_cached("INSERT INTO temp.query_tokens (q) VALUES (?1)")?
            .execute([input])?;
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT term FROM temp.query_token_list ORDER BY offset")?;
        let tokens = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(tokens)
    }

    /// `input` as an FTS5 query of prefix terms, one per index token; `None` when it holds no
    /// word at all.
    pub fn fts_query(&self, input: &str) -> Result<Option<String>, StoreError> {
        let terms: Vec<String> = self
            .index_tokens(input)?
            .into_iter()
            .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
            .collect();
        Ok((!terms.is_empty()).then(|| terms.join(" ")))
    }
}
