//! Turning a course folder snapshot into the rows to store: parse, match, score — no I/O.
//!
//! A malformed `curriculum.yaml` refuses the whole course (nothing is written); everything
//! else that is odd becomes a warning naming the file and line, and the course still imports.

use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::brief::parse_brief;
use crate::domain::course::{CourseStatus, LessonStatus};
use crate::domain::course_match::match_curriculum;
use crate::domain::curriculum::{CurriculumError, ParsedCurriculum, parse_curriculum};
use crate::domain::issue::Issue;
use crate::domain::lesson_file::LessonFile;
use crate::domain::rubric::{LessonScore, Rubric, score_lesson};
use crate::domain::said::Said;
use crate::storage::{LessonRecord, MetadataRecord, NewCourse, ResearchRecord, ScoreRecord};

use super::course_read::{ReadLesson, decode_warn, encoding_name, read_lessons, warn};
use super::folder::FolderSnapshot;
use super::source_files::{self, research_name};

/// A finding of the import, tied to a file of the course folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportWarning {
    pub file: String,
    #[serde(flatten)]
    pub issue: Issue,
}

/// Why a course was refused: the file, where, what was wrong, what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error(
    "{file}:{}:{}: {} ({}); nothing was imported for this course",
    .curriculum.line,
    .curriculum.column,
    .curriculum.message,
    .curriculum.hint
)]
pub struct ImportRefusal {
    pub file: String,
    /// The parser's error: place, message and hint (the JSON's `line`, `column`, `message`,
    /// `hint`), said in the reader's language from its problem.
    #[serde(flatten)]
    pub curriculum: Box<CurriculumError>,
}

impl ImportRefusal {
    /// The refusal as data, the parser's reason and hint included.
    pub fn said(&self) -> Said {
        Said::new("err-import-refusal")
            .with("file", &self.file)
            .with("line", self.curriculum.line.to_string())
            .with("column", self.curriculum.column.to_string())
            .with("message", self.curriculum.message_said())
            .with("hint", self.curriculum.hint_said())
    }
}

/// Everything one course folder will write.
#[derive(Debug, Clone)]
pub struct CoursePlan {
    pub course: NewCourse,
    pub metadata: MetadataRecord,
    pub lessons: Vec<LessonRecord>,
    pub research: Option<ResearchRecord>,
    pub warnings: Vec<ImportWarning>,
    /// The persona the brief's `mmos_persona` names (either key spelling, spec Q-22).
    pub persona: Option<crate::domain::persona::Persona>,
}

