//! Pearson correlation from running sums, so it can be fed one pair at a time (or from SQL
//! sums) without keeping the pairs.

use serde::Serialize;

/// Below this many lessons a correlation is reported as "not enough data": with fewer pairs
/// a coefficient of ±0.4 arises by chance too often to act on.
pub const MIN_CORRELATION_LESSONS: u64 = 20;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Moments {
    pub n: u64,
    sx: f64,
    sy: f64,
    sxx: f64,
    syy: f64,
    sxy: f64,
}

impl Moments {
    pub fn push(&mut self, x: f64, y: f64) {
        self.n += 1;
        self.sx += x;
        self.sy += y;
        self.sxx += x * x;
        self.syy += y * y;
        self.sxy += x * y;
    }

    /// The coefficient in −1…1, or `None` with fewer than two pairs or when either side never
    /// varies (the coefficient is undefined then, not zero).
    pub fn pearson(&self) -> Option<f64> {
        if self.n < 2 {
            return None;
        }
        let n = self.n as f64;
        let cov = self.sxy - self.sx * self.sy / n;
        let vx = self.sxx - self.sx * self.sx / n;
        let vy = self.syy - self.sy * self.sy / n;
        // Relative tolerance: sums of identical values leave rounding dust, not variance.
        let tiny = |v: f64, s: f64| v <= 1e-12 * (1.0 + s.abs());
        if tiny(vx, self.sxx) || tiny(vy, self.syy) {
            return None;
        }
        Some((cov / (vx.sqrt() * vy.sqrt())).clamp(-1.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(pairs: &[(f64, f64)]) -> Moments {
        let mut m = Moments::default();
        pairs.iter().for_each(|&(x, y)| m.push(x, y));
        m
    }

    #[test]
    fn perfect_positive_and_negative_lines() {
        let up = of(&[(1.0, 2.0), (2.0, 4.0), (3.0, 6.0)]);
        assert!((up.pearson().unwrap() - 1.0).abs() < 1e-12);
        let down = of(&[(1.0, 3.0), (2.0, 2.0), (3.0, 1.0)]);
        assert!((down.pearson().unwrap() + 1.0).abs() < 1e-12);
    }

    #[test]
    fn known_coefficient() {
        // x = 1..5, y = 2,4,5,4,5: Σdxdy = 6, Σdx² = 10, Σdy² = 6, r = 6 / √60 = 0.7745966692
        let m = of(&[(1.0, 2.0), (2.0, 4.0), (3.0, 5.0), (4.0, 4.0), (5.0, 5.0)]);
        assert!((m.pearson().unwrap() - 0.774_596_669_2).abs() < 1e-9);
        assert_eq!(m.n, 5);
    }

    #[test]
    fn undefined_without_variance_or_pairs() {
        assert_eq!(of(&[]).pearson(), None);
        assert_eq!(of(&[(1.0, 1.0)]).pearson(), None);
        assert_eq!(of(&[(70.0, 0.2), (70.0, 0.9), (70.0, 0.5)]).pearson(), None);
    }
}
