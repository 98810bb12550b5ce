//! The course screen's generation keys turned into intents for the jobs panel: which lessons
//! `g` (planned), `R` (failing) and `r` (the selected one) would write, with their length and
//! current scores (so the panel can show the change later); `x`/`X` cancel; `C`/`M` ask for
//! the curriculum / market research from the brief.
//!
//! Reads the loaded course only; must not do I/O.

use crate::services::LessonSelection;
use crate::tui::message::effect::{Effect, OpenLesson};
use crate::tui::message::jobs::{
    DocumentKind, DocumentPlan, JobsIntent, PlannedLesson, Replaced, RunKind, RunPlan,
    ScoreSnapshot,
};

use crate::tui::screens::course::model::TreeRow;
use crate::tui::screens::course::{CourseCommand, CourseScreen};

impl CourseScreen {
    pub(super) fn generation_intent(&self, command: CourseCommand) -> Option<Effect> {
        let kind = match command {
            CourseCommand::CancelJob => return Some(Effect::Jobs(JobsIntent::CancelSelected)),
            CourseCommand::CancelAllJobs => return Some(Effect::Jobs(JobsIntent::CancelAll)),
            CourseCommand::GenerateCurriculum => return self.document(DocumentKind::Curriculum),
            CourseCommand::GenerateResearch => return self.document(DocumentKind::Research),
            CourseCommand::GenerateAll => RunKind::Planned,
            CourseCommand::RegenerateFailing => RunKind::Failing,
            _ => RunKind::One,
        };
        let model = self.model.as_ref()?;
        let selected = match self.rows.get(self.selected) {
            Some(TreeRow::Lesson(i)) => Some(*i),
            _ => None,
        };
        let chosen: Vec<usize> = (0..model.facts.len())
            .filter(|&i| match kind {
                RunKind::Planned => model.facts[i].is_planned(),
                RunKind::Failing => model.facts[i].is_failing(),
                RunKind::One => selected == Some(i),
            })
            .collect();
        let mut replaced = Replaced::default();
        for &i in &chosen {
            if let Some(row) = model.lessons.get(i) {
                let has_text = row.record.content_markdown.is_some();
                replaced.count(row.origin.as_deref(), has_text);
            }
        }
        let lessons = chosen
            .iter()
            .filter_map(|&i| {
                let facts = model.facts.get(i)?;
                let row = model.lessons.get(i)?;
                Some(PlannedLesson {
                    lesson_id: facts.lesson_id.clone(),
                    title: facts.title.clone(),
                    minutes: row.record.duration_minutes,
                    previous: facts.status.map(|status| ScoreSnapshot {
                        gps_points: facts.gps_points,
                        didatica_points: facts.didatica_points,
                        status,
                    }),
                })
            })
            .collect::<Vec<_>>();
        let selection = match kind {
            RunKind::Planned => LessonSelection {
                missing: true,
                ..LessonSelection::default()
            },
            RunKind::Failing => LessonSelection {
                failed: true,
                ..LessonSelection::default()
            },
            RunKind::One => LessonSelection {
                lesson_ids: lessons.iter().map(|l| l.lesson_id.clone()).collect(),
                ..LessonSelection::default()
            },
        };
        Some(Effect::Jobs(JobsIntent::Run(Box::new(RunPlan {
            kind,
            slug: self.slug().to_string(),
            course_title: model.title.clone(),
            selection,
            lessons,
            replaced,
        }))))
    }

    /// `C`/`M`: a course-level document, saying whether one is already stored.
    fn document(&self, kind: DocumentKind) -> Option<Effect> {
        let model = self.model.as_ref()?;
        let exists = match kind {
            DocumentKind::Curriculum => model.has_curriculum,
            DocumentKind::Research => model.has_research,
        };
        Some(Effect::Jobs(JobsIntent::Document(Box::new(DocumentPlan {
            kind,
            slug: self.slug().to_string(),
            course_title: model.title.clone(),
            exists,
        }))))
    }

    /// The lesson screen's input for `lesson_id`, planned lessons included (to watch one
    /// being written).
    pub fn open_lesson(&self, lesson_id: &str) -> Option<OpenLesson> {
        let model = self.model.as_ref()?;
        let i = model.facts.iter().position(|f| f.lesson_id == lesson_id)?;
        Some(OpenLesson {
            course_slug: self.slug().to_string(),
            course_title: model.title.clone(),
            lesson: model.lessons.get(i)?.clone(),
            at: Default::default(),
        })
    }
}
