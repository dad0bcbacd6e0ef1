/* pam_ns_helper create: make and pin one instance of a set, idempotently. */
#include <stdio.h>

#include "helper/helper_store.h"

int pns_cmd_create(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	int rc;
	struct pns_inst i;
	struct pns_store s = PNS_STORE_INIT;
	const struct pns_set *set = pns_policy_find_set(pol, args->set);
	if (!set) {
		pns_helper_error(args, "no set named %s in %s", PNS_ESC(args->set), PNS_ESC(args->config));
		rc = PNS_EXIT_FAIL;
	} else if ((rc = pns_helper_target(args, set, args->user, args->group, true, &i)) !=
		   PNS_EXIT_OK) {
		/* message printed */
	} else if (set->external) {
		rc = pns_helper_check_external(args, pol, set);
		if (rc == PNS_EXIT_OK && args->verbose)
			printf("exists %s (pinned by someone else)\n", PNS_ESC(set->name));
	} else if ((rc = pns_helper_store_open(args, pol, true, &s)) == PNS_EXIT_OK) {
		rc = pns_helper_create_inst(args, &s, set, &i);
	}
	pns_store_close(&s);
	return rc;
}
