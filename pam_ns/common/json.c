/* JSON string escaping for the helper's machine-readable output. */
#include "common/json.h"

/* The length of the well-formed UTF-8 sequence at p (RFC 3629: no
 * overlong form, no surrogate, nothing above U+10FFFF), 0 for none. */
static size_t utf8_len(const unsigned char *p)
{
	unsigned c = p[0];
	size_t n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) || (c == 0xf0 && p[1] < 0x90) ||
	    (c == 0xf4 && p[1] > 0x8f))
		return 0;
	return n;
}

void pns_json_string(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		default:
			/* Every control character (C0, DEL) and every character
			 * beyond ASCII as \uXXXX (a surrogate pair above
			 * U+FFFF): the output is read on terminals too, which act
			 * on C1 controls and reorder text at U+202E and its kin;
			 * so the output is ASCII, as pns_escape's is. */
			if (*p < 0x20 || *p == 0x7f) {
				fprintf(out, "\\u%04x", *p);
			} else if (*p < 0x80) {
				fputc(*p, out);
			} else {
				/* JSON is Unicode: a byte that is no UTF-8 (a name
				 * from NSS in another encoding) is U+FFFD. */
				size_t n = utf8_len(p);
				unsigned long cp = 0xfffd;
				if (n) {
					cp = p[0] & (0x7f >> n);
					for (size_t i = 1; i < n; i++)
						cp = cp << 6 | (p[i] & 0x3f);
				}
				if (cp > 0xffff)
					fprintf(out, "\\u%04lx\\u%04lx", 0xd800 + ((cp - 0x10000) >> 10),
						0xdc00 + ((cp - 0x10000) & 0x3ff));
				else
					fprintf(out, "\\u%04lx", cp);
				p += n ? n - 1 : 0;
			}
		}
	}
	fputc('"', out);
}
