//! The corpus model (the JSON contract), its dates, and reading/writing it.

pub mod date;
pub mod io;
pub mod model;

pub use date::PartialDate;
pub use model::*;
