/* libFuzzer target for the policy parser: arbitrary bytes as a main policy
 * file and again as a drop-in (so duplicate sets and cross-file joins are
 * reached too), then resolved and freed.  Built by tests/fuzz/run. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	/* Invariants the rest of the core relies on. */
	for (size_t i = 0; i < d.msgs.n; i++)
		if (strncmp(d.msgs.v[i], "fuzz.", 5))
			abort();
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		if (r->join && (!r->join_name || strcmp(r->join->name, r->join_name)))
			abort();
		if ((r->unshare & ~PNS_ALL_TYPES) || !r->file)
			abort();
	}
	for (size_t i = 0; i < pol->nsets; i++)
		if (!pol->sets[i].name || (pol->sets[i].types & ~PNS_ALL_TYPES))
			abort();
	if (!pol->pin_dir || pol->pin_dir[0] != '/')
		abort();
	pns_diag_free(&d);
	pns_policy_free(pol);
	return 0;
}
