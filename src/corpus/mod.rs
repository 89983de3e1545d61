//! The corpus model (the JSON contract), its dates, and reading/writing it (JSON, or binary for
//! fast loading).

pub mod binary;
pub mod date;
pub mod io;
pub mod model;

pub use date::PartialDate;
pub use model::*;