pub fn plan_course(snapshot: &FolderSnapshot, rubric: Rubric) -> Result<CoursePlan, ImportRefusal> {
    let mut warnings: Vec<ImportWarning> = snapshot
        .skipped_links
        .iter()
        .map(|l| skipped_link(l))
        .collect();
    super::course_read::warn_raw_file_names(snapshot, &mut warnings);
    let curriculum = read_curriculum(snapshot, &mut warnings)?;
    let brief = source_files::brief_file(snapshot);
    let brief_text = brief.map(|f| decode_warn(&f.rel_path, &f.bytes, &mut warnings).text);
    let outline = snapshot
        .file("course-outline.md")
        .map(|f| decode_warn(&f.rel_path, &f.bytes, &mut warnings).text);

    let read = read_lessons(snapshot, &mut warnings);
    let files: Vec<LessonFile> = read.lessons.iter().map(|l| l.file.clone()).collect();
    let assignment = &read.assignment;
    // Each lesson's text moves into its record at its file's last use (a file is assigned
    // once), so a course is not held twice while it is planned.
    let mut texts: Vec<String> = Vec::with_capacity(read.lessons.len());
    let mut read_lessons = read.lessons;
    for l in &mut read_lessons {
        texts.push(std::mem::take(&mut l.decoded.text));
    }
    let mut uses = vec![0usize; texts.len()];
    for assigned in &assignment.lessons {
        uses[assigned.index] += 1;
    }
    let mut lessons = Vec::new();
    let matched = curriculum
        .as_ref()
        .map(|c| match_curriculum(c, &files, assignment));
    if let Some(m) = &matched {
        super::course_layout::forget_linked_unnumbered(&mut warnings, m);
        warnings.extend(m.issues.iter().map(|i| warn("curriculum.yaml", i)));
    }
    for assigned in &assignment.lessons {
        let ReadLesson {
            file,
            decoded: text,
            sha256: sha,
        } = &read_lessons[assigned.index];
        let planned = matched
            .as_ref()
            .zip(curriculum.as_ref())
            .and_then(|(m, c)| {
                let pair = m.matched.iter().find(|p| p.path == file.path)?;
                c.lessons().find(|l| l.lesson_id == pair.planned_id)
            });
        uses[assigned.index] -= 1;
        let content = if uses[assigned.index] == 0 {
            std::mem::take(&mut texts[assigned.index])
        } else {
            texts[assigned.index].clone()
        };
        let score = score_lesson(&content, rubric);
        lessons.push(LessonRecord {
            lesson_id: assigned.lesson_id.clone(),
            module_number: file
                .number
                .map(|n| n.0)
                .or(planned.map(|p| p.module_number))
                .or(assigned.module),
            lesson_number: file
                .number
                .map(|n| n.1)
                .or(planned.map(|p| p.lesson_number)),
            sort_order: assigned.order,
            title: planned
                .and_then(|p| p.title.clone())
                .unwrap_or_else(|| file.title.clone()),
            slug: Some(file.file_name.trim_end_matches(".md").to_string()),
            content_markdown: Some(content),
            word_count: score.word_count as u32,
            bloom_level: file
                .bloom_level
                .clone()
                .or(planned.and_then(|p| p.bloom_level.clone())),
            learning_objectives: planned
                .map(|p| p.learning_objectives.clone())
                .unwrap_or_default(),
            key_concepts: planned.map(|p| p.key_concepts.clone()).unwrap_or_default(),
            duration_minutes: file
                .duration_minutes
                .or(planned.and_then(|p| p.duration_minutes)),
            status: LessonStatus::Draft,
            file_path: Some(file.path.clone()),
            content_sha256: Some(sha.clone()),
            source_encoding: Some(encoding_name(text).to_string()),
            score: Some(score_record(&score)),
        });
    }
    if let (Some(m), Some(c)) = (&matched, &curriculum) {
        let next_order = lessons.iter().map(|l| l.sort_order).max().unwrap_or(0) + 1;
        for (i, id) in m.planned_only.iter().enumerate() {
            if let Some(p) = c.lessons().find(|l| &l.lesson_id == id) {
                lessons.push(planned_lesson(p, next_order + i as u32));
            }
        }
    }

    super::course_layout::place_lessons(&mut lessons, curriculum.as_ref(), &mut warnings);

    let parsed_brief = brief_text.as_deref().map(parse_brief);
    if let (Some(b), Some(f)) = (&parsed_brief, brief) {
        warnings.extend(b.issues.iter().map(|i| warn(&f.rel_path, i)));
    }
    let pb = parsed_brief.as_ref();
    let persona = pb.and_then(super::persona::brief_assignment);
    if let (Some(b), Some(f), None) = (pb, brief, &persona) {
        warnings.extend(unusable_persona(b).map(|i| warn(&f.rel_path, &i)));
    }
    let title = pb
        .and_then(|b| b.title.clone())
        .or_else(|| curriculum.as_ref().and_then(|c| c.title.clone()))
        .or_else(|| brief_text.as_deref().and_then(first_h1))
        .unwrap_or_else(|| snapshot.name.clone());
    let slug = course_slug(pb, snapshot);
    let text_or_null = |v: Option<&String>| v.map_or(Value::Null, |t| Value::String(t.clone()));
    let metadata = MetadataRecord {
        brief_markdown: brief_text,
        brief_file_name: brief.map(|f| f.rel_path.clone()),
        brief_fields: pb.map_or(json!({}), |b| serde_json::to_value(b).unwrap_or(json!({}))),
        icp: pb.map_or(json!({}), |b| {
            serde_json::to_value(&b.icp).unwrap_or(json!({}))
        }),
        learning_objectives: json!(
            pb.map(|b| b.learning_objectives.clone())
                .unwrap_or_default()
        ),
        voice: json!({ "text": text_or_null(pb.and_then(|b| b.voice.as_ref())) }),
        format: json!({ "text": text_or_null(pb.and_then(|b| b.format.as_ref())) }),
        commercial: json!({ "text": text_or_null(pb.and_then(|b| b.commercial.as_ref())) }),
        context: json!({ "text": text_or_null(pb.and_then(|b| b.context.as_ref())) }),
        curriculum: curriculum
            .as_ref()
            .map(|c| serde_json::to_value(c).unwrap_or(Value::Null)),
        curriculum_yaml: curriculum.as_ref().map(|c| c.raw_yaml.clone()),
        outline_markdown: outline,
        total_modules: curriculum.as_ref().map_or(0, |c| c.modules.len() as u32),
        total_lessons: lessons.len() as u32,
        total_duration_minutes: curriculum
            .as_ref()
            .map(|c| c.lessons().filter_map(|l| l.duration_minutes).sum()),
        course_type: pb
            .and_then(|b| b.course_type.clone())
            .filter(|t| matches!(t.as_str(), "technical" | "conceptual" | "mixed")),
        tool_name: pb.and_then(|b| b.tool.clone()),
        rubric: rubric.as_str().to_string(),
        source_path: snapshot.source.as_ref().map(|p| p.display().to_string()),
        ..MetadataRecord::default()
    };
    let course = NewCourse {
        slug,
        title,
        subtitle: pb.and_then(|b| b.subtitle.clone()),
        keywords: pb.map(|b| b.tags.clone()).unwrap_or_default(),
        status: CourseStatus::Draft,
    };
    Ok(CoursePlan {
        course,
        metadata,
        lessons,
        research: read_research(snapshot, &mut warnings),
        warnings,
        persona,
    })
}

