/* pam_ns_helper purge: every set deleted and the store gone, as before
 * the first set was made (the package runs it when it is removed). */
#include <stdio.h>

#include "helper/helper_store.h"

int pns_cmd_purge(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	/* The policy names pin_dir; without a usable one (main said why on
	 * stderr), the default, where the shipped policy puts it. */
	const char *pin_dir = pol ? pol->pin_dir : PNS_DEFAULT_PIN_DIR;
	if (!pol)
		pns_helper_error(args, "purge: the policy cannot be used; purging %s", PNS_ESC(pin_dir));
	struct pns_store s = PNS_STORE_INIT;
	struct pns_err e = { 0 };
	if (pns_store_open(&s, pin_dir, 0, &e) < 0) {
		pns_helper_error(args, "purge: %s", e.msg);
		pns_store_close(&s);
		return PNS_EXIT_FAIL;
	}
	unsigned n = 0;
	int rc = s.root < 0 ? PNS_EXIT_OK : pns_helper_delete_each(args, &s, pol, NULL, NULL, NULL, "delete", &n);
	/* After a failure too: a set whose delete hook failed is deleted all
	 * the same, and when no set is left the store goes.  Otherwise it
	 * still holds a set, which was reported already. */
	if (pns_store_remove(&s, &e) < 0) {
		if (rc == PNS_EXIT_OK)
			pns_helper_error(args, "purge: %s", e.msg);
		return PNS_EXIT_FAIL;
	}
	if (rc != PNS_EXIT_OK)
		return rc;
	if (args->verbose)
		printf("removed the store of %s\n", PNS_ESC(pin_dir));
	return PNS_EXIT_OK;
}
