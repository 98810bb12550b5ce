//! How a search is put to one full-text index so that its cost does not grow with the library
//! (issue 16): a query whose words are in every one of 200,000 lessons took a second, spent
//! in work proportional to the number of texts holding each word.
//!
//! Three things in FTS5 cost that much, and each is avoided here:
//! - A prefix term (`"apply"*`) is answered by merging the lists of every term with that
//!   prefix into one in-memory list before the first row comes out. Each word is therefore
//!   expanded into the index's own terms with that prefix (`("apply" OR "applying")`, read
//!   from an `fts5vocab` table, one seek per term), which FTS5 reads lazily, row by row.
//! - bm25 counts, once per query, every text holding each word (its IDF). A word in at
//!   least [`COMMON`] texts therefore filters the hits but does not rank them: bm25 gives
//!   such words almost no weight anyway (FTS5 clamps the IDF of a word in more than half the
//!   texts to 10⁻⁶), and counting is cheap only up to a bound.
//! - Ranking reads every match. When every word is common there is nothing to rank by: the
//!   first hits in library order (the order texts were stored) are taken without ranking.
//!
//! In a library where every word is in fewer than [`COMMON`] texts (any library of fewer
//! texts) the query and its ranks are exactly plain bm25 over all the words, as before.

use rusqlite::OptionalExtension;

use super::StoreError;
use super::repo::Repo;
use super::search_memo::WordPlan;

/// Texts of one index from which a word is "common": it filters but no longer ranks. Counting
/// up to this many matches costs ≈ 0.2 ms; ranking this many ≈ 2 ms (200,000-lesson library).
pub const COMMON: u32 = 2_000;

/// Index terms a word may expand to before it is left to FTS5 as a prefix term (a short
/// prefix such as `a` can match thousands of terms; one seek each would cost more than the
/// merge).
const MAX_TERMS: usize = 24;

/// What to ask one index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum IndexPlan {
    /// Some word has no term in this index: nothing here can match.
    NoMatch,
    /// bm25 over `rank` (the words in fewer than [`COMMON`] texts, as prefix terms) among the
    /// texts holding every word (`filter`, each word as its terms).
    Ranked { filter: String, rank: String },
    /// Every word is in at least [`COMMON`] texts: the first hits in library order.
    Broad { filter: String },
}

impl Repo<'_> {
    /// The plan for `tokens` (see [`Repo::index_tokens`]) on the FTS5 table `fts`.
    pub(super) fn plan_index(
        &self,
        fts: &'static str,
        tokens: &[String],
    ) -> Result<IndexPlan, StoreError> {
        let mut filter = Vec::with_capacity(tokens.len());
        let mut rank = Vec::with_capacity(tokens.len());
        for token in tokens {
            let word = match self.search_memo() {
                Some(memo) => memo.plan(fts, token, || self.plan_word(fts, token))?,
                None => self.plan_word(fts, token)?,
            };
            let Some(term) = word.term.filter(|_| word.texts > 0) else {
                return Ok(IndexPlan::NoMatch);
            };
            if word.texts < COMMON {
                // As one prefix term, so bm25 weighs the word once, as it always did, and not
                // each of its terms apart (a rare variant would then outweigh the word).
                rank.push(format!("{}*", quoted(token)));
            }
            filter.push(term);
        }
        let filter = filter.join(" AND ");
        Ok(if rank.is_empty() {
            IndexPlan::Broad { filter }
        } else {
            IndexPlan::Ranked {
                filter,
                rank: rank.join(" AND "),
            }
        })
    }

    /// One word's terms in `fts` and how many texts hold it (up to [`COMMON`]).
    fn plan_word(&self, fts: &str, token: &str) -> Result<WordPlan, StoreError> {
        let vocab = self.vocab_table(fts)?;
        let term = match self.expand(&vocab, token)? {
            Some(terms) if terms.is_empty() => {
                return Ok(WordPlan {
                    term: None,
                    texts: 0,
                });
            }
            Some(terms) => any_of(&terms),
            None => format!("{}*", quoted(token)),
        };
        let texts = self.count_up_to(fts, &term, COMMON)?;
        Ok(WordPlan {
            term: Some(term),
            texts,
        })
    }

    /// A TEMP `fts5vocab` table over `fts` (one per connection, made on first use).
    fn vocab_table(&self, fts: &str) -> Result<String, StoreError> {
        let vocab = format!("{fts}_terms");
        self.conn().execute_batch(&format!(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocab}
                 USING fts5vocab('main', '{fts}', 'instance');"
        ))?;
        Ok(vocab)
    }

    /// The index terms starting with `prefix`, in order; `None` when there are more than
    /// [`MAX_TERMS`]. Each step seeks to the first term after the last one found: the
    /// `instance` table starts at a `term >=` bound without reading what comes before it.
    fn expand(&self, vocab: &str, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT term FROM temp.{vocab} WHERE term >= ?1 LIMIT 1"
        ))?;
        let mut terms: Vec<String> = Vec::new();
        let mut from = prefix.to_string();
        while let Some(term) = stmt
            .query_row([&from], |row| row.get::<_, String>(0))
            .optional()?
        {
            if !term.starts_with(prefix) {
                break;
            }
            if terms.len() == MAX_TERMS {
                return Ok(None);
            }
            // The smallest string after `term`: tokens hold no control characters.
            from = format!("{term}\u{1}");
            terms.push(term);
        }
        Ok(Some(terms))
    }

    /// How many texts of `fts` match `query`, counting no further than `bound`. The bound is
    /// written into the SQL: a bound `LIMIT ?` makes SQLite plan the statement again on every
    /// use (see `Source::ranked_sql`).
    fn count_up_to(&self, fts: &str, query: &str, bound: u32) -> Result<u32, StoreError> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ?1 LIMIT {bound})"
        ))?;
        Ok(stmt.query_row([query], |row| row.get(0))?)
    }
}

fn quoted(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

/// `"a"` for one term, `("a" OR "b")` for several.
fn any_of(terms: &[String]) -> String {
    match terms {
        [one] => quoted(one),
        _ => {
            let each: Vec<String> = terms.iter().map(|t| quoted(t)).collect();
            format!("({})", each.join(" OR "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_quoted_and_alternatives_grouped() {
        assert_eq!(any_of(&["apply".to_string()]), "\"apply\"");
        assert_eq!(
            any_of(&["a\"b".to_string(), "ab".to_string()]),
            "(\"a\"\"b\" OR \"ab\")"
        );
    }
}
