//! Hand-written pre-tokenizer reproducing tiktoken's cl100k_base split pattern.
//!
//! tiktoken splits text with (fancy-regex, leftmost-first alternation):
//!
//! ```text
//! '(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s
//! ```
//!
//! Every position of the text is matched by one of the alternatives, so the
//! matches tile the input. [`Pieces`] walks the text once and, at each position,
//! evaluates the alternatives in order exactly as the backtracking engine does:
//!
//! 1. `'` followed by `s`/`d`/`m`/`t` or `ll`/`ve`/`re`, case-insensitively
//!    (Unicode simple case folding: `ſ` U+017F folds to `s`).
//! 2. An optional single char that is not `\r`, `\n`, a letter or a number,
//!    followed by a maximal run of letters.
//! 3. One to three numbers.
//! 4. An optional ASCII space, a maximal run of chars that are neither
//!    whitespace, letters nor numbers, then a maximal run of `\r`/`\n`.
//! 5. A whitespace run reaching the end of the text.
//! 6. A whitespace run ending at its last `\r`/`\n` (greedy `\s*` backtracking).
//! 7. A whitespace run minus its last char when followed by non-whitespace.
//! 8. A single whitespace char.
//!
//! Letters are `\p{L}` (general category L*), numbers are `\p{N}` (N*) and
//! whitespace is `\s`, the Unicode `White_Space` property, all from the same
//! Unicode version as the regex-syntax crate used by tiktoken (see `tables.rs`).

use crate::tables;
use once_cell::sync::OnceCell;

/// Char class bits.
pub(crate) const LETTER: u8 = 1;
pub(crate) const NUMBER: u8 = 2;
pub(crate) const SPACE: u8 = 4;
/// `\r` or `\n` (always together with [`SPACE`]).
pub(crate) const NEWLINE: u8 = 8;

/// Unicode `White_Space` property (the `\s` class of the regex crate).
const WHITE_SPACE: &[(u32, u32)] = &[
    (0x09, 0x0D),
    (0x20, 0x20),
    (0x85, 0x85),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
];

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Class of a char computed from the range tables (slow path).
fn class_slow(cp: u32) -> u8 {
    let mut class = 0;
    if in_ranges(tables::LETTER, cp) {
        class |= LETTER;
    }
    if in_ranges(tables::NUMBER, cp) {
        class |= NUMBER;
    }
    if in_ranges(WHITE_SPACE, cp) {
        class |= SPACE;
    }
    if cp == 0x0A || cp == 0x0D {
        class |= NEWLINE;
    }
    class
}

/// Lookup table for the Basic Multilingual Plane, built once on first use.
fn bmp_table() -> &'static [u8] {
    static TABLE: OnceCell<Box<[u8]>> = OnceCell::new();
    TABLE.get_or_init(|| (0..0x1_0000u32).map(class_slow).collect())
}

/// Returns the class bits of `c` (`LETTER`, `NUMBER`, `SPACE`, `NEWLINE`).
#[inline]
pub(crate) fn class_of(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x80 {
        ASCII[cp as usize]
    } else if cp < 0x1_0000 {
        bmp_table()[cp as usize]
    } else {
        class_slow(cp)
    }
}

const ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            NUMBER
        } else if b == b'\n' || b == b'\r' {
            SPACE | NEWLINE
        } else if (b >= 0x09 && b <= 0x0D) || b == b' ' {
            SPACE
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline]
fn is_other(class: u8) -> bool {
    class & (LETTER | NUMBER | SPACE) == 0
}