fn read_curriculum(
    snapshot: &FolderSnapshot,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Option<ParsedCurriculum>, ImportRefusal> {
    let Some(file) = source_files::curriculum_file(snapshot) else {
        return Ok(None);
    };
    let text = decode_warn(&file.rel_path, &file.bytes, warnings).text;
    let parsed = parse_curriculum(&text).map_err(|e| ImportRefusal {
        file: file.rel_path.clone(),
        curriculum: Box::new(e),
    })?;
    warnings.extend(parsed.issues.iter().map(|i| warn(&file.rel_path, i)));
    Ok(Some(parsed))
}

fn read_research(
    snapshot: &FolderSnapshot,
    warnings: &mut Vec<ImportWarning>,
) -> Option<ResearchRecord> {
    let mut record = ResearchRecord {
        research_summary: json!({}),
        ..ResearchRecord::default()
    };
    super::course_read::warn_skipped_research(snapshot, warnings);
    let files = source_files::research_files(snapshot);
    let slots = source_files::research_slots(files.iter().map(|f| research_name(&f.rel_path)));
    for (f, slot) in files.iter().zip(&slots) {
        let text = decode_warn(&f.rel_path, &f.bytes, warnings).text;
        let column = match *slot {
            "market_analysis" => &mut record.market_analysis,
            "content_gaps" => &mut record.content_gaps,
            "differentiation" => &mut record.differentiation,
            "sources" => &mut record.sources,
            _ => {
                record.research_summary[research_name(&f.rel_path)] = Value::String(text);
                continue;
            }
        };
        *column = Some(text);
    }
    let any = !files.is_empty();
    any.then_some(record)
}

pub(super) fn planned_lesson(
    p: &crate::domain::curriculum::PlannedLesson,
    order: u32,
) -> LessonRecord {
    LessonRecord {
        lesson_id: p.lesson_id.clone(),
        module_number: Some(p.module_number),
        lesson_number: Some(p.lesson_number),
        sort_order: order,
        title: p
            .title
            .clone()
            .unwrap_or_else(|| format!("Aula {}", p.lesson_id)),
        slug: None,
        content_markdown: None,
        word_count: 0,
        bloom_level: p.bloom_level.clone(),
        learning_objectives: p.learning_objectives.clone(),
        key_concepts: p.key_concepts.clone(),
        duration_minutes: p.duration_minutes,
        status: LessonStatus::Draft,
        file_path: p.file_path.clone(),
        content_sha256: None,
        source_encoding: None,
        score: None,
    }
}

/// The stored form of a lesson's judgement.
pub fn score_record(score: &LessonScore) -> ScoreRecord {
    ScoreRecord {
        rubric: score.rubric.as_str().to_string(),
        gps_valid: score.gps.valid,
        gps_points: score.gps.score,
        didatica_points: score.didatica.score,
        validation_status: score.status,
        issues: score.issues.clone(),
        details: json!({ "gps": score.gps, "didatica": score.didatica }),
    }
}

/// The brief's `mmos_persona` names a slug no persona can have: said, not dropped silently.
fn unusable_persona(brief: &crate::domain::brief::ParsedBrief) -> Option<Issue> {
    let slug = brief.persona_slug.as_deref()?;
    crate::domain::persona::slug_problem(slug)?;
    Some(Issue {
        code: "BRIEF-PERSONA-SLUG".into(),
        severity: crate::domain::issue::Severity::Warning,
        element: "mmos_persona".into(),
        message: format!(
            "mmos_persona names `{slug}`, which cannot be a persona slug; no persona was assigned"
        ),
        hint: "use lower-case letters, digits, `-` or `_` (e.g. `jose_amorim`), or assign one \
               with `lectern persona assign`"
            .into(),
        line_start: None,
        line_end: None,
        args: crate::domain::issue::args([("slug", slug.into())]),
    })
}

/// A symbolic link of the course folder, which import never follows (it could point anywhere).
fn skipped_link(rel_path: &str) -> ImportWarning {
    ImportWarning {
        file: rel_path.to_string(),
        issue: Issue {
            code: "IMPORT-SYMLINK-SKIPPED".into(),
            severity: crate::domain::issue::Severity::Warning,
            element: rel_path.to_string(),
            message: "symbolic link, not followed; skipped".into(),
            hint: "copy the file (or folder) into the course folder to import it".into(),
            line_start: None,
            line_end: None,
            args: Default::default(),
        },
    }
}

/// The brief's slug if it has one, else the folder name (issue 4).
pub(super) fn course_slug(
    brief: Option<&crate::domain::brief::ParsedBrief>,
    snapshot: &FolderSnapshot,
) -> String {
    brief
        .and_then(|b| b.slug.clone().or_else(|| b.course_slug.clone()))
        .filter(|s| is_slug(s))
        .unwrap_or_else(|| snapshot.name.clone())
}

/// Slugs the store accepts from a brief: kebab-case ASCII (spec §5.6 `^[a-z0-9-]{3,50}$`).
fn is_slug(s: &str) -> bool {
    (3..=50).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn first_h1(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|t| t.trim().to_string())
}
