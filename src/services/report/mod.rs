//! The analytics report (issue 15): one self-contained HTML file (`html`, charts as inline
//! SVG from `svg`, no script, no external style or font) and CSV tables (`csv_tables`), both
//! from the same `services::Analytics` as the dashboard and `lectern stats`.

mod csv_tables;
mod html;
mod html_outcomes;
mod html_sections;
pub mod svg;

pub use csv_tables::{CsvWritten, write_csv_tables};
pub use html::render_html;
