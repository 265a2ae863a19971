//! Facts across outlets: the fact table (one row per claim group, one column per
//! outlet, each cell the outlet's value), what a conflict is about, and what each
//! outlet left out. Pure functions of the corpus and its analysis, shared by the
//! reader, the report and the headless commands; nothing here draws.

pub mod disputed;
pub mod json;
pub mod table;
pub mod value;
pub mod view;

pub use disputed::{ValueCluster, describe, disputed_values, is_outlier};
pub use table::{DIFFERS, FactCell, FactRow, FactTable, GAP, OUTLIER};
pub use view::{StatusFilter, omissions, visible_rows};
