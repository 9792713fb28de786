#ifndef KD_CHASH_H
#define KD_CHASH_H
/*
 * SHA-256 for provenance hashes: the x86 SHA extensions when the processor has them (checked at
 * run time), portable C otherwise. Plain C types only.
 */
#include <stddef.h>
#include <stdint.h>

/* Writes the 32-byte SHA-256 digest of data[0..<len] to out. */
void kd_sha256(const uint8_t *data, size_t len, uint8_t out[32]);
/* The same with the portable code only, so that tests can check both paths on any machine. */
void kd_sha256_portable(const uint8_t *data, size_t len, uint8_t out[32]);

#endif
