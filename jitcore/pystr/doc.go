// Package pystr implements Python 3.11's str methods on Go UTF-8 strings,
// with CPython's Unicode tables (Unicode 14, generated from python3 by
// testdata/gen_tables.py) rather than Go's:
//
//   - Repr, ASCII (repr() and ascii() quoting and escapes).
//   - Code points: IsASCII, Len, At, Item, ByteOffset, AdjustIndices, Slice,
//     and Indexer for repeated O(1) indexing.
//   - Searching: Find, RFind, Index, RIndex, Count, StartsWith, EndsWith,
//     Contains, Replace, RemovePrefix, RemoveSuffix.
//   - Splitting: Split, RSplit, SplitWhitespace, RSplitWhitespace,
//     SplitLines, Partition, RPartition; Strip and friends.
//   - Case: Upper, Lower (final sigma), CaseFold, Title, Capitalize,
//     SwapCase, with full (multi-character) mappings.
//   - Predicates: IsAlpha, IsDecimal, IsDigit, IsNumeric, IsAlnum, IsSpace,
//     IsUpper, IsLower, IsTitle, IsIdentifier, IsPrintable, and the
//     per-rune ...Rune forms; DecimalValue for int()/float() parsing.
//   - Padding: Center, LJust, RJust, ZFill, ExpandTabs.
//   - str.format templates: TemplateParser, SplitFieldName, CheckConversion.
//
// Indices and lengths count code points, not bytes, unless a name says
// otherwise; start/end arguments follow Python (negative counts from the
// end; pass 0 and math.MaxInt for omitted bounds). Strings are assumed to
// be valid UTF-8, so lone surrogates cannot be represented.
package pystr
