//! dossier: French diplomatic news → who did what to whom, when, and where it is said.
//!
//! Data flow: [`input`] (raw articles) → [`parse`] (zones → sentences → entities → dates →
//! events) → [`corpus`] (the JSON contract) → [`browse`] (the terminal browser). [`eval`] measures
//! the date tagger against ISO-TimeML gold files.

pub mod browse;
pub mod corpus;
pub mod eval;
pub mod input;
pub mod parse;

/// mimalloc: the corpus is millions of small strings and vectors, which the system allocator
/// spends time and memory on.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
