//! NeuroForge native tokenizer: a pure-Rust cl100k_base BPE encoder.
//!
//! Produces token ids byte-for-byte identical to tiktoken's
//! `encode_ordinary` for the cl100k_base encoding: special tokens such as
//! `<|endoftext|>` in the input are treated as ordinary text.
//!
//! The crate is split like tiktoken: this file and the other modules are pure
//! Rust (unit-tested with `cargo test`); the PyO3 bindings live in `py.rs` and
//! are only compiled with the `python` feature.

use rustc_hash::FxHashMap;
use std::collections::BinaryHeap;
use std::cmp::Reverse;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

pub mod pretokenize;
mod tables;
pub mod text;
mod html_entities;

#[cfg(feature = "python")]
mod py;

pub use pretokenize::Pieces;

/// A token id.
pub type Rank = u32;

/// Unicode version of the letter/number tables used by the pre-tokenizer.
pub const UNICODE_VERSION: &str = tables::UNICODE_VERSION;

/// cl100k_base special tokens. They are never produced by [`CoreBpe::encode`]
/// (which treats their text as ordinary text), but they can be decoded.
pub const CL100K_SPECIAL_TOKENS: &[(&str, Rank)] = &[
    ("<|endoftext|>", 100257),
    ("<|fim_prefix|>", 100258),
    ("<|fim_middle|>", 100259),
    ("<|fim_suffix|>", 100260),
    ("<|endofprompt|>", 100276),
];

/// Pieces at least this long use the O(n log n) heap merge instead of the
/// simple quadratic scan (which is faster for the short pieces of real text).
const LARGE_PIECE: usize = 128;

/// Errors of the tokenizer API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The vocabulary file is malformed.
    Vocab(String),
    /// A token id that is not part of the vocabulary.
    UnknownToken(i64),
    /// `truncate` was given a negative token budget.
    NegativeMaxTokens(i64),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Vocab(msg) => write!(f, "invalid vocabulary: {msg}"),
            Error::UnknownToken(id) => write!(f, "invalid token id: {id}"),
            Error::NegativeMaxTokens(n) => write!(f, "max_tokens must be >= 0, got {n}"),
        }
    }
}

impl std::error::Error for Error {}

