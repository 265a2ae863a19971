//! Review reports: what was compared, how quotes and claims differ, and every mark.
