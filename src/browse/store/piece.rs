//! A piece of a buffer that a chunk of articles shares: an article's text in the chunk's text, its
//! mentions in the chunk's mentions. Reads as the `str` or slice it is.

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// `whole[start..end]`, kept alive as long as any piece of it is.
#[derive(Clone)]
pub struct Piece<B> {
    whole: Arc<B>,
    range: Range<usize>,
}

impl<B> Piece<B> {
    /// `range` of `whole`; it must lie in it (and, in a text, on char boundaries).
    pub(super) fn new(whole: &Arc<B>, range: Range<usize>) -> Self {
        Piece { whole: Arc::clone(whole), range }
    }

    fn range(&self) -> Range<usize> {
        self.range.clone()
    }
}

impl Deref for Piece<String> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.whole[self.range()]
    }
}

impl<T> Deref for Piece<Vec<T>> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.whole[self.range()]
    }
}

impl<B> fmt::Debug for Piece<B>
where
    Piece<B>: Deref<Target: fmt::Debug>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<B> PartialEq for Piece<B>
where
    Piece<B>: Deref<Target: PartialEq>,
{
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<B> Eq for Piece<B> where Piece<B>: Deref<Target: Eq> {}
