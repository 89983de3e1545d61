//! Values stored once and referred to by index, while a store is built.

use std::collections::HashMap;
use std::hash::Hash;

/// A table of distinct values and, while building, the index of each.
pub(super) struct Interner<T: ?Sized + Eq + Hash> {
    table: Vec<Box<T>>,
    index: HashMap<Box<T>, u32, foldhash::fast::RandomState>,
}

impl<T: ?Sized + Eq + Hash> Default for Interner<T> {
    fn default() -> Self {
        Interner { table: Vec::new(), index: HashMap::default() }
    }
}

impl<T: ?Sized + Eq + Hash> Interner<T>
where
    for<'v> Box<T>: From<&'v T> + Clone,
{
    /// The index of `value`, added when first seen.
    pub fn intern(&mut self, value: &T) -> u32 {
        if let Some(&i) = self.index.get(value) {
            return i;
        }
        let i = u32::try_from(self.table.len()).expect("fewer than 4 billion distinct values");
        let stored: Box<T> = value.into();
        self.table.push(stored.clone());
        self.index.insert(stored, i);
        i
    }

    /// The table, indexed as `intern` answered; the index is dropped.
    pub fn into_table(self) -> Vec<Box<T>> {
        self.table
    }
}
