/* libFuzzer target for the one escaping of outside text (pns_escape).
 * Built by tests/fuzz/run from:
 *
 * fuzz-sources: pam_ns/common/
 * fuzz-args: -max_len=2048
 *
 * The input: one byte, the size of the caller's buffer (0..255), then the
 * text.  Checked: the output is printable ASCII only and as long as the
 * return value says; with room enough, it decodes back to the text (read
 * from the left, so it holds no truncation mark); cut short, it is a whole-escape prefix
 * of the full output followed by the mark.  The small buffer is a heap
 * block of exactly its size, so AddressSanitizer sees any byte past it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The text escaped back: -1 when out is not a valid escaping. */
static long decode(const char *out, char *text)
{
	size_t n = 0;
	for (const char *p = out; *p; p++) {
		if (*p != '\\') {
			text[n++] = *p;
			continue;
		}
		switch (*++p) {
		case '\\': text[n++] = '\\'; break;
		case 'n': text[n++] = '\n'; break;
		case 't': text[n++] = '\t'; break;
		case 'r': text[n++] = '\r'; break;
		case 'x': {
			char hex[3] = { p[1], p[2], 0 };
			char *end;
			if (!p[1] || !p[2] || strspn(hex, "0123456789abcdef") != 2)
				return -1;
			text[n++] = (char)strtoul(hex, &end, 16);
			p += 2;
			break;
		}
		default:
			return -1;
		}
	}
	text[n] = '\0';
	return (long)n;
}

static void printable(const char *out, size_t len)
{
	if (strlen(out) != len)
		abort();
	for (size_t i = 0; i < len; i++)
		if (out[i] < 0x20 || out[i] > 0x7e)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t outsz = data[0];
	char *text = malloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';	/* the text up to its first NUL */
	size_t tlen = strlen(text);

	/* Room for every byte as \xHH. */
	size_t bigsz = 4 * tlen + 1;
	char *big = malloc(bigsz), *back = malloc(tlen + 1);
	size_t blen = pns_escape(big, bigsz, text);
	printable(big, blen);
	/* Read from the left, a whole output holds no mark: decode refuses
	 * "\." (a literal backslash then dots is "\\..."). */
	if (decode(big, back) != (long)tlen || memcmp(back, text, tlen))
		abort();

	char *small = outsz ? malloc(outsz) : NULL;
	size_t slen = pns_escape(small, outsz, text);
	if (!outsz) {
		if (slen != 0)
			abort();
	} else if (blen < outsz) {
		if (slen != blen || strcmp(small, big))
			abort();
	} else {
		/* Cut: less than the buffer, ending in (a cut of) the mark,
		 * after a prefix of the full output that ends on an escape's
		 * end, which decodes. */
		printable(small, slen);
		if (slen >= outsz)
			abort();
		const char *mark = "\\...";
		size_t mlen = outsz - 1 < 4 ? outsz - 1 : 4;
		/* The mark, or as much of it as the buffer holds, ends it (an
		 * output shorter than that reads before small: ASan says so). */
		if (memcmp(small + slen - mlen, mark, mlen))
			abort();
		size_t keep = slen - mlen;
		if (memcmp(small, big, keep))
			abort();
		char save = small[keep];
		small[keep] = '\0';
		char *part = malloc(keep + 1);
		if (decode(small, part) < 0)
			abort();
		small[keep] = save;
		free(part);
	}
	free(small);
	free(big);
	free(back);
	free(text);
	return 0;
}
