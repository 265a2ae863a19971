//! How far loading and analysis have got before the reader has articles to
//! show, said as the loading screen says it: "loading articles…", "analysing
//! 3,200 / 5,000 articles".

/// The step the reader is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadStep {
    /// Reading the files.
    Loading,
    /// Opening (locking, re-anchoring) the review session.
    Session,
    /// Analysing the articles one by one, then comparing them.
    Analysing,
}

/// One report of progress: the step, and for analysis how many articles of
/// how many are done (both 0 while the count is not known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadProgress {
    /// What is being done.
    pub step: LoadStep,
    /// Items finished.
    pub done: usize,
    /// Items in all.
    pub total: usize,
}

impl LoadProgress {
    /// A step whose count is not known (or has none).
    pub fn step(step: LoadStep) -> Self {
        Self {
            step,
            done: 0,
            total: 0,
        }
    }

    /// The step as one line for the loading screen.
    pub fn describe(&self) -> String {
        match self.step {
            LoadStep::Loading => "loading articles…".into(),
            LoadStep::Session => "opening the review session…".into(),
            LoadStep::Analysing if self.total == 0 => "analysing…".into(),
            LoadStep::Analysing if self.done >= self.total => format!(
                "comparing {} articles: quotes, claims, alignment…",
                thousands(self.total)
            ),
            LoadStep::Analysing => format!(
                "analysing {} / {} articles",
                thousands(self.done),
                thousands(self.total)
            ),
        }
    }

    /// The part done, from 0 to 1, when a count is known.
    pub fn ratio(&self) -> Option<f64> {
        (self.total > 0).then(|| (self.done as f64 / self.total as f64).min(1.0))
    }
}

/// `n` with a comma between groups of three digits: `5,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(5000), "5,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        let progress = LoadProgress {
            step: LoadStep::Analysing,
            done: 3200,
            total: 5000,
        };
        assert_eq!(progress.describe(), "analysing 3,200 / 5,000 articles");
        assert_eq!(progress.ratio(), Some(0.64));
        let done = LoadProgress {
            done: 5000,
            ..progress
        };
        assert!(done.describe().starts_with("comparing 5,000 articles"));
        assert_eq!(LoadProgress::step(LoadStep::Loading).ratio(), None);
    }
}
