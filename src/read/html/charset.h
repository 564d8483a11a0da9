// Character sets to UTF-8, for pages and feeds that declare another encoding.
//
// Supported: UTF-8; windows-1252 (also for the iso-8859-1 and us-ascii labels, as the
// WHATWG Encoding standard reads them); iso-8859-15, iso-8859-2, windows-1250,
// windows-1251, koi8-r; UTF-16 (LE/BE, by BOM or label); every other set the C library's
// iconv knows (shift_jis, gb2312, gbk, big5, euc-kr, euc-jp, iso-2022-jp, iso-8859-*...),
// by its own label.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factwire::html {

// The canonical name of a charset label ("Latin1" -> "windows-1252", "ISO_8859-15" ->
// "iso-8859-15"); empty when the label is not one of the supported sets.
std::string canonical_charset(std::string_view label);

// "utf-16le" / "utf-16be" when the bytes open with a UTF-16 byte order mark, else empty.
std::string_view utf16_bom(std::string_view bytes);

// UTF-16 (a BOM, when there, decides the byte order and is dropped) to UTF-8. Unpaired
// surrogates, NUL units and an odd last byte become U+FFFD; returns how many.
size_t utf16_to_utf8(std::string_view bytes, bool big_endian, std::string* out);

// UTF-16 bytes (no byte order mark) to UTF-8, appended to *out, for a stream read in pieces:
// returns how many bytes it used (all when `last`; else not a trailing half unit or high
// surrogate, which the next call gets again). A unit that is no character (an unpaired
// surrogate, NUL) and an odd last byte become U+FFFD, or with `mark_bad` the byte 0xFF (not
// UTF-8: a reader's later repair then counts it in its usual warning); *bad (or nullptr)
// counts them.
size_t utf16_decode(std::string_view bytes, bool big_endian, bool last, bool mark_bad,
                    std::string* out, size_t* bad);

// Transcodes `bytes` from `charset` (any label canonical_charset knows) to UTF-8 in *out.
// False (and *out untouched) when the charset is not supported. UTF-8 itself is not
// handled here (the callers validate and repair it).
bool to_utf8(std::string_view charset, std::string_view bytes, std::string* out);

}  // namespace factwire::html
