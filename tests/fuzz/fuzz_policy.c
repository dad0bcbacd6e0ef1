/* libFuzzer target for the policy parser: arbitrary bytes as a main policy
 * file and again as a drop-in (so duplicate sets and cross-file joins are
 * reached too), then resolved and freed.  Built by tests/fuzz/run from:
 *
 * fuzz-sources: pam_ns/policy/ pam_ns/common/
 * fuzz-libs: -lconfig
 * fuzz-args: -max_len=8192
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "policy/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void parse(struct pns_policy *pol, const uint8_t *data, size_t size, const char *name,
		  bool main_file, struct pns_diag *d)
{
	/* fmemopen refuses a zero-sized buffer. */
	static char empty[1];
	FILE *f = size ? fmemopen((void *)data, size, "r") : fmemopen(empty, 1, "r");
	if (!f)
		return;
	int before = (int)d->msgs.n;
	int n = pns_policy_parse_stream(pol, f, name, main_file, d);
	fclose(f);
	if (n != (int)d->msgs.n - before)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#ifdef PNS_FUZZ_CRASH_SELFTEST
	/* tests/fuzz/run selftest: prove a crash makes the run fail. */
	if (size >= 7 && !memcmp(data, "version", 7))
		abort();
#endif
	if (size > 256 * 1024)
		return 0;
	struct pns_policy *pol = pns_policy_new();
	if (!pol)
		return 0;
	struct pns_diag d = { 0 };
	parse(pol, data, size, "fuzz.conf", true, &d);
	parse(pol, data, size, "fuzz.d/10.conf", false, &d);
	pns_policy_finish(pol, &d);
	/* Every message names its file. */
	for (size_t i = 0; i < d.msgs.n; i++)
		if (strncmp(d.msgs.v[i], "fuzz.", 5))
			abort();
	pns_fuzz_check_policy(pol);
	pns_diag_free(&d);
	pns_policy_free(pol);
	return 0;
}