/// Decodes standard (RFC 4648) base64 with padding.
fn base64_decode(input: &[u8]) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }
    if input.is_empty() || input.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let chunks = input.len() / 4;
    for (n, chunk) in input.chunks_exact(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && n + 1 != chunks) {
            return None;
        }
        let mut acc = 0u32;
        for &c in &chunk[..4 - pad] {
            acc = (acc << 6) | val(c)?;
        }
        acc <<= 6 * pad as u32;
        let bytes = [(acc >> 16) as u8, (acc >> 8) as u8, acc as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

/// A byte-level BPE encoder (tiktoken's algorithm) with the cl100k split.
pub struct CoreBpe {
    encoder: FxHashMap<Vec<u8>, Rank>,
    /// Token bytes by id (empty for ids that are not tokens).
    decoder: Vec<Box<[u8]>>,
}

impl CoreBpe {
    /// Builds an encoder from a `.tiktoken` file: lines of `base64(token) rank`.
    pub fn from_tiktoken(data: &[u8]) -> Result<Self, Error> {
        let mut encoder = FxHashMap::default();
        encoder.reserve(data.len() / 16);
        for (lineno, line) in data.split(|&b| b == b'\n').enumerate() {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() {
                continue;
            }
            let bad = || Error::Vocab(format!("line {}: expected `<base64> <rank>`", lineno + 1));
            let mut parts = line.split(|&b| b == b' ');
            let (tok, rank) = match (parts.next(), parts.next(), parts.next()) {
                (Some(t), Some(r), None) => (t, r),
                _ => return Err(bad()),
            };
            let token = base64_decode(tok).ok_or_else(bad)?;
            let rank: Rank = std::str::from_utf8(rank)
                .ok()
                .and_then(|r| r.parse().ok())
                .ok_or_else(bad)?;
            if encoder.insert(token, rank).is_some() {
                return Err(Error::Vocab(format!("line {}: duplicate token", lineno + 1)));
            }
        }
        Self::from_ranks(encoder)
    }

    /// Builds an encoder from a token → rank map (all 256 single bytes required).
    pub fn from_ranks(encoder: FxHashMap<Vec<u8>, Rank>) -> Result<Self, Error> {
        for b in 0..=255u8 {
            if !encoder.contains_key(&[b][..]) {
                return Err(Error::Vocab(format!("single byte {b:#04x} is not a token")));
            }
        }
        let max_special = CL100K_SPECIAL_TOKENS.iter().map(|&(_, r)| r).max().unwrap_or(0);
        let max_rank = encoder.values().copied().max().unwrap_or(0).max(max_special);
        let mut decoder: Vec<Box<[u8]>> = vec![Box::default(); max_rank as usize + 1];
        let mut seen = vec![false; max_rank as usize + 1];
        for (token, &rank) in &encoder {
            if seen[rank as usize] {
                return Err(Error::Vocab(format!("rank {rank} is used twice")));
            }
            seen[rank as usize] = true;
            decoder[rank as usize] = token.clone().into_boxed_slice();
        }
        for &(text, rank) in CL100K_SPECIAL_TOKENS {
            if !seen[rank as usize] {
                decoder[rank as usize] = text.as_bytes().into();
            }
        }
        Ok(CoreBpe { encoder, decoder })
    }

    /// Number of mergeable (non-special) tokens.
    pub fn n_vocab(&self) -> usize {
        self.encoder.len()
    }

    #[inline]
    fn rank(&self, bytes: &[u8]) -> Option<Rank> {
        self.encoder.get(bytes).copied()
    }

    /// Calls `f` with the id of each token of `text`, in order.
    #[inline]
    fn for_each_token(&self, text: &str, mut f: impl FnMut(Rank)) {
        for piece in Pieces::new(text) {
            let bytes = piece.as_bytes();
            if let Some(rank) = self.rank(bytes) {
                f(rank);
            } else {
                self.bpe(bytes, &mut f);
            }
        }
    }

    /// Encodes `text` to token ids (tiktoken's `encode_ordinary`).
    pub fn encode(&self, text: &str) -> Vec<Rank> {
        let mut out = Vec::with_capacity(text.len() / 4 + 1);
        self.for_each_token(text, |r| out.push(r));
        out
    }

    /// Number of tokens in `text`, without materializing them.
    pub fn count(&self, text: &str) -> usize {
        let mut n = 0usize;
        for piece in Pieces::new(text) {
            let bytes = piece.as_bytes();
            if self.encoder.contains_key(bytes) {
                n += 1;
            } else if bytes.len() < LARGE_PIECE {
                n += self.merge_small(bytes).len() - 1;
            } else {
                self.merge_large(bytes, |_| n += 1);
            }
        }
        n
    }

    /// Counts many texts in parallel on up to `threads` threads (0: all cores).
    pub fn count_batch(&self, texts: &[&str], threads: usize) -> Vec<usize> {
        let total: usize = texts.iter().map(|t| t.len()).sum();
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let threads = if threads == 0 { cores } else { threads }.min(texts.len());
        // Spawning threads costs tens of microseconds: not worth it for tiny batches.
        if threads <= 1 || total < 32 * 1024 {
            return texts.iter().map(|t| self.count(t)).collect();
        }
        let results: Vec<AtomicUsize> = texts.iter().map(|_| AtomicUsize::new(0)).collect();
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| loop {
                    // Dynamic scheduling: texts may have very different sizes.
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= texts.len() {
                        break;
                    }
                    results[i].store(self.count(texts[i]), Ordering::Relaxed);
                });
            }
        });
        results.into_iter().map(AtomicUsize::into_inner).collect()
    }

    /// Bytes of the tokens `ids`, concatenated.
    pub fn decode_bytes<I: IntoIterator<Item = i64>>(&self, ids: I) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        for id in ids {
            out.extend_from_slice(self.token_bytes(id)?);
        }
        Ok(out)
    }

    /// Decodes tokens to text; invalid UTF-8 becomes U+FFFD (like tiktoken's `decode`).
    pub fn decode<I: IntoIterator<Item = i64>>(&self, ids: I) -> Result<String, Error> {
        let bytes = self.decode_bytes(ids)?;
        Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    /// Bytes of one token.
    pub fn token_bytes(&self, id: i64) -> Result<&[u8], Error> {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.decoder.get(i))
            .filter(|b| !b.is_empty())
            .map(|b| &b[..])
            .ok_or(Error::UnknownToken(id))
    }

    /// Longest prefix of `text` that encodes to at most `max_tokens` tokens.
    ///
    /// The cut is made on a token boundary; if that falls inside a multi-byte
    /// char, it backs off to the char's start, so the result is always valid
    /// text and a prefix of `text`.
    pub fn truncate<'t>(&self, text: &'t str, max_tokens: i64) -> Result<&'t str, Error> {
        if max_tokens < 0 {
            return Err(Error::NegativeMaxTokens(max_tokens));
        }
        let max = usize::try_from(max_tokens).unwrap_or(usize::MAX);
        // Byte end of each of the first `max + 1` tokens (stop early: only
        // whether the text is longer than `max` tokens matters).
        let mut ends: Vec<usize> = Vec::new();
        let mut offset = 0usize;
        for piece in Pieces::new(text) {
            let bytes = piece.as_bytes();
            let mut push = |r: Rank| {
                offset += self.decoder[r as usize].len();
                ends.push(offset);
            };
            if let Some(rank) = self.rank(bytes) {
                push(rank);
            } else {
                self.bpe(bytes, &mut push);
            }
            if ends.len() > max {
                break;
            }
        }
        if ends.len() <= max {
            return Ok(text);
        }
        // Re-tokenizing a prefix may split differently than the full text, so
        // verify and back off token by token if needed (rare, short loop).
        let mut n = max;
        loop {
            let mut cut = if n == 0 { 0 } else { ends[n - 1] };
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let prefix = &text[..cut];
            if n == 0 || self.count(prefix) <= max {
                return Ok(prefix);
            }
            n -= 1;
        }
    }

    /// Runs BPE on one piece that is not itself a token.
    #[inline]
    fn bpe(&self, piece: &[u8], f: &mut impl FnMut(Rank)) {
        if piece.len() < LARGE_PIECE {
            let parts = self.merge_small(piece);
            for w in parts.windows(2) {
                let token = &piece[w[0].0..w[1].0];
                f(self.rank(token).expect("BPE parts are tokens"));
            }
        } else {
            self.merge_large(piece, |token| f(self.rank(token).expect("BPE parts are tokens")));
        }
    }

    /// tiktoken's merge loop: repeatedly merges the leftmost lowest-rank pair.
    /// O(n·m) for n bytes and m merges, fastest for short pieces. Returns part
    /// boundaries (`(start, rank of the pair starting here)`, plus a sentinel).
    fn merge_small(&self, piece: &[u8]) -> Vec<(usize, Rank)> {
        let mut parts: Vec<(usize, Rank)> = Vec::with_capacity(piece.len() + 1);
        let mut min_rank: (Rank, usize) = (Rank::MAX, usize::MAX);
        for i in 0..piece.len() - 1 {
            let rank = self.rank(&piece[i..i + 2]).unwrap_or(Rank::MAX);
            if rank < min_rank.0 {
                min_rank = (rank, i);
            }
            parts.push((i, rank));
        }
        parts.push((piece.len() - 1, Rank::MAX));
        parts.push((piece.len(), Rank::MAX));

        let get_rank = |parts: &Vec<(usize, Rank)>, i: usize| -> Rank {
            if i + 3 < parts.len() {
                self.rank(&piece[parts[i].0..parts[i + 3].0]).unwrap_or(Rank::MAX)
            } else {
                Rank::MAX
            }
        };

        while min_rank.0 != Rank::MAX {
            let i = min_rank.1;
            if i > 0 {
                parts[i - 1].1 = get_rank(&parts, i - 1);
            }
            parts[i].1 = get_rank(&parts, i);
            parts.remove(i + 1);

            min_rank = (Rank::MAX, usize::MAX);
            for (i, &(_, rank)) in parts[..parts.len() - 1].iter().enumerate() {
                if rank < min_rank.0 {
                    min_rank = (rank, i);
                }
            }
        }
        parts
    }

    /// Same merges as [`merge_small`](Self::merge_small) in O(n log n): a
    /// doubly linked list of parts and a min-heap of `(rank, start)` pairs
    /// with lazy invalidation. Ties on rank pop the leftmost pair first, which
    /// is exactly tiktoken's order. Calls `f` with each final part's bytes.
    fn merge_large<'p>(&self, piece: &'p [u8], mut f: impl FnMut(&'p [u8])) {
        const NONE: u32 = u32::MAX;
        let n = piece.len();
        debug_assert!(n >= 2 && n < NONE as usize);
        // Parts are identified by their start byte; `next[i]` is the start of
        // the following part (n for the last one), `prev[i]` the previous one.
        let mut next: Vec<u32> = (1..=n as u32).collect();
        let mut prev: Vec<u32> = (0..n as u32).map(|i| i.wrapping_sub(1)).collect();
        prev[0] = NONE;
        let mut alive = vec![true; n];
        // Rank of the pair (part i, next part), or MAX.
        let mut pair_rank = vec![Rank::MAX; n];
        let mut heap: BinaryHeap<Reverse<(Rank, u32)>> = BinaryHeap::with_capacity(n);
        for i in 0..n - 1 {
            if let Some(r) = self.rank(&piece[i..i + 2]) {
                pair_rank[i] = r;
                heap.push(Reverse((r, i as u32)));
            }
        }
        let pair_of = |next: &Vec<u32>, i: usize| -> Rank {
            let j = next[i] as usize;
            if j >= n {
                return Rank::MAX;
            }
            let end = next[j] as usize;
            self.rank(&piece[i..end]).unwrap_or(Rank::MAX)
        };
        while let Some(Reverse((rank, i))) = heap.pop() {
            let i = i as usize;
            if !alive[i] || pair_rank[i] != rank {
                continue; // stale entry
            }
            // Merge part i with its successor j.
            let j = next[i] as usize;
            alive[j] = false;
            next[i] = next[j];
            if (next[i] as usize) < n {
                prev[next[i] as usize] = i as u32;
            }
            pair_rank[i] = pair_of(&next, i);
            if pair_rank[i] != Rank::MAX {
                heap.push(Reverse((pair_rank[i], i as u32)));
            }
            if prev[i] != NONE {
                let p = prev[i] as usize;
                pair_rank[p] = pair_of(&next, p);
                if pair_rank[p] != Rank::MAX {
                    heap.push(Reverse((pair_rank[p], p as u32)));
                }
            }
        }
        let mut i = 0usize;
        while i < n {
            let end = next[i] as usize;
            f(&piece[i..end]);
            i = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy vocabulary: all single bytes plus the given merges, ranked in order.
    fn toy(merges: &[&str]) -> CoreBpe {
        let mut enc: FxHashMap<Vec<u8>, Rank> = (0..=255u8).map(|b| (vec![b], b as Rank)).collect();
        for (i, m) in merges.iter().enumerate() {
            enc.insert(m.as_bytes().to_vec(), 256 + i as Rank);
        }
        CoreBpe::from_ranks(enc).unwrap()
    }

    fn parts_small(bpe: &CoreBpe, piece: &[u8]) -> Vec<Vec<u8>> {
        let p = bpe.merge_small(piece);
        p.windows(2).map(|w| piece[w[0].0..w[1].0].to_vec()).collect()
    }

    fn parts_large(bpe: &CoreBpe, piece: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        bpe.merge_large(piece, |t| out.push(t.to_vec()));
        out
    }

    #[test]
    fn base64() {
        assert_eq!(base64_decode(b"IQ==").unwrap(), b"!");
        assert_eq!(base64_decode(b"aGVsbG8=").unwrap(), b"hello");
        assert_eq!(base64_decode(b"aGVs").unwrap(), b"hel");
        assert!(base64_decode(b"aGV").is_none());
        assert!(base64_decode(b"a=Vs").is_none());
        assert!(base64_decode(b"").is_none());
    }

    #[test]
    fn parses_tiktoken_format() {
        let mut data = String::new();
        for b in 0..=255u8 {
            // Minimal one-byte base64 encoder for the test.
            const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let v = b as usize;
            let enc = format!("{}{}==", T[v >> 2] as char, T[(v & 3) << 4] as char);
            data.push_str(&format!("{enc} {b}\n"));
        }
        data.push_str("aGk= 256\n");
        let bpe = CoreBpe::from_tiktoken(data.as_bytes()).unwrap();
        assert_eq!(bpe.n_vocab(), 257);
        assert_eq!(bpe.encode("hi"), vec![256]);
        assert_eq!(bpe.encode("hih"), vec![256, b'h' as Rank]);
        assert!(CoreBpe::from_tiktoken(b"aGk= x\n").is_err());
        assert!(CoreBpe::from_tiktoken(b"aGk= 1\n").is_err()); // missing bytes
    }

    #[test]
    fn merges_leftmost_lowest_rank() {
        let bpe = toy(&["aa", "aaaa"]);
        assert_eq!(parts_small(&bpe, b"aaa"), [b"aa".to_vec(), b"a".to_vec()]);
        assert_eq!(parts_small(&bpe, b"aaaaa"), [b"aaaa".to_vec(), b"a".to_vec()]);
        let bpe = toy(&["bc", "ab"]);
        assert_eq!(parts_small(&bpe, b"abc"), [b"a".to_vec(), b"bc".to_vec()]);
        let bpe = toy(&["bc", "ab", "abc"]);
        assert_eq!(parts_small(&bpe, b"abc"), [b"abc".to_vec()]);
    }

    #[test]
    fn large_merge_equals_small_merge() {
        let bpe = toy(&["ab", "ba", "aa", "bb", "aab", "abab", "bbb", "aaaa", "baba", "abba", "aaaaaaaa"]);
        // Deterministic pseudo-random strings over {a, b} of many lengths.
        let mut state = 0x2545F4914F6CDD1Du64;
        for len in 2..300 {
            for _ in 0..5 {
                let s: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        if state % 3 == 0 { b'b' } else { b'a' }
                    })
                    .collect();
                assert_eq!(parts_small(&bpe, &s), parts_large(&bpe, &s), "{:?}", String::from_utf8_lossy(&s));
            }
        }
        let run = vec![b'a'; 10_000];
        assert_eq!(parts_small(&bpe, &run), parts_large(&bpe, &run));
    }

    #[test]
    fn decode_and_errors() {
        let bpe = toy(&["he", "ll", "hell", "hello"]);
        let ids = bpe.encode("hello");
        assert_eq!(ids.len(), 1);
        assert_eq!(bpe.decode(ids.iter().map(|&i| i as i64)).unwrap(), "hello");
        assert_eq!(bpe.decode([100257]).unwrap(), "<|endoftext|>");
        assert_eq!(bpe.decode([0xE4, 0xB8]).unwrap(), "\u{FFFD}");
        assert_eq!(bpe.decode([-1]), Err(Error::UnknownToken(-1)));
        assert_eq!(bpe.decode([100261]), Err(Error::UnknownToken(100261)));
        assert_eq!(bpe.decode([i64::MAX]), Err(Error::UnknownToken(i64::MAX)));
    }

    #[test]
    fn count_matches_encode() {
        let bpe = toy(&["he", "ll", "hell", "hello", " w", "or", "ld", " wor"]);
        for text in ["", "hello world", "hellohello  world!!\n\n", &"x".repeat(1000), "héllo 中文 😀"] {
            assert_eq!(bpe.count(text), bpe.encode(text).len());
        }
        let texts: Vec<String> = (0..200).map(|i| "hello world ".repeat(i * 20)).collect();
        let refs: Vec<&str> = texts.iter().map(|s| s.as_str()).collect();
        let want: Vec<usize> = refs.iter().map(|t| bpe.count(t)).collect();
        assert_eq!(bpe.count_batch(&refs, 0), want);
        assert_eq!(bpe.count_batch(&refs, 3), want);
        assert_eq!(bpe.count_batch(&[], 0), Vec::<usize>::new());
    }

    #[test]
    fn truncate_is_a_valid_prefix() {
        let bpe = toy(&["he", "ll", "hell", "hello"]);
        let text = "hello 中文 😀 hello";
        assert_eq!(bpe.truncate(text, -1), Err(Error::NegativeMaxTokens(-1)));
        assert_eq!(bpe.truncate(text, 0).unwrap(), "");
        assert_eq!(bpe.truncate(text, 1000).unwrap(), text);
        for max in 0..30 {
            let t = bpe.truncate(text, max).unwrap();
            assert!(text.starts_with(t));
            assert!(bpe.count(t) <= max as usize);
        }
        // "中" is 3 single-byte tokens here: cutting after 1 or 2 backs off.
        assert_eq!(bpe.truncate("中", 2).unwrap(), "");
    }
}
