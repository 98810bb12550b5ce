//! Unique, deterministic lesson ids and course order for all lesson files of a course.
//!
//! Ids are `M.L` without zero padding, from the file name. Files sharing a number are all kept:
//! they take their front matter `lesson_id` when that tells them apart (`2.1-mac`,
//! `2.1-windows`), else `5.1`, `5.1-b`, … in file-name order. Unnumbered files (`BONUS-…`) keep
//! their file stem as id and sort after their folder's numbered lessons. Every such decision is
//! a warning naming the files. The result depends only on the input set, never its order. Pure.

use crate::domain::issue::{Issue, IssueArg, Severity, args};
use crate::domain::lesson_file::LessonFile;
use crate::domain::numbering::{lesson_id, lesson_number};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One file's place in the course.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignedLesson {
    /// Index of the file in the slice given to `assign_lesson_ids`.
    pub index: usize,
    pub path: String,
    /// Unique within the course.
    pub lesson_id: String,
    /// `M.L` from the file name (shared by files with the same number), `None` if unnumbered.
    pub number_id: Option<String>,
    /// The module the file belongs to: its number's, else (unnumbered) its folder's when the
    /// folder is one module's (`modulo-2/`, or all its numbered files share a module).
    #[serde(default)]
    pub module: Option<u32>,
    /// 1-based position in course order.
    pub order: u32,
}

/// All files in course order, with the warnings raised while numbering them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonIdAssignment {
    pub lessons: Vec<AssignedLesson>,
    pub issues: Vec<Issue>,
}

type SortKey = (u32, u32, u8, String);

/// Assigns ids and order to every lesson file of one course.
pub fn assign_lesson_ids(files: &[LessonFile]) -> LessonIdAssignment {
    let mut issues = Vec::new();
    let mut ids: HashMap<usize, String> = HashMap::new();
    let mut groups: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if let Some(number) = f.number {
            groups.entry(number).or_default().push(i);
        }
    }
    for (&(m, l), members) in &mut groups {
        members.sort_by(|&a, &b| file_order(&files[a]).cmp(&file_order(&files[b])));
        let base = lesson_id(m, l);
        if members.len() == 1 {
            ids.insert(members[0], base);
            continue;
        }
        let chosen = distinct_front_matter_ids(files, members, (m, l)).unwrap_or_else(|| {
            let suffixes = std::iter::once(String::new()).chain(suffix_letters());
            suffixes
                .take(members.len())
                .map(|s| format!("{base}{s}"))
                .collect()
        });
        issues.push(duplicate_warning(files, members, &base, &chosen));
        ids.extend(members.iter().copied().zip(chosen));
    }
    let keys = sort_keys(files);
    let folder_modules = folder_modules(files);
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut taken: HashSet<String> = ids.values().cloned().collect();
    for &i in order.iter().filter(|&&i| files[i].number.is_none()) {
        let f = &files[i];
        let wanted = f
            .front_matter_lesson_id
            .clone()
            .unwrap_or_else(|| stem(f).to_string());
        let id = if taken.contains(&wanted) {
            let unique = suffix_letters()
                .map(|s| format!("{wanted}{s}"))
                .find(|c| !taken.contains(c));
            unique.unwrap_or_else(|| format!("{wanted}-{i}"))
        } else {
            wanted
        };
        issues.push(unnumbered_warning(f, &id));
        taken.insert(id.clone());
        ids.insert(i, id);
    }
    let lessons = order
        .into_iter()
        .zip(1u32..)
        .map(|(i, position)| AssignedLesson {
            index: i,
            path: files[i].path.clone(),
            lesson_id: ids.get(&i).cloned().unwrap_or_default(),
            number_id: files[i].number.map(|(m, l)| lesson_id(m, l)),
            module: files[i].number.map(|(m, _)| m).or_else(|| {
                let f = &files[i];
                folder_modules
                    .get(f.folder.as_str())
                    .copied()
                    .flatten()
                    .or(f.folder_module)
            }),
            order: position,
        })
        .collect();
    LessonIdAssignment { lessons, issues }
}

