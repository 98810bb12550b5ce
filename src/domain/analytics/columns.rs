//! The columns of a course platform's per-lesson export (`lectern performance import`): header
//! names with their common synonyms, English and Portuguese, and the value rules (decimal
//! comma, percentages, `mm:ss` times). Pure; the CSV splitting is the service's.

use crate::domain::fold::title_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Course,
    LessonId,
    Title,
    Views,
    Visitors,
    Completions,
    CompletionRate,
    Rating,
    AvgTime,
}

/// Header names per column, as `title_key` folds them (lower case, no accents, punctuation
/// as single spaces): `Taxa de conclusão (%)` is `taxa de conclusao`.
const SYNONYMS: &[(Column, &[&str])] = &[
    (
        Column::Course,
        &[
            "course",
            "course slug",
            "course id",
            "curso",
            "slug do curso",
            "id do curso",
        ],
    ),
    (
        Column::LessonId,
        &[
            "lesson id",
            "lesson",
            "lesson number",
            "id",
            "aula",
            "id da aula",
            "numero da aula",
            "licao",
        ],
    ),
    (
        Column::Title,
        &[
            "title",
            "lesson title",
            "lesson name",
            "name",
            "titulo",
            "titulo da aula",
            "nome",
            "nome da aula",
        ],
    ),
    (
        Column::Views,
        &[
            "views",
            "plays",
            "visits",
            "visualizacoes",
            "visitas",
            "acessos",
            "reproducoes",
        ],
    ),
    (
        Column::Visitors,
        &[
            "unique visitors",
            "visitors",
            "learners",
            "students",
            "visitantes",
            "visitantes unicos",
            "alunos",
        ],
    ),
    (
        Column::Completions,
        &[
            "completions",
            "completed",
            "conclusoes",
            "concluidos",
            "concluintes",
        ],
    ),
    (
        Column::CompletionRate,
        &[
            "completion rate",
            "completion",
            "completion pct",
            "taxa de conclusao",
            "conclusao",
            "percentual de conclusao",
        ],
    ),
    (
        Column::Rating,
        &[
            "rating",
            "avg rating",
            "average rating",
            "stars",
            "nota",
            "nota media",
            "avaliacao",
            "avaliacao media",
            "estrelas",
        ],
    ),
    (
        Column::AvgTime,
        &[
            "avg time",
            "average time",
            "avg time seconds",
            "time",
            "watch time",
            "avg watch time",
            "read time",
            "avg read time",
            "tempo medio",
            "tempo",
            "tempo medio de visualizacao",
            "tempo medio de leitura",
            "duracao media",
        ],
    ),
];

impl Column {
    /// The column a header cell names, or `None` for a column Lectern does not read.
    pub fn from_header(cell: &str) -> Option<Column> {
        let key = title_key(cell);
        SYNONYMS
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
            .map(|(column, _)| *column)
    }

    /// Every accepted header name per column, for the error that lists them (docs/cli.md).
    pub fn accepted() -> impl Iterator<Item = (Column, &'static [&'static str])> {
        SYNONYMS.iter().copied()
    }

    pub fn name(self) -> &'static str {
        match self {
            Column::Course => "course",
            Column::LessonId => "lesson id",
            Column::Title => "title",
            Column::Views => "views",
            Column::Visitors => "unique visitors",
            Column::Completions => "completions",
            Column::CompletionRate => "completion rate",
            Column::Rating => "rating",
            Column::AvgTime => "avg time",
        }
    }
}

/// A number as exports write it: `1234`, `4.5`, `4,5` (decimal comma), `1.234,5` / `1,234.5`
/// (the last separator is the decimal one), spaces ignored. Empty is `Ok(None)`.
pub fn parse_number(text: &str) -> Result<Option<f64>, String> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() || t == "-" {
        return Ok(None);
    }
    let normal = match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(d)) if c > d => t.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => t.replace(',', ""),
        (Some(_), None) => t.replace(',', "."),
        _ => t,
    };
    normal
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or_else(|| format!("`{text}` is not a number"))
}

/// A count (views, completions): a whole number ≥ 0. Digit groups of three after `.` or `,`
/// are thousands (`1.200` and `1,200` are 1200: a count has no fraction to confuse them with).
pub fn parse_count(text: &str) -> Result<Option<u64>, String> {
    let t = text.trim();
    let grouped = t.split(['.', ',']).enumerate().all(|(i, g)| {
        g.bytes().all(|b| b.is_ascii_digit())
            && if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
    });
    if grouped && t.contains(['.', ',']) {
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        return digits
            .parse()
            .map(Some)
            .map_err(|_| format!("`{text}` is not a whole number ≥ 0"));
    }
    match parse_number(text)? {
        None => Ok(None),
        Some(v) if v >= 0.0 && v.fract() == 0.0 => Ok(Some(v as u64)),
        Some(_) => Err(format!("`{text}` is not a whole number ≥ 0")),
    }
}

