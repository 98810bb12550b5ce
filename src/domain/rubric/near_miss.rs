//! Headings the `creatoros` rubric does not recognise although they look right on screen: a
//! Position or Steps emoji typed without its variation selector (U+FE0F), which the
//! reference's patterns require (`🗺️`, `🛤️`; `🎯` needs none), or Position marked `📍`. Scores keep the reference's
//! verdict (parity); the missing-section issue then says why and points at that heading.
//! Pure: no I/O.

use std::sync::LazyLock;

use regex::Regex;

use super::re;

static POSITION_BARE: LazyLock<Regex> =
    LazyLock::new(|| re(r"##[\s\x1C-\x1F]*🗺(?:[^\x{FE0F}]|\z)"));
/// `📍` is a Position marker in Lectern's templates and under `strict`, never under `creatoros`.
static POSITION_PIN: LazyLock<Regex> = LazyLock::new(|| re(r"##[\s\x1C-\x1F]*📍"));
static STEPS_BARE: LazyLock<Regex> = LazyLock::new(|| re(r"##[\s\x1C-\x1F]*🛤(?:[^\x{FE0F}]|\z)"));

/// A section the rubric did not find, and the heading that was probably meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// Byte offset of the heading's `##`.
    pub heading: usize,
    /// `bare` (the emoji without its selector) or `pin` (`📍`): the message files' selector.
    pub kind: &'static str,
    /// Why it was not taken, in the author's terms.
    pub why: &'static str,
}

/// A Position heading with a bare `🗺`, or with `📍`.
pub fn position(text: &str) -> Option<NearMiss> {
    let bare = POSITION_BARE.find(text).map(|m| NearMiss {
        heading: m.start(),
        kind: "bare",
        why: "a Position heading was found without the emoji's variation selector; the \
              CreatorOS rubric requires `🗺️` or `## P - POSITION`",
    });
    let pin = POSITION_PIN.find(text).map(|m| NearMiss {
        heading: m.start(),
        kind: "pin",
        why: "a Position heading was found with `📍`, which the CreatorOS rubric does not \
              know; it requires `🗺️` or `## P - POSITION`",
    });
    [bare, pin].into_iter().flatten().min_by_key(|m| m.heading)
}

/// A Steps heading with a bare `🛤`.
pub fn steps(text: &str) -> Option<NearMiss> {
    STEPS_BARE.find(text).map(|m| NearMiss {
        heading: m.start(),
        kind: "bare",
        why: "a Steps heading was found without the emoji's variation selector; the CreatorOS \
              rubric requires `🛤️` or `## S - STEPS`",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bare_emoji_is_a_near_miss() {
        assert_eq!(steps("# T\n## 🛤 S - STEPS\n").map(|m| m.heading), Some(4));
        assert_eq!(steps("## 🛤\u{FE0F} S - STEPS\n"), None);
        assert_eq!(
            steps("## 🛤"),
            Some(NearMiss {
                heading: 0,
                kind: "bare",
                why: steps("##🛤").unwrap().why
            })
        );
        assert!(position("x\n## 🗺 P - POSITION").is_some());
        assert!(position("## 🗺\u{FE0F} P - POSITION").is_none());
        let pin = position("# T\n## 📍 POSITION\n").unwrap();
        assert_eq!(pin.heading, 4);
        assert!(pin.why.contains("📍"), "{}", pin.why);
    }
}
