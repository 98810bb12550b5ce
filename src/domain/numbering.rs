//! Reading lesson and module numbers out of ids, labels and file names.
//!
//! One tolerant reader shared by the curriculum parser and the lesson-file parser, so that
//! `"1.1"`, `1.10`, `"Aula 1.1"`, `01.1`, `m1-l1` and `aula-1.1-slug.md` all agree. Pure.

use regex::Regex;
use std::sync::LazyLock;

// Literal patterns, exercised by the tests below. `(?:^|[^\d.])` keeps `10.1` from being read as `0.1` when the match starts mid-number.
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d.])0*(\d+)\s*\.\s*0*(\d+)").expect("literal pattern"));
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").expect("literal pattern"));
static FILE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:aula[-_ ]?)?0*(\d+)\.0*(\d+)").expect("literal pattern"));

/// `(module, lesson)` from an id or label: the first `M.L` (`"Aula 1.1"`, `01.10`), else the
/// first two separate numbers (`m1-l2`, `module_2_lesson_3`).
pub fn lesson_number(text: &str) -> Option<(u32, u32)> {
    if let Some(caps) = DOTTED.captures(text) {
        return Some((caps[1].parse().ok()?, caps[2].parse().ok()?));
    }
    let mut numbers = DIGITS
        .find_iter(text)
        .filter_map(|m| m.as_str().parse::<u32>().ok());
    let module = numbers.next()?;
    let lesson = numbers.next()?;
    Some((module, lesson))
}

/// The first number in a text (`module-1` → 1, `Módulo 3` → 3, `day_3` → 3).
pub fn first_number(text: &str) -> Option<u32> {
    DIGITS.find(text).and_then(|m| m.as_str().parse().ok())
}

/// `(module, lesson)` from a lesson file name per spec §7.1: `1.1-x.md`, `01.1-x.md`,
/// `aula-1.1-x.md`, `1.2- Por Que.md`, `0.0-intro.md`. `BONUS-x.md` → `None`.
pub fn file_name_number(file_name: &str) -> Option<(u32, u32)> {
    let caps = FILE_NAME.captures(file_name)?;
    Some((caps[1].parse().ok()?, caps[2].parse().ok()?))
}

/// The canonical `M.L` form, without zero padding.
pub fn lesson_id(module: u32, lesson: u32) -> String {
    format!("{module}.{lesson}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids() {
        assert_eq!(lesson_number("1.10"), Some((1, 10)));
        assert_eq!(lesson_number("Aula 1.1"), Some((1, 1)));
        assert_eq!(lesson_number("01.2"), Some((1, 2)));
        assert_eq!(lesson_number("10.1"), Some((10, 1)));
        assert_eq!(lesson_number("m1-l2"), Some((1, 2)));
        assert_eq!(lesson_number("day_3"), None);
        assert_eq!(first_number("day_3"), Some(3));
        assert_eq!(first_number("Módulo 12"), Some(12));
    }

    #[test]
    fn reads_file_names() {
        assert_eq!(file_name_number("aula-1.1-x.md"), Some((1, 1)));
        assert_eq!(file_name_number("01.1-x.md"), Some((1, 1)));
        assert_eq!(file_name_number("00.1-x.md"), Some((0, 1)));
        assert_eq!(file_name_number("12.07-x.md"), Some((12, 7)));
        assert_eq!(
            file_name_number("1.2- Por Que 70% dos Alunos.md"),
            Some((1, 2))
        );
        assert_eq!(file_name_number("0.0-intro.md"), Some((0, 0)));
        assert_eq!(file_name_number("BONUS-x.md"), None);
        assert_eq!(lesson_id(1, 10), "1.10");
    }
}