/// A completion rate as 0–1: `85%`, `85` and `0.85` all read as 0.85 (a bare number above 1
/// is a percentage; a rate cannot exceed 100 %).
pub fn parse_rate(text: &str) -> Result<Option<f64>, String> {
    let trimmed = text.trim();
    let (body, percent) = match trimmed.strip_suffix('%') {
        Some(body) => (body, true),
        None => (trimmed, false),
    };
    let Some(v) = parse_number(body)? else {
        return Ok(None);
    };
    let rate = if percent || v > 1.0 { v / 100.0 } else { v };
    if (0.0..=1.0).contains(&rate) {
        Ok(Some(rate))
    } else {
        Err(format!("`{text}` is not a rate between 0 and 100 %"))
    }
}

/// A rating ≥ 0 on the platform's own scale (kept as given).
pub fn parse_rating(text: &str) -> Result<Option<f64>, String> {
    match parse_number(text)? {
        Some(v) if v < 0.0 => Err(format!("`{text}` is a negative rating")),
        other => Ok(other),
    }
}

/// A duration in seconds: `95`, `95,5`, `1:35` (m:ss) or `1:01:35` (h:mm:ss).
pub fn parse_seconds(text: &str) -> Result<Option<f64>, String> {
    let t = text.trim();
    if !t.contains(':') {
        return match parse_number(t)? {
            Some(v) if v < 0.0 => Err(format!("`{text}` is a negative time")),
            other => Ok(other),
        };
    }
    let bad = || format!("`{text}` is not a time (seconds, m:ss or h:mm:ss)");
    let parts: Vec<&str> = t.split(':').collect();
    if parts.len() > 3 {
        return Err(bad());
    }
    let mut seconds = 0.0;
    for part in parts {
        let v = parse_number(part)
            .map_err(|_| bad())?
            .filter(|v| *v >= 0.0)
            .ok_or_else(bad)?;
        seconds = seconds * 60.0 + v;
    }
    Ok(Some(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_english_and_portuguese() {
        assert_eq!(Column::from_header("Views"), Some(Column::Views));
        assert_eq!(Column::from_header("Visualizações"), Some(Column::Views));
        assert_eq!(
            Column::from_header("Taxa de conclusão (%)"),
            Some(Column::CompletionRate)
        );
        assert_eq!(Column::from_header("Conclusões"), Some(Column::Completions));
        assert_eq!(Column::from_header("Nota média"), Some(Column::Rating));
        assert_eq!(Column::from_header("Avaliação"), Some(Column::Rating));
        assert_eq!(Column::from_header("Tempo médio"), Some(Column::AvgTime));
        assert_eq!(Column::from_header("lesson_id"), Some(Column::LessonId));
        assert_eq!(Column::from_header("Revenue"), None);
    }

    #[test]
    fn numbers_rates_and_times() {
        assert_eq!(parse_number("4,5"), Ok(Some(4.5)));
        assert_eq!(parse_number("1.234,5"), Ok(Some(1234.5)));
        assert_eq!(parse_number("1,234.5"), Ok(Some(1234.5)));
        assert_eq!(parse_number(" "), Ok(None));
        assert!(parse_number("abc").is_err());
        assert_eq!(parse_count("120"), Ok(Some(120)));
        assert_eq!(parse_count("1.200"), Ok(Some(1200)));
        assert_eq!(parse_count("12,345,678"), Ok(Some(12_345_678)));
        assert!(parse_count("12.5").is_err());
        assert_eq!(parse_rate("85%"), Ok(Some(0.85)));
        assert_eq!(parse_rate("85"), Ok(Some(0.85)));
        assert_eq!(parse_rate("0,85"), Ok(Some(0.85)));
        assert!(parse_rate("120%").is_err());
        assert_eq!(parse_seconds("1:35"), Ok(Some(95.0)));
        assert_eq!(parse_seconds("1:01:35"), Ok(Some(3695.0)));
        assert_eq!(parse_seconds("95,5"), Ok(Some(95.5)));
        assert!(parse_seconds("1:xx").is_err());
    }
}
