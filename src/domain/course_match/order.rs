//! The order a course is shown and stored in (issue 13): modules in curriculum order (module
//! number order without a curriculum), each module's lessons by number (1.2 < 1.10) with its
//! unnumbered files (glossaries, extras) after them, and everything that belongs to no module
//! of the curriculum in one final group. Pure.

/// What the order needs to know about one lesson (a file or a planned-only entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub module: Option<u32>,
    /// The lesson number inside its module; `None` for unnumbered files.
    pub lesson: Option<u32>,
    /// Tie-breaker: the file order (name order inside a folder), planned-only entries after.
    pub source_order: u32,
}

/// The course order of `items` (indexes into it) and, apart, the indexes that landed in the
/// final group because their module is not in `curriculum_modules` (numbers in curriculum
/// order; `None` when the course has no curriculum, so every numbered module is a group).
pub fn course_order(
    curriculum_modules: Option<&[u32]>,
    items: &[Placement],
) -> (Vec<usize>, Vec<usize>) {
    let group = |p: &Placement| -> Option<usize> {
        let m = p.module?;
        match curriculum_modules {
            Some(listed) => listed.iter().position(|&n| n == m),
            None => Some(m as usize),
        }
    };
    let key = |p: &Placement| {
        (
            group(p).unwrap_or(usize::MAX),
            p.module.unwrap_or(u32::MAX),
            p.lesson.unwrap_or(u32::MAX),
            p.source_order,
        )
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| key(&items[i]));
    let outside = order
        .iter()
        .copied()
        .filter(|&i| group(&items[i]).is_none())
        .collect();
    (order, outside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(module: Option<u32>, lesson: Option<u32>, source_order: u32) -> Placement {
        Placement {
            module,
            lesson,
            source_order,
        }
    }

    #[test]
    fn curriculum_order_numeric_lessons_and_a_final_group() {
        let items = [
            at(Some(1), Some(10), 1),
            at(Some(9), Some(1), 2),
            at(Some(1), None, 3), // glossary of module 1
            at(Some(2), Some(1), 4),
            at(Some(1), Some(2), 5),
            at(None, None, 6),         // BONUS outside any module
            at(Some(1), Some(4), 100), // planned only
        ];
        let (order, outside) = course_order(Some(&[2, 1]), &items);
        assert_eq!(order, [3, 4, 6, 0, 2, 1, 5]);
        assert_eq!(outside, [1, 5]);
        let (order, outside) = course_order(None, &items);
        assert_eq!(order, [4, 6, 0, 2, 3, 1, 5]);
        assert_eq!(outside, [5]);
    }
}
