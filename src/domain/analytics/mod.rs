//! Analytics over a library or one course (issue 15): the figures an author reads as pictures
//! — score distributions, the weakest Didática elements, modules, issue codes, trends over
//! revisions, where the text came from and what learners did with it.
//!
//! Pure: SQL does the counting (storage returns sums per course and module, counts per issue
//! code and per revision step) and this module turns those sums into means, shares, rankings
//! and correlations. The CLI's `stats`, the HTML report and the dashboard all read the same
//! `Figures`, so they cannot disagree.

pub mod answers;
mod columns;
mod figures;
mod moments;
mod performance;
mod sums;

pub use columns::{Column, parse_count, parse_number, parse_rate, parse_rating, parse_seconds};
pub use figures::{
    CourseFigures, DidaticaFigures, ElementShare, Figures, GpsFigures, ModuleFigures, PartShare,
    TrendStep,
};
pub use moments::{MIN_CORRELATION_LESSONS, Moments};
pub use performance::{Correlation, PerformanceFigures, PerformanceRow};
pub use sums::{GroupSums, OriginCounts, TrendSums};

/// Didática bands of the histogram: 0–9, 10–19 … 80–89, 90–100.
pub const BANDS: usize = 10;
/// GPS points come in steps of ten (one per part found): 0, 10, 20, 30.
pub const GPS_LEVELS: usize = 4;
/// The three GPS parts, in the order `GroupSums::gps_parts` counts them.
pub const GPS_PARTS: [&str; 3] = ["goal", "position", "steps"];

/// Didática band (0–9) of a score in points; 100 falls in the last band with 90–99.
pub fn band(points: u32) -> usize {
    (points as usize / 10).min(BANDS - 1)
}
