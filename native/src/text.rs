//! Text cleanup: [`normalize`] and [`clean_html`].
//!
//! Both functions are mirrored line by line by the pure-Python fallback in
//! `python/nf_tokenizer/_text.py`; the test-suite checks they agree.

use crate::html_entities::{INVALID_CHARREFS, INVALID_CODEPOINTS, NAMED};
use unicode_normalization::UnicodeNormalization;

/// Zero-width chars and bidi controls removed by [`normalize`].
/// ZWNJ/ZWJ (U+200C/U+200D) are kept: emoji sequences and several scripts need them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' // zero-width
            | '\u{061C}' | '\u{200E}' | '\u{200F}' // bidi marks
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' // bidi embeddings/isolates
    )
}

/// Line breaks recognised by [`normalize`] (`\r\n` counts as one).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Unicode `White_Space` chars that are not line breaks.
pub fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        '\t' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Assembles text from a stream of content chars and separators: a pending
/// separator is only written between two content chars, a line break wins
/// over a space, and at most two newlines (one blank line) are written.
#[derive(Default)]
struct Joiner {
    out: String,
    space: bool,
    newlines: usize,
}

impl Joiner {
    fn space(&mut self) {
        self.space = true;
    }

    fn newlines(&mut self, n: usize) {
        self.newlines = (self.newlines + n).min(2);
    }

    fn line(&mut self) {
        self.newlines = self.newlines.max(1);
    }

    fn paragraph(&mut self) {
        self.newlines = 2;
    }

    fn push(&mut self, c: char) {
        if !self.out.is_empty() {
            if self.newlines > 0 {
                self.out.push_str(&"\n\n"[..self.newlines]);
            } else if self.space {
                self.out.push(' ');
            }
        }
        self.space = false;
        self.newlines = 0;
        self.out.push(c);
    }
}

/// Normalizes text: removes zero-width chars and bidi controls, applies NFKC,
/// turns line breaks into `\n`, collapses other whitespace runs into one
/// space, drops whitespace at line ends and text ends, and keeps at most one
/// blank line in a row.
pub fn normalize(text: &str) -> String {
    let mut j = Joiner { out: String::with_capacity(text.len()), ..Joiner::default() };
    let mut after_cr = false;
    for c in text.chars().filter(|&c| !is_invisible(c)).nfkc() {
        let was_cr = std::mem::replace(&mut after_cr, c == '\r');
        if c == '\n' && was_cr {
            continue; // second half of \r\n
        }
        if is_line_break(c) {
            j.newlines(1);
        } else if is_inline_space(c) {
            j.space();
        } else {
            j.push(c);
        }
    }
    j.out
}

/// Elements whose content is dropped entirely.
const RAW_TEXT: &[&str] = &["noscript", "script", "style", "template"];
/// Elements that end a line (unlike `<br>`, repeating them adds no blank line).
const LINE_TAGS: &[&str] = &["dd", "dt", "li", "tr"];
/// Block elements: separated from their surroundings by a blank line.
const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hr", "html", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "title", "ul",
];
/// Table cells: separated by a space.
const CELL_TAGS: &[&str] = &["td", "th"];

/// HTML's ASCII whitespace (collapsed in text content).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}')
}

/// Case-insensitive ASCII search of `needle` (lowercase) in `hay` from `from`.
fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if h.len() < n.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Byte offset just past the `>` closing the tag whose attributes start at
/// `i` (quoted attribute values may contain `>`), or the text's end.
fn tag_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'>') => return i + 1,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Extracts the readable text of an HTML document (see the Python docs).
pub fn clean_html(html: &str) -> String {
    let b = html.as_bytes();
    let mut j = Joiner { out: String::with_capacity(html.len() / 2), ..Joiner::default() };
    let mut i = 0;
    let mut text_start = 0;
    let flush = |j: &mut Joiner, raw: &str| {
        for c in unescape(raw).chars() {
            if is_html_space(c) {
                j.space();
            } else {
                j.push(c);
            }
        }
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &b[i + 1..];
        let end = if rest.starts_with(b"!--") {
            // Comment: up to `-->` (or the end).
            html[i + 4..].find("-->").map_or(b.len(), |k| i + 4 + k + 3)
        } else if matches!(rest.first(), Some(b'!' | b'?')) {
            tag_end(html, i + 2) // doctype, CDATA, processing instruction
        } else {
            let closing = rest.first() == Some(&b'/');
            let name_start = i + 1 + closing as usize;
            let name_len = b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
            if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
                i += 1; // a literal '<'
                continue;
            }
            let name = html[name_start..name_start + name_len].to_ascii_lowercase();
            let mut end = tag_end(html, name_start + name_len);
            flush(&mut j, &html[text_start..i]);
            if !closing && RAW_TEXT.contains(&name.as_str()) {
                let close = format!("</{name}");
                end = find_ci(html, end, &close).map_or(b.len(), |k| tag_end(html, k + close.len()));
            } else if name == "br" {
                j.newlines(1);
            } else if LINE_TAGS.contains(&name.as_str()) {
                j.line();
            } else if BLOCK_TAGS.contains(&name.as_str()) {
                j.paragraph();
            } else if CELL_TAGS.contains(&name.as_str()) {
                j.space();
            }
            i = end;
            text_start = end;
            continue;
        };
        flush(&mut j, &html[text_start..i]);
        i = end;
        text_start = end;
    }
    flush(&mut j, &html[text_start..]);
    j.out
}

