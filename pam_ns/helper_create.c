/* pam_ns_helper create: make and pin one instance of a set, idempotently. */
#include <getopt.h>
#include <stdio.h>

#include "helper_store.h"

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
	static const struct option longopts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "group", required_argument, NULL, 'g' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *user = NULL, *group = NULL;
	bool verbose = false;
	int c;
	while ((c = getopt_long(argc, argv, "u:g:vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'u':
			user = optarg;
			break;
		case 'g':
			group = optarg;
			break;
		case 'v':
			verbose = true;
			break;
		case 'h':
			create_usage(stdout, ctx->prog);
			return PNS_EXIT_OK;
		default:
			create_usage(stderr, ctx->prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (optind + 1 != argc) {
		create_usage(stderr, ctx->prog);
		return PNS_EXIT_USAGE;
	}
	const char *name = argv[optind];
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
