//! Eight bytes looked at in one machine word: the byte filters that step over plain French text
//! (most of it ASCII and two-byte Latin-1 letters) before any character is decoded.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// The top bit of each byte of `word` that is `from` or more, for `from` from 0x80 on: a byte is
/// if its top bit is set and its seven low bits plus `0x100 - from` carry into the top bit (they
/// never carry out of the byte: 0x7F + 0x80 < 0x100).
#[inline(always)]
pub(crate) fn bytes_from(word: u64, from: u8) -> u64 {
    debug_assert!(from >= 0x80);
    ((word & !HIGH_BITS) + ONES * u64::from(from.wrapping_neg())) & word & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn bytes_from_marks_the_bytes_at_or_above_the_threshold(bytes in any::<[u8; 8]>(), from in 0x80u8..=0xFF) {
            let marked = bytes_from(u64::from_le_bytes(bytes), from);
            for (i, &b) in bytes.iter().enumerate() {
                prop_assert_eq!(marked >> (8 * i) & 0xFF == 0x80, b >= from, "{:#x} from {:#x}", b, from);
            }
        }
    }
}
