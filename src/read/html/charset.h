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

// Transcodes `bytes` from `charset` (any label canonical_charset knows) to UTF-8 in *out.
// False (and *out untouched) when the charset is not supported. UTF-8 itself is not
// handled here (the callers validate and repair it).
bool to_utf8(std::string_view charset, std::string_view bytes, std::string* out);

}  // namespace factwire::html
