/* pam_ns_helper delete: unpin one instance of a set, or all of them. */
#include <errno.h>
#include <stdio.h>

#include "helper/helper_store.h"

int pns_cmd_delete(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	const char *name = args->set, *user = args->user, *group = args->group;
	if (!pns_name_valid(name)) {
		pns_helper_error(args, "\"%s\" is not a valid set name", PNS_ESC(name));
		return PNS_EXIT_USAGE;
	}
	const struct pns_set *set = pns_policy_find_set(pol, name);
	struct pns_store s = PNS_STORE_INIT;
	struct pns_inst i;
	struct pns_err e = { 0 };
	int rc = PNS_EXIT_OK;
	if (set && set->external) {
		pns_helper_error(args, "set %s is pinned by someone else (paths): the helper never "
				 "deletes it", PNS_ESC(name));
		rc = PNS_EXIT_FAIL;
	} else if (!args->all && set) {
		rc = pns_helper_target(args, set, user, group, false, &i);
	} else if (!args->all && pns_inst_init(&i, name, user ? PNS_PER_USER : group ? PNS_PER_GROUP :
					       PNS_PER_SHARED, user ? user : group, &e) < 0) {
		/* Not in the policy (any more): the options say which instance. */
		pns_helper_error(args, "%s", e.msg);
		rc = PNS_EXIT_FAIL;
	}
	if (rc == PNS_EXIT_OK)
		rc = pns_helper_store_open(args, pol, false, &s);
	if (rc == PNS_EXIT_OK && args->all) {
		unsigned n = 0;
		rc = pns_helper_delete_each(args, &s, pol, name, NULL, NULL, "delete", &n);
		if (rc == PNS_EXIT_OK && n == 0) {
			pns_helper_error(args, "no instance of set %s under %s", PNS_ESC(name), PNS_ESC(s.pin_dir));
			rc = PNS_EXIT_FAIL;
		}
	} else if (rc == PNS_EXIT_OK) {
		char label[600];
		struct pns_err hook = { 0 };
		pns_inst_label(&i, label, sizeof(label));
		int del = pns_store_delete(&s, set, &i, &hook, &e);
		if (pns_helper_delete_hook_failed(args, "delete", label, &hook, del == 0))
			rc = PNS_EXIT_FAIL;
		if (del < 0 && e.errnum == ENOENT)
			pns_helper_error(args, "delete %s: not pinned (%s)", label, e.msg);
		else if (del < 0)
			pns_helper_error(args, "delete %s: %s", label, e.msg);
		if (del < 0)
			rc = PNS_EXIT_FAIL;
	}
	pns_store_close(&s);
	return rc;
}
