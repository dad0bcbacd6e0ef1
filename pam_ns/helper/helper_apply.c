/* pam_ns_helper apply: make the store match the policy (for boot). */
#include <getopt.h>
#include <stdio.h>

#include "helper/helper_store.h"

static void apply_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s apply [--prune] [-v]\n\n"
		     "Create every shared set the policy declares (per-user and per-group sets\n"
		     "are made by their first login, or by `create -u`/`create -g`).\n\n"
		     "Options:\n"
		     "  -p, --prune    also delete every instance of a set the policy no longer\n"
		     "                 declares\n"
		     "  -v, --verbose  say what was created, existed or was pruned\n"
		     "  -h, --help     this help\n", prog);
}

struct prune_ctx {
	const struct pns_policy *pol;
	struct pns_inst *v;
	size_t n;
};

static int find_stale(void *ctx, const struct pns_inst *i)
{
	struct prune_ctx *p = ctx;
	if (pns_policy_find_set(p->pol, i->set))
		return 0;
	struct pns_inst *nv = realloc(p->v, (p->n + 1) * sizeof(*nv));
	if (!nv)
		return -1;
	p->v = nv;
	p->v[p->n++] = *i;
	return 0;
}

static int prune(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
		 struct pns_store *s, bool verbose)
{
	struct prune_ctx p = { .pol = pol };
	struct pns_err e = { 0 };
	int rc = PNS_EXIT_OK;
	if (pns_store_each(s, NULL, find_stale, &p, &e) < 0) {
		pns_helper_error(ctx, "prune: %s", e.msg[0] ? e.msg : "out of memory");
		rc = PNS_EXIT_FAIL;
	}
	for (size_t k = 0; k < p.n; k++) {
		char label[600];
		pns_inst_label(&p.v[k], label, sizeof(label));
		/* Never forced: a set pinned from another mount namespace
		 * is reported, not torn down over there. */
		if (pns_store_delete(s, &p.v[k], false, &e) < 0) {
			pns_helper_error(ctx, "prune %s: %s", label, e.msg);
			rc = PNS_EXIT_FAIL;
		} else if (verbose) {
			printf("pruned %s\n", label);
		}
	}
	free(p.v);
	return rc;
}

int pns_cmd_apply(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "prune", no_argument, NULL, 'p' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool do_prune = false, verbose = false;
	int c;
	while ((c = getopt_long(argc, argv, "pvh", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			do_prune = true;
			break;
		case 'v':
			verbose = true;
			break;
		case 'h':
			apply_usage(stdout, ctx->prog);
			return PNS_EXIT_OK;
		default:
			apply_usage(stderr, ctx->prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (optind != argc) {
		apply_usage(stderr, ctx->prog);
		return PNS_EXIT_USAGE;
	}
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	struct pns_store s = { .fd = -1 };
	int rc = pns_helper_store_open(ctx, pol, true, &s);
	for (size_t k = 0; k < pol->nsets && s.fd >= 0; k++) {
		const struct pns_set *set = &pol->sets[k];
		struct pns_inst i;
		if (set->external || set->per != PNS_PER_SHARED)
			continue;
		/* One failing set does not stop the others. */
		if (pns_helper_target(ctx, set, NULL, NULL, false, &i) != PNS_EXIT_OK ||
		    pns_helper_create_inst(ctx, pol, &s, set, &i, verbose) != PNS_EXIT_OK)
			rc = PNS_EXIT_FAIL;
	}
	if (do_prune && s.fd >= 0 && prune(ctx, pol, &s, verbose) != PNS_EXIT_OK)
		rc = PNS_EXIT_FAIL;
	pns_store_close(&s);
	pns_policy_free(pol);
	return rc;
}
