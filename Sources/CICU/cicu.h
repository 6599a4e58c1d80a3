// Thin shims over system ICU. ICU renames its entry points with a version suffix
// (ubrk_open -> ubrk_open_72) through macros that Swift cannot import, so each function
// the package needs is wrapped once here as a static inline function with a stable name.
#ifndef CICU_H
#define CICU_H

#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

// MARK: Break iteration

static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale,
                                             const UChar *text, int32_t length,
                                             UErrorCode *status) {
  return ubrk_open(type, locale, text, length, status);
}
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t length,
                                     UErrorCode *status) {
  ubrk_setText(bi, text, length, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_following(UBreakIterator *bi, int32_t offset) {
  return ubrk_following(bi, offset);
}
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) {
  return ubrk_getRuleStatus(bi);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }

// MARK: Normalisation

static inline const UNormalizer2 *cicu_nfc_instance(UErrorCode *status) {
  return unorm2_getNFCInstance(status);
}
static inline int32_t cicu_unorm2_spanQuickCheckYes(const UNormalizer2 *norm, const UChar *s,
                                                    int32_t length, UErrorCode *status) {
  return unorm2_spanQuickCheckYes(norm, s, length, status);
}
static inline int32_t cicu_unorm2_normalize(const UNormalizer2 *norm, const UChar *src,
                                            int32_t length, UChar *dest, int32_t capacity,
                                            UErrorCode *status) {
  return unorm2_normalize(norm, src, length, dest, capacity, status);
}

// MARK: Conversion

static inline UChar *cicu_u_strFromUTF8(UChar *dest, int32_t capacity, int32_t *length,
                                        const char *src, int32_t srcLength, UErrorCode *status) {
  return u_strFromUTF8(dest, capacity, length, src, srcLength, status);
}

// MARK: Collation

static inline UCollator *cicu_ucol_open(const char *locale, UErrorCode *status) {
  return ucol_open(locale, status);
}
static inline UCollationResult cicu_ucol_strcoll(const UCollator *coll, const UChar *source,
                                                 int32_t sourceLength, const UChar *target,
                                                 int32_t targetLength) {
  return ucol_strcoll(coll, source, sourceLength, target, targetLength);
}
static inline void cicu_ucol_close(UCollator *coll) { ucol_close(coll); }

static inline const char *cicu_errorName(UErrorCode code) { return u_errorName(code); }

#endif
