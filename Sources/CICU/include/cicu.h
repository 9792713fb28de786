#ifndef KD_CICU_H
#define KD_CICU_H
/*
 * kodigest's shim over the system ICU. Only plain C types cross this boundary:
 * text is UTF-16 (uint16_t) unless the name says utf8, lengths are in code units,
 * and every function reports failure through its return value (negative = error)
 * so that Swift never sees ICU's own headers or versioned symbol names.
 */
#include <stdint.h>

/* NFC-normalizes src into dst. Returns the length written, or -(needed) when cap is too
   small, or INT32_MIN on any other error. */
int32_t kd_nfc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap);
/* 1 when src is certainly NFC already (ICU quick check), 0 otherwise. */
int32_t kd_is_nfc(const uint16_t *src, int32_t len);

/* Full Unicode case folding (default options). Same return convention as kd_nfc. */
int32_t kd_fold_case(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap);

/* Transliterator handle for an ICU transform id such as "Hangul-Latin". NULL on failure.
   A handle is not thread-safe: use one per thread. */
void *kd_translit_open(const uint16_t *id, int32_t idLen);
void kd_translit_close(void *handle);
/* Transliterates buf in place (cap is its capacity). Returns the new length, or -(needed)
   when cap is too small, or INT32_MIN on any other error. */
int32_t kd_translit(void *handle, uint16_t *buf, int32_t len, int32_t cap);

/* Word boundaries (ICU word break iterator, root locale) of text, written to out as UTF-16
   offsets including 0 and len. Returns the count, -(needed) when cap is too small, INT32_MIN on error. */
int32_t kd_word_boundaries(const uint16_t *text, int32_t len, int32_t *out, int32_t cap);

/* Charset detection over raw bytes. Writes the best charset name (NUL-terminated ASCII) into
   name and returns its confidence 0-100, or -1 when nothing was detected. */
int32_t kd_detect_charset(const char *bytes, int32_t len, char *name, int32_t nameCap);

/* Converts bytes in the named charset to UTF-16. Undecodable sequences become U+FFFD and are
   counted in *invalid (the byte offset of the first one in *firstInvalid, else -1).
   Returns the UTF-16 length, -(needed) when cap is too small, INT32_MIN on error. */
int32_t kd_convert_to_utf16(const char *charset, const char *src, int32_t len,
                            uint16_t *dst, int32_t cap, int32_t *invalid, int32_t *firstInvalid);

/* Converts UTF-16 to bytes in the named charset (unmappable characters get the charset's
   substitute). Returns the byte length, -(needed) when cap is too small, INT32_MIN on error. */
int32_t kd_convert_from_utf16(const char *charset, const uint16_t *src, int32_t len, char *dst, int32_t cap);

/* Collator for a locale such as "ko". NULL on failure. Thread-safe for sort keys. */
void *kd_collator_open(const char *locale);
void kd_collator_close(void *handle);
/* Sort key of text into out. Returns the key length (including the terminating 0), which
   may exceed cap: then call again with a larger buffer. */
int32_t kd_sort_key(void *handle, const uint16_t *text, int32_t len, uint8_t *out, int32_t cap);

#endif
