/* pam_ns_helper apply: make the store match the policy (for boot). */
#include <stdio.h>

#include "helper/helper_store.h"

/* Prune: an instance of a set the policy no longer declares. */
static bool stale(const void *ctx, const struct pns_inst *i)
{
	return !pns_policy_find_set(ctx, i->set);
}

int pns_cmd_apply(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	/* The store is made for a set to pin, never for nothing: a policy
	 * without shared sets (the shipped one) leaves the host as it is. */
	bool some = false;
	for (size_t k = 0; k < pol->nsets; k++)
		some |= !pol->sets[k].external && pol->sets[k].per == PNS_PER_SHARED;
	struct pns_store s = PNS_STORE_INIT;
	int rc = pns_helper_store_open(args, pol, some, &s);
	for (size_t k = 0; k < pol->nsets && s.root >= 0; k++) {
		const struct pns_set *set = &pol->sets[k];
		struct pns_inst i;
		if (set->external || set->per != PNS_PER_SHARED)
			continue;
		/* One failing set does not stop the others. */
		if (pns_helper_target(args, set, NULL, NULL, false, &i) != PNS_EXIT_OK ||
		    pns_helper_create_inst(args, &s, set, &i) != PNS_EXIT_OK)
			rc = PNS_EXIT_FAIL;
	}
	unsigned pruned = 0;
	if (args->prune && s.root >= 0 &&
	    pns_helper_delete_each(args, &s, pol, NULL, stale, pol, "prune", &pruned) != PNS_EXIT_OK)
		rc = PNS_EXIT_FAIL;
	pns_store_close(&s);
	return rc;
}
