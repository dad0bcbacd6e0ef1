/* pam_ns_helper create: make and pin one instance of a set, idempotently. */
#include <stdio.h>

#include "helper/helper_store.h"

static void create_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s create SET [-u USER | -g GROUP] [-v]\n\n"
		     "Create the namespaces of SET and pin them under pin_dir.  Nothing happens\n"
		     "when a complete instance exists already; an incomplete one (left by a\n"
		     "crash) is removed and made again.  For a set pinned by someone else\n"
		     "(paths), only check that every pin is a namespace of the right type.\n\n"
		     "Options:\n"
		     "  -u, --user USER    the instance of a per-user set\n"
		     "  -g, --group GROUP  the instance of a per-group set\n"
		     "  -v, --verbose      say \"created\" or \"exists\"\n"
		     "  -h, --help         this help\n", prog);
}

int pns_cmd_create(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	struct pns_target_args t;
	int parsed = pns_helper_parse_target(argc, argv, "v", &t);
	if (parsed != PNS_EXIT_OK) {
		create_usage(parsed < 0 ? stdout : stderr, ctx->prog);
		return parsed < 0 ? PNS_EXIT_OK : parsed;
	}
	const char *name = t.set, *user = t.user, *group = t.group;
	bool verbose = t.verbose;
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	int rc;
	struct pns_inst i;
	struct pns_store s = { .fd = -1 };
	const struct pns_set *set = pns_policy_find_set(pol, name);
	if (!set) {
		pns_helper_error(ctx, "no set named %s in %s", name, ctx->config);
		rc = PNS_EXIT_FAIL;
	} else if ((rc = pns_helper_target(ctx, set, user, group, true, &i)) != PNS_EXIT_OK) {
		/* message printed */
	} else if (set->external) {
		rc = pns_helper_check_external(ctx, set);
		if (rc == PNS_EXIT_OK && verbose)
			printf("exists %s (pinned by someone else)\n", set->name);
	} else if ((rc = pns_helper_store_open(ctx, pol, true, &s)) == PNS_EXIT_OK) {
		rc = pns_helper_create_inst(ctx, pol, &s, set, &i, verbose);
	}
	pns_store_close(&s);
	pns_policy_free(pol);
	return rc;
}
