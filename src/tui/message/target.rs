//! `EditorTarget`: which text an editor holds (a course's brief, its curriculum, or one
//! lesson). Named by effects, authoring messages and the analysis alike, so it sits alone.

/// Which text an editor holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditorTarget {
    Brief { slug: String },
    Curriculum { slug: String },
    Lesson { slug: String, lesson_id: String },
}

impl EditorTarget {
    pub fn slug(&self) -> &str {
        match self {
            EditorTarget::Brief { slug }
            | EditorTarget::Curriculum { slug }
            | EditorTarget::Lesson { slug, .. } => slug,
        }
    }
}
