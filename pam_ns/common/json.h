/* Just enough JSON output for the helper's --json modes. */
#ifndef PNS_JSON_H
#define PNS_JSON_H

#include <stdio.h>

/* Write s as a JSON string literal (quoted, escaped; a byte that is not part
 * of well-formed UTF-8 becomes U+FFFD, every control character, C0, DEL
 * and C1, is \\uXXXX); NULL writes null. */
void pns_json_string(FILE *out, const char *s);

#endif