/// Unescapes character references exactly like Python's `html.unescape`.
pub fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match charref(after) {
            Some((consumed, replacement)) => {
                out.push_str(&replacement);
                rest = &after[consumed..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// Matches Python's `&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)`
/// after the `&`; returns (bytes consumed, replacement).
fn charref(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let digits = b[start..]
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if digits == 0 {
            return None; // Python's third alternative excludes '#'
        }
        let mut end = start + digits;
        if b.get(end) == Some(&b';') {
            end += 1;
        }
        let radix = if hex { 16 } else { 10 };
        // Saturate: anything past U+10FFFF is replaced the same way.
        let num = b[start..start + digits].iter().fold(0u64, |acc, &c| {
            let d = (c as char).to_digit(radix).unwrap_or(0) as u64;
            (acc * radix as u64 + d).min(0x11_0000)
        });
        let num = num as u32;
        let rep = if let Ok(k) = INVALID_CHARREFS.binary_search_by_key(&num, |&(n, _)| n) {
            INVALID_CHARREFS[k].1.to_owned()
        } else if (0xD800..=0xDFFF).contains(&num) || num > 0x10FFFF {
            "\u{FFFD}".to_owned()
        } else if INVALID_CODEPOINTS.binary_search(&num).is_ok() {
            String::new()
        } else {
            char::from_u32(num).map(String::from).unwrap_or_default()
        };
        return Some((end, rep));
    }
    // Named: up to 32 chars not in [\t\n\f <&#;], then an optional ';'.
    let mut end = 0;
    for (n, (idx, c)) in s.char_indices().enumerate() {
        if n == 32 || matches!(c, '\t' | '\n' | '\u{0C}' | ' ' | '<' | '&' | '#' | ';') {
            break;
        }
        end = idx + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    if b.get(end) == Some(&b';') {
        end += 1;
    }
    let name = &s[..end];
    let lookup = |k: &str| NAMED.binary_search_by_key(&k, |&(n, _)| n).ok().map(|i| NAMED[i].1);
    if let Some(v) = lookup(name) {
        return Some((end, v.to_owned()));
    }
    // Longest prefix (at least 2 chars) that is a known name.
    let bounds: Vec<usize> = name.char_indices().map(|(i, _)| i).skip(2).collect();
    for &x in bounds.iter().rev() {
        if let Some(v) = lookup(&name[..x]) {
            return Some((end, format!("{v}{}", &name[x..])));
        }
    }
    Some((end, format!("&{name}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_basics() {
        assert_eq!(normalize("  Hello,\u{3000}ｗｏｒｌｄ！ "), "Hello, world!");
        assert_eq!(normalize("a\u{200B}b\u{202E}c\u{FEFF}"), "abc");
        assert_eq!(normalize("a \t b\r\n\r\n\r\n\nc  \n d"), "a b\n\nc\nd");
        assert_eq!(normalize("ﬁ ① ㎏ Å"), "fi 1 kg Å");
        assert_eq!(normalize("e\u{301}"), "é");
        assert_eq!(normalize("👨\u{200D}👩\u{200D}👧"), "👨\u{200D}👩\u{200D}👧");
        assert_eq!(normalize("a\r\rb\u{2028}c"), "a\n\nb\nc");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\t "), "");
    }

    #[test]
    fn unescape_like_python() {
        assert_eq!(unescape("&amp;&lt;&gt;&quot;&#39;"), "&<>\"'");
        assert_eq!(unescape("&ampx &amp &notit; &notin;"), "&x & ¬it; ∉");
        assert_eq!(unescape("&#x41;&#65&#X42;&#0;&#x80;&#1;&#xD800;&#99999999999;"), "AAB\u{FFFD}€\u{FFFD}\u{FFFD}");
        assert_eq!(unescape("& &# &#x; &unknown; &;"), "& &# &#x; &unknown; &;");
        assert_eq!(unescape("&nbsp&NotNestedGreaterGreater;"), "\u{A0}\u{2AA2}\u{338}");
    }

    #[test]
    fn clean_html_basics() {
        let doc = "<!DOCTYPE html><html><head><title>T</title><style>p{}</style>\
                   <script>if (a < b) alert('</p>')</script></head>\
                   <body><p>Hello&nbsp;<b>big</b>\n   world &amp; co&#46;</p><!-- hidden -->\
                   <p>Line<br>two<br/><br>three</p><ul><li>x</li><li>y</li></ul>3 < 4</body></html>";
        assert_eq!(clean_html(doc), "T\n\nHello\u{A0}big world & co.\n\nLine\ntwo\n\nthree\n\nx\ny\n\n3 < 4");
        assert_eq!(clean_html("<td>a</td><td>b</td>"), "a b");
        assert_eq!(clean_html("<a href='x>y'>link</a>"), "link");
        assert_eq!(clean_html("<SCRIPT>x</ScRiPt>ok"), "ok");
        assert_eq!(clean_html("&lt;script&gt;"), "<script>");
        assert_eq!(clean_html("<script>never closed"), "");
        assert_eq!(clean_html(""), "");
    }
}
