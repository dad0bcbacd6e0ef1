/* What every fuzz target checks of a policy the loader accepted: the
 * invariants the rest of the core relies on without checking them again.
 * Any violation aborts, which libFuzzer reports as a crash. */
#ifndef PNS_FUZZ_COMMON_H
#define PNS_FUZZ_COMMON_H

#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"

static inline void pns_fuzz_check_policy(const struct pns_policy *pol)
{
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
}

#endif