/// Iterator over the pre-tokenized pieces of a text, as `&str` slices.
pub struct Pieces<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Pieces<'a> {
    /// Creates an iterator over the pieces of `text`.
    pub fn new(text: &'a str) -> Self {
        Pieces { text, pos: 0 }
    }

    /// Decodes the char at byte offset `i`: (char, byte length, class).
    #[inline]
    fn at(&self, i: usize) -> Option<(char, usize, u8)> {
        let bytes = self.text.as_bytes();
        let b = *bytes.get(i)?;
        if b < 0x80 {
            return Some((b as char, 1, ASCII[b as usize]));
        }
        // SAFETY-free: `i` is always on a char boundary.
        let c = self.text[i..].chars().next()?;
        Some((c, c.len_utf8(), class_of(c)))
    }

    /// End of the maximal run starting at `i` of chars whose class satisfies `pred`.
    #[inline]
    fn run_end(&self, mut i: usize, pred: impl Fn(u8) -> bool) -> usize {
        let bytes = self.text.as_bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if !pred(ASCII[b as usize]) {
                    break;
                }
                i += 1;
            } else {
                match self.at(i) {
                    Some((_, len, class)) if pred(class) => i += len,
                    _ => break,
                }
            }
        }
        i
    }

    /// Byte length of the piece starting at `start` (which is < text.len()).
    fn piece_len(&self, start: usize) -> usize {
        let (c0, l0, k0) = self.at(start).expect("start is inside the text");
        let next = self.at(start + l0);

        // 1. '(?i:[sdmt]|ll|ve|re)
        if c0 == '\'' {
            if let Some((c1, l1, _)) = next {
                if matches!(c1, 's' | 'S' | '\u{17F}' | 'd' | 'D' | 'm' | 'M' | 't' | 'T') {
                    return l0 + l1;
                }
                if let Some((c2, l2, _)) = self.at(start + l0 + l1) {
                    let pair = (c1.to_ascii_lowercase(), c2.to_ascii_lowercase());
                    if c1.is_ascii()
                        && c2.is_ascii()
                        && matches!(pair, ('l', 'l') | ('v', 'e') | ('r', 'e'))
                    {
                        return l0 + l1 + l2;
                    }
                }
            }
        }

        // 2. [^\r\n\p{L}\p{N}]?+\p{L}++
        if k0 & LETTER != 0 {
            return self.run_end(start + l0, |k| k & LETTER != 0) - start;
        }
        if k0 & (NEWLINE | NUMBER) == 0 {
            if let Some((_, l1, k1)) = next {
                if k1 & LETTER != 0 {
                    return self.run_end(start + l0 + l1, |k| k & LETTER != 0) - start;
                }
            }
        }

        // 3. \p{N}{1,3}+
        if k0 & NUMBER != 0 {
            let mut end = start + l0;
            for _ in 0..2 {
                match self.at(end) {
                    Some((_, l, k)) if k & NUMBER != 0 => end += l,
                    _ => break,
                }
            }
            return end - start;
        }

        // 4. ' ?[^\s\p{L}\p{N}]++[\r\n]*+'
        let other_start = if is_other(k0) {
            Some(start)
        } else if c0 == ' ' {
            match next {
                Some((_, _, k1)) if is_other(k1) => Some(start + l0),
                _ => None,
            }
        } else {
            None
        };
        if let Some(s) = other_start {
            let end = self.run_end(s, is_other);
            let end = self.run_end(end, |k| k & NEWLINE != 0);
            return end - start;
        }

        // Only whitespace remains (every other class was handled above).
        debug_assert!(k0 & SPACE != 0);
        let len = self.text.len();
        // Scan the whitespace run, remembering the end of its last newline and
        // the start of its last char.
        let mut i = start;
        let mut last_newline_end = None;
        let mut last_char_start = start;
        while i < len {
            match self.at(i) {
                Some((_, l, k)) if k & SPACE != 0 => {
                    if k & NEWLINE != 0 {
                        last_newline_end = Some(i + l);
                    }
                    last_char_start = i;
                    i += l;
                }
                _ => break,
            }
        }
        // 5. \s++$
        if i == len {
            return len - start;
        }
        // 6. \s*[\r\n]
        if let Some(end) = last_newline_end {
            return end - start;
        }
        // 7. \s+(?!\S): give back the last char of the run, if that leaves one.
        if last_char_start > start {
            return last_char_start - start;
        }
        // 8. \s
        l0
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let end = start + self.piece_len(start);
        self.pos = end;
        Some(&self.text[start..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        Pieces::new(text).collect()
    }

    #[test]
    fn classes() {
        assert_eq!(class_of('a'), LETTER);
        assert_eq!(class_of('é'), LETTER);
        assert_eq!(class_of('中'), LETTER);
        assert_eq!(class_of('7'), NUMBER);
        assert_eq!(class_of('Ⅻ'), NUMBER); // Nl
        assert_eq!(class_of('½'), NUMBER); // No
        assert_eq!(class_of('\u{0301}'), 0); // combining acute: Mn, not \p{L}
        assert_eq!(class_of('\u{0345}'), 0); // Other_Alphabetic Mn: alphabetic, not \p{L}
        assert!('\u{0345}'.is_alphabetic());
        assert_eq!(class_of('\u{A0}'), SPACE);
        assert_eq!(class_of('\u{200B}'), 0); // ZWSP is not White_Space
        assert_eq!(class_of('\n'), SPACE | NEWLINE);
        assert_eq!(class_of('\u{1F600}'), 0);
        assert_eq!(class_of('\u{20000}'), LETTER);
    }

    #[test]
    fn bmp_table_matches_slow_path() {
        for cp in 0..0x1_0000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(class_of(c), class_slow(cp), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn words_and_contractions() {
        assert_eq!(split("Hello world"), ["Hello", " world"]);
        assert_eq!(split("don't"), ["don", "'t"]);
        assert_eq!(split("WE'LL 'S 'Ve"), ["WE", "'LL", " '", "S", " '", "Ve"]);
        assert_eq!(split("'sa"), ["'s", "a"]);
        assert_eq!(split("'ſ"), ["'ſ"]);
        assert_eq!(split("'lx"), ["'lx"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(split("1234567"), ["123", "456", "7"]);
        assert_eq!(split("a12"), ["a", "12"]);
        assert_eq!(split("x½3"), ["x", "½3"]);
    }

    #[test]
    fn punctuation() {
        assert_eq!(split("foo()!\n\nbar"), ["foo", "()!\n\n", "bar"]);
        assert_eq!(split(" ++x"), [" ++", "x"]);
        assert_eq!(split("(x"), ["(x"]);
        assert_eq!(split("\tx"), ["\tx"]);
        assert_eq!(split("\nx"), ["\n", "x"]);
    }

    #[test]
    fn whitespace() {
        assert_eq!(split("a   b"), ["a", "  ", " b"]);
        assert_eq!(split("a   "), ["a", "   "]);
        assert_eq!(split("a \n b"), ["a", " \n", " b"]);
        assert_eq!(split("a\n\n  \n  b"), ["a", "\n\n  \n", " ", " b"]);
        assert_eq!(split("a \t1"), ["a", " ", "\t", "1"]);
        assert_eq!(split(" 1"), [" ", "1"]);
        assert_eq!(split("\r\n\r\n"), ["\r\n\r\n"]);
    }

    #[test]
    fn pieces_tile_the_text() {
        let text = "Ünïcödé 😀👨‍👩‍👧 中文字 \u{3000}x  \r\n\t 42,5% 'Re";
        assert_eq!(split(text).concat(), text);
    }
}
