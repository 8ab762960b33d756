// Package pyfmt converts numbers to and from text exactly as CPython 3.11
// does, and holds the numeric helpers whose results or error messages are
// Python-specific. It imports only pystr (for repr in error messages).
//
// Text of numbers:
//   - FloatRepr (repr/str of float), DoubleToString (PyOS_double_to_string),
//     ComplexRepr.
//   - IntToString, BigIntToString (4300-digit limit, MaxStrDigits),
//     IntToPrefixed/BigIntToPrefixed (bin, oct, hex).
//   - ParseInt (int(str, base)), ParseFloat (float(str)), FloatHex,
//     FloatFromHex.
//
// format() and the format-spec mini-language: ParseSpec, FormatInt,
// FormatBigInt, FormatFloat, FormatStr, FormatComplex (and the ...Named
// variants for bool and subclasses, whose type name appears in errors).
//
// printf-style %: PercentParser walks a template into literals and
// PercentDirectives; PercentSpec formats one converted argument (Int,
// BigInt, Float, Char, CharInt, Str).
//
// Arithmetic: Round, RoundToInt, FloatToInt, FloatDiv, FloatFloorDiv,
// FloatMod, FloatDivMod, FloatPow, FloatIsInteger, FloatAsIntegerRatio,
// IntFloorDiv, IntMod, BigFloorDivMod, IntTrueDiv, BigTrueDiv, BigRound,
// IntBitLength, BigIntToFloat.
//
// Errors are *Error values (the same type as pystr.Error) carrying the
// Python exception type name and CPython's message text.
//
// FloatPow is correctly rounded; CPython uses the C library's pow, which
// glibc rounds the other way in rare cases next to a midpoint. Building
// with -tags libm (cgo) makes FloatPow call the C library instead.
package pyfmt
