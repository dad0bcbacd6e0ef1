/* pam_ns_helper delete: unpin one instance of a set, or all of them. */
#include <errno.h>
#include <stdio.h>

#include "helper/helper_store.h"

static void delete_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s delete SET [-u USER | -g GROUP | --all] [--force]\n\n"
		     "Unpin an instance of SET: unmount each pin (lazily), remove the files and\n"
		     "the directories left empty.  Processes inside keep running; a pid set's\n"
		     "init leaves once it is the last process of its namespace.  SET need not\n"
		     "be in the policy any more; sets pinned by someone else are never deleted.\n\n"
		     "Options:\n"
		     "  -u, --user USER    the instance of a per-user set\n"
		     "  -g, --group GROUP  the instance of a per-group set\n"
		     "  -a, --all          every instance of SET found under pin_dir\n"
		     "  -f, --force        also an instance pinned from another mount namespace\n"
		     "                     (the unlink detaches its pins there too)\n"
		     "  -h, --help         this help\n", prog);
}

int pns_cmd_delete(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	struct pns_target_args t;
	int parsed = pns_helper_parse_target(argc, argv, "af", &t);
	if (parsed != PNS_EXIT_OK) {
		delete_usage(parsed < 0 ? stdout : stderr, ctx->prog);
		return parsed < 0 ? PNS_EXIT_OK : parsed;
	}
	const char *name = t.set, *user = t.user, *group = t.group;
	bool all = t.all;
	if (!pns_name_valid(name)) {
		pns_helper_error(ctx, "\"%s\" is not a valid set name", name);
		return PNS_EXIT_USAGE;
	}
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	const struct pns_set *set = pns_policy_find_set(pol, name);
	struct pns_store s = { .fd = -1 };
	struct pns_inst i;
	struct pns_err e = { 0 };
	int rc = PNS_EXIT_OK;
	if (set && set->external) {
		pns_helper_error(ctx, "set %s is pinned by someone else (paths): the helper never "
				 "deletes it", name);
		rc = PNS_EXIT_FAIL;
	} else if (!all && set) {
		rc = pns_helper_target(ctx, set, user, group, false, &i);
	} else if (!all && pns_inst_init(&i, name, user ? PNS_PER_USER : group ? PNS_PER_GROUP :
					 PNS_PER_SHARED, user ? user : group, &e) < 0) {
		/* Not in the policy (any more): the options say which instance. */
		pns_helper_error(ctx, "%s", e.msg);
		rc = PNS_EXIT_FAIL;
	}
	if (rc == PNS_EXIT_OK)
		rc = pns_helper_store_open(ctx, pol, false, &s);
	if (rc == PNS_EXIT_OK && all) {
		unsigned n = 0;
		rc = pns_helper_delete_all(ctx, &s, name, t.force, &n);
		if (rc == PNS_EXIT_OK && n == 0) {
			pns_helper_error(ctx, "no instance of set %s under %s", name, s.pin_dir);
			rc = PNS_EXIT_FAIL;
		}
	} else if (rc == PNS_EXIT_OK && pns_store_delete(&s, &i, t.force, &e) < 0) {
		char label[600];
		if (e.errnum == ENOENT)
			pns_helper_error(ctx, "delete %s: not pinned (%s)",
					 pns_inst_label(&i, label, sizeof(label)), e.msg);
		else
			pns_helper_error(ctx, "delete %s: %s", pns_inst_label(&i, label, sizeof(label)),
					 e.msg);
		rc = PNS_EXIT_FAIL;
	}
	pns_store_close(&s);
	pns_policy_free(pol);
	return rc;
}
