//! Bloom's taxonomy levels (spec §4): parsing the ways real curricula write them and lectern's
//! own progression rule (§4.3, labelled as lectern's: the reference never implemented one).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BloomLevel {
    Remember = 1,
    Understand = 2,
    Apply = 3,
    Analyze = 4,
    Evaluate = 5,
    Create = 6,
}

impl BloomLevel {
    pub const ALL: [BloomLevel; 6] = [
        BloomLevel::Remember,
        BloomLevel::Understand,
        BloomLevel::Apply,
        BloomLevel::Analyze,
        BloomLevel::Evaluate,
        BloomLevel::Create,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(n: u8) -> Option<BloomLevel> {
        Self::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// The template's lower-case key (`remember` … `create`).
    pub fn key(self) -> &'static str {
        match self {
            BloomLevel::Remember => "remember",
            BloomLevel::Understand => "understand",
            BloomLevel::Apply => "apply",
            BloomLevel::Analyze => "analyze",
            BloomLevel::Evaluate => "evaluate",
            BloomLevel::Create => "create",
        }
    }

    /// Parses `Apply`, `analyze`, `2 (Entender)`, `Aplicar`, `Aplicação`, `Análise`,
    /// `Apply/Analyze` (first wins), a leading digit 1–6; `None` when nothing is recognised.
    pub fn parse(s: &str) -> Option<BloomLevel> {
        let s = s.trim();
        if let Some(d) = s.chars().next().and_then(|c| c.to_digit(10)) {
            return u8::try_from(d).ok().and_then(Self::from_number);
        }
        let word: String = s
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        // Verbs and nouns, English and Portuguese (accents folded), plus the 1956 names.
        let level = match crate::domain::fold::fold(&word).as_str() {
            "remember" | "remembering" | "knowledge" | "recall" | "lembrar" | "recordar"
            | "lembranca" | "memorizar" | "memorizacao" | "conhecimento" => BloomLevel::Remember,
            "understand" | "understanding" | "comprehension" | "entender" | "compreender"
            | "compreensao" | "entendimento" => BloomLevel::Understand,
            "apply" | "applying" | "application" | "aplicar" | "aplicacao" => BloomLevel::Apply,
            "analyze" | "analyse" | "analyzing" | "analysing" | "analysis" | "analisar"
            | "analise" => BloomLevel::Analyze,
            "evaluate" | "evaluating" | "evaluation" | "avaliar" | "avaliacao" => {
                BloomLevel::Evaluate
            }
            "create" | "creating" | "creation" | "synthesis" | "criar" | "criacao" | "sintese" => {
                BloomLevel::Create
            }
            _ => return None,
        };
        Some(level)
    }
}

/// Module verdict of lectern's progression rule, by number of jumps (0 / 1 / ≥ 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ModuleProgression {
    Logical,
    MinorIssue,
    Illogical,
}

/// A rise of more than two levels between consecutive known lessons of one module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BloomJump {
    /// 0-based indices into the module's lesson list.
    pub from_lesson: usize,
    pub to_lesson: usize,
    pub from: BloomLevel,
    pub to: BloomLevel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleReport {
    pub jumps: Vec<BloomJump>,
    pub status: ModuleProgression,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgressionReport {
    pub modules: Vec<ModuleReport>,
    /// The course's first lesson is above Apply (3).
    pub starts_high: bool,
    /// The last module's highest level is below the first module's highest level.
    pub ends_lower: bool,
}

/// Lectern's rule (spec §4.3): modules in order, each a list of lesson levels (unknown = `None`,
/// skipped).
pub fn check_progression(modules: &[Vec<Option<BloomLevel>>]) -> ProgressionReport {
    let reports = modules
        .iter()
        .map(|lessons| {
            let known: Vec<(usize, BloomLevel)> = lessons
                .iter()
                .enumerate()
                .filter_map(|(i, l)| l.map(|l| (i, l)))
                .collect();
            let jumps: Vec<BloomJump> = known
                .windows(2)
                .filter(|w| w[1].1.number() > w[0].1.number() + 2)
                .map(|w| BloomJump {
                    from_lesson: w[0].0,
                    to_lesson: w[1].0,
                    from: w[0].1,
                    to: w[1].1,
                })
                .collect();
            let status = match jumps.len() {
                0 => ModuleProgression::Logical,
                1 => ModuleProgression::MinorIssue,
                _ => ModuleProgression::Illogical,
            };
            ModuleReport { jumps, status }
        })
        .collect();
    let first = modules.iter().flatten().next().copied().flatten();
    let max_of =
        |m: Option<&Vec<Option<BloomLevel>>>| m.and_then(|l| l.iter().flatten().max().copied());
    let (first_max, last_max) = (max_of(modules.first()), max_of(modules.last()));
    ProgressionReport {
        modules: reports,
        starts_high: first.is_some_and(|l| l.number() > 3),
        ends_lower: matches!((first_max, last_max), (Some(f), Some(l)) if modules.len() > 1 && l < f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BloomLevel::*;

    #[test]
    fn parses_english_portuguese_and_digits() {
        assert_eq!(BloomLevel::parse("Analisar"), Some(Analyze));
        assert_eq!(BloomLevel::parse("2 (Entender)"), Some(Understand));
        assert_eq!(BloomLevel::parse("apply"), Some(Apply));
        assert_eq!(BloomLevel::parse("Apply/Analyze"), Some(Apply));
        assert_eq!(BloomLevel::parse("Recordar"), Some(Remember));
        assert_eq!(BloomLevel::parse("CRIAR"), Some(Create));
        assert_eq!(BloomLevel::parse("7"), None);
        assert_eq!(BloomLevel::parse("mastery"), None);
        assert_eq!(BloomLevel::parse("Aplicação"), Some(Apply));
        assert_eq!(BloomLevel::parse("Compreensão"), Some(Understand));
        assert_eq!(BloomLevel::parse("Análise"), Some(Analyze));
        assert_eq!(BloomLevel::parse("Avaliação"), Some(Evaluate));
        assert_eq!(BloomLevel::parse("Criação"), Some(Create));
        assert_eq!(BloomLevel::parse("Understanding"), Some(Understand));
        assert_eq!(BloomLevel::parse("Lembrar"), Some(Remember));
    }

    #[test]
    fn progression_counts_jumps_per_module() {
        let r = check_progression(&[
            vec![Some(Remember), None, Some(Analyze), Some(Create)],
            vec![Some(Remember), Some(Evaluate), Some(Remember), Some(Create)],
        ]);
        assert_eq!(r.modules[0].status, ModuleProgression::MinorIssue);
        assert_eq!(r.modules[0].jumps[0].to_lesson, 2);
        assert_eq!(r.modules[1].status, ModuleProgression::Illogical);
        assert!(!r.starts_high && !r.ends_lower);
        let r = check_progression(&[vec![Some(Analyze), Some(Create)], vec![Some(Apply)]]);
        assert!(r.starts_high && r.ends_lower);
    }
}
