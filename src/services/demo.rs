//! The demo course seeded into a new database: `assets/demo/planilhas-sem-medo`, written by
//! the Lectern team (not CreatorOS material), embedded in the binary. Its six lessons score
//! passed, warning and failed under the default rubric, so a first run shows every state.

use crate::domain::rubric::Rubric;
use crate::storage::Store;

use super::ServiceError;
use super::folder::{FolderSnapshot, SnapshotFile};
use super::import::{OnExisting, import_snapshot};

pub const DEMO_SLUG: &str = "planilhas-sem-medo";

macro_rules! demo_files {
    ($($path:literal),+ $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../assets/demo/planilhas-sem-medo/", $path)) as &[u8])),+]
    };
}

const FILES: &[(&str, &[u8])] = demo_files![
    "COURSE-BRIEF.md",
    "curriculum.yaml",
    "lessons/1.1-celulas-linhas-e-colunas.md",
    "lessons/1.2-formulas-que-somam.md",
    "lessons/1.3-formatacao-que-ajuda.md",
    "lessons/2.1-orcamento-domestico.md",
    "lessons/2.2-filtros-e-classificacao.md",
    "lessons/2.3-graficos-que-contam.md",
    "research/market-analysis.md",
];

/// The demo course as an in-memory folder.
pub fn demo_snapshot() -> FolderSnapshot {
    FolderSnapshot {
        name: DEMO_SLUG.to_string(),
        source: None,
        files: FILES
            .iter()
            .map(|(path, bytes)| SnapshotFile {
                rel_path: (*path).to_string(),
                bytes: bytes.to_vec(),
            })
            .collect(),
        skipped_links: Vec::new(),
    }
}

/// Stores the demo course; returns its slug.
pub fn seed_demo(store: &mut Store) -> Result<String, ServiceError> {
    let report = import_snapshot(store, &demo_snapshot(), Rubric::default(), OnExisting::Skip)?;
    Ok(report.slug)
}
