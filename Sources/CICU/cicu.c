#include "cicu.h"

#include <limits.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucol.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* Maps an ICU status and a produced length to the shim's return convention. */
static int32_t kd_result(UErrorCode status, int32_t length) {
    if (status == U_BUFFER_OVERFLOW_ERROR) return -length;
    if (U_FAILURE(status)) return INT32_MIN;
    return length;
}

int32_t kd_nfc(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return INT32_MIN;
    int32_t n = unorm2_normalize(nfc, (const UChar *)src, len, (UChar *)dst, cap, &status);
    return kd_result(status, n);
}

int32_t kd_is_nfc(const uint16_t *src, int32_t len) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return 0;
    UNormalizationCheckResult r = unorm2_quickCheck(nfc, (const UChar *)src, len, &status);
    return U_SUCCESS(status) && r == UNORM_YES;
}

int32_t kd_fold_case(const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_strFoldCase((UChar *)dst, cap, (const UChar *)src, len, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return kd_result(status, n);
}

void *kd_translit_open(const uint16_t *id, int32_t idLen) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, idLen, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return NULL;
    return t;
}

void kd_translit_close(void *handle) {
    if (handle) utrans_close((UTransliterator *)handle);
}

int32_t kd_translit(void *handle, uint16_t *buf, int32_t len, int32_t cap) {
    if (!handle) return INT32_MIN;
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = len;
    int32_t limit = len;
    utrans_transUChars((UTransliterator *)handle, (UChar *)buf, &textLength, cap, 0, &limit, &status);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return kd_result(status, textLength);
}

int32_t kd_word_boundaries(const uint16_t *text, int32_t len, int32_t *out, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "", (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    int32_t count = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (count < cap) out[count] = b;
        count++;
    }
    ubrk_close(bi);
    return count <= cap ? count : -count;
}

int32_t kd_detect_charset(const char *bytes, int32_t len, char *name, int32_t nameCap) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, bytes, len, &status);
    const UCharsetMatch *match = ucsdet_detect(det, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match) {
        const char *found = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && found && (int32_t)strlen(found) < nameCap) {
            strcpy(name, found);
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(det);
    return confidence;
}

typedef struct {
    int32_t invalid;
    int32_t firstInvalid;
    const char *base;
} kd_invalid_counter;

static void kd_count_invalid(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    kd_invalid_counter *counter = (kd_invalid_counter *)context;
    if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
        if (counter->invalid == 0) counter->firstInvalid = (int32_t)(codeUnits - counter->base);
        counter->invalid++;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t kd_convert_to_utf16(const char *charset, const char *src, int32_t len,
                            uint16_t *dst, int32_t cap, int32_t *invalid, int32_t *firstInvalid) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    kd_invalid_counter counter = {0, -1, src};
    ucnv_setToUCallBack(cnv, kd_count_invalid, &counter, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(cnv);
        return INT32_MIN;
    }
    UChar *target = (UChar *)dst;
    const char *source = src;
    ucnv_toUnicode(cnv, &target, (UChar *)dst + cap, &source, src + len, NULL, 1, &status);
    int32_t produced = (int32_t)(target - (UChar *)dst);
    ucnv_close(cnv);
    *invalid = counter.invalid;
    *firstInvalid = counter.firstInvalid;
    if (status == U_BUFFER_OVERFLOW_ERROR) return -(len * 2 + 16);
    return kd_result(status, produced);
}

int32_t kd_convert_from_utf16(const char *charset, const uint16_t *src, int32_t len, char *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return INT32_MIN;
    int32_t n = ucnv_fromUChars(cnv, dst, cap, (const UChar *)src, len, &status);
    ucnv_close(cnv);
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    return kd_result(status, n);
}

void *kd_collator_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *c = ucol_open(locale, &status);
    if (U_FAILURE(status)) return NULL;
    return c;
}

void kd_collator_close(void *handle) {
    if (handle) ucol_close((UCollator *)handle);
}

int32_t kd_sort_key(void *handle, const uint16_t *text, int32_t len, uint8_t *out, int32_t cap) {
    if (!handle) return 0;
    return ucol_getSortKey((const UCollator *)handle, (const UChar *)text, len, out, cap);
}