/// Front matter ids of a duplicate group, if every file has one, they all carry the group's
/// number and no two are equal.
fn distinct_front_matter_ids(
    files: &[LessonFile],
    members: &[usize],
    number: (u32, u32),
) -> Option<Vec<String>> {
    let ids: Vec<String> = members
        .iter()
        .map(|&i| files[i].front_matter_lesson_id.clone())
        .collect::<Option<_>>()?;
    let all_match = ids.iter().all(|id| lesson_number(id) == Some(number));
    let distinct = ids.iter().collect::<HashSet<_>>().len() == ids.len();
    (all_match && distinct).then_some(ids)
}

/// `-b`, `-c`, … `-z`, then `-27`, `-28`, … (never runs out).
fn suffix_letters() -> impl Iterator<Item = String> {
    ('b'..='z')
        .map(|c| format!("-{c}"))
        .chain((27u32..).map(|n| format!("-{n}")))
}

/// Numbered files by (module, lesson, name); unnumbered ones right after the last numbered
/// file of their folder (or, in a folder without numbered files, after its module's lessons,
/// else at the end), by name.
fn sort_keys(files: &[LessonFile]) -> Vec<SortKey> {
    let mut folder_last: HashMap<&str, (u32, u32)> = HashMap::new();
    for f in files {
        if let Some(n) = f.number {
            let last = folder_last.entry(f.folder.as_str()).or_insert(n);
            *last = (*last).max(n);
        }
    }
    files
        .iter()
        .map(|f| match f.number {
            Some((m, l)) => (m, l, 0, file_order(f)),
            None => {
                let (m, l) = folder_last
                    .get(f.folder.as_str())
                    .copied()
                    .or_else(|| f.folder_module.map(|m| (m, u32::MAX)))
                    .unwrap_or((u32::MAX, u32::MAX));
                (m, l, 1, file_order(f))
            }
        })
        .collect()
}

/// Per folder, the one module all its numbered files belong to (`None` when they differ).
fn folder_modules(files: &[LessonFile]) -> HashMap<&str, Option<u32>> {
    let mut out: HashMap<&str, Option<u32>> = HashMap::new();
    for f in files {
        if let Some((m, _)) = f.number {
            out.entry(f.folder.as_str())
                .and_modify(|seen| {
                    if *seen != Some(m) {
                        *seen = None;
                    }
                })
                .or_insert(Some(m));
        }
    }
    out
}

fn file_order(f: &LessonFile) -> String {
    format!("{}\u{0}{}", f.file_name, f.path)
}

fn stem(f: &LessonFile) -> &str {
    f.file_name.strip_suffix(".md").unwrap_or(&f.file_name)
}

fn duplicate_warning(files: &[LessonFile], members: &[usize], base: &str, ids: &[String]) -> Issue {
    let named: Vec<String> = members
        .iter()
        .zip(ids)
        .map(|(&i, id)| format!("{} (as {id})", files[i].path))
        .collect();
    Issue {
        code: "IMPORT-DUPLICATE-LESSON-NUMBER".into(),
        severity: Severity::Warning,
        element: "lessons".into(),
        message: format!(
            "{} files share lesson number {base}: {}; all are kept, in file-name order, and a \
             curriculum entry {base} is ambiguous",
            members.len(),
            named.join(", ")
        ),
        hint: format!(
            "renumber the files or give each a distinct front matter lesson_id ({base}-…)"
        ),
        line_start: None,
        line_end: None,
        args: args([
            ("count", members.len().into()),
            ("base", base.into()),
            (
                "files",
                IssueArg::Items(
                    members
                        .iter()
                        .zip(ids)
                        .map(|(&i, id)| {
                            args([
                                ("path", files[i].path.as_str().into()),
                                ("id", id.as_str().into()),
                            ])
                        })
                        .collect(),
                ),
            ),
        ]),
    }
}

fn unnumbered_warning(f: &LessonFile, id: &str) -> Issue {
    let folder = if f.folder.is_empty() {
        "."
    } else {
        f.folder.as_str()
    };
    Issue {
        code: "IMPORT-UNNUMBERED-LESSON".into(),
        severity: Severity::Warning,
        element: f.path.clone(),
        message: format!(
            "{} has no lesson number in its name; kept as `{id}`, ordered after the numbered \
             lessons of {folder}/",
            f.path
        ),
        hint: "rename it M.L-slug.md to place it in the course".into(),
        line_start: None,
        line_end: None,
        args: args([
            ("path", f.path.as_str().into()),
            ("id", id.into()),
            ("folder", folder.into()),
        ]),
    }
}

#[cfg(test)]
mod tests;
