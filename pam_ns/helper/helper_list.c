/* pam_ns_helper list: every pinned set and instance, like lsns. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "helper/helper_store.h"
#include "common/json.h"
#include "store/pin.h"

static void list_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s list [--json]\n\n"
		     "Every set instance found under pin_dir (also those no longer in the\n"
		     "policy) and every set pinned by someone else: its types, namespace ids,\n"
		     "creation time and the number of processes inside (from /proc/*/ns).\n\n"
		     "Options:\n"
		     "  -j, --json   machine-readable output\n"
		     "  -h, --help   this help\n", prog);
}

struct list_ctx {
	const char *prog;
	const struct pns_policy *pol;
	struct pns_store *s;
	bool json;
	unsigned count;
	struct pns_err err;
};

static void time_str(time_t t, char *buf, size_t size)
{
	struct tm tm;
	if (!t || !gmtime_r(&t, &tm) || !strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(buf, size, "-");
}

/* Whether the policy still declares this instance's set with this scope. */
static const char *policy_state(const struct pns_policy *pol, const struct pns_inst *i)
{
	const struct pns_set *set = pns_policy_find_set(pol, i->set);
	if (!set)
		return "not in policy";
	if (set->external || set->per != i->per)
		return "scope changed";
	return "in policy";
}

static void print_json_types(const struct pns_inst_info *info, const char *dir,
			     const struct pns_set *ext)
{
	bool first = true;
	printf("\"namespaces\": [");
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(info->types & PNS_BIT(t)))
			continue;
		char path[PATH_MAX + 16];
		if (ext)
			snprintf(path, sizeof(path), "%s", ext->paths[t]);
		else
			snprintf(path, sizeof(path), "%s/%s", dir, pns_types[t].name);
		printf("%s{\"type\": \"%s\", \"id\": %lu, \"path\": ", first ? "" : ", ",
		       pns_types[t].name, info->ids[t]);
		pns_json_string(stdout, path);
		printf(", \"processes\": %u}", info->procs[t]);
		first = false;
	}
	printf("]");
}

static void print_row(struct list_ctx *c, const char *set, const char *scope, const char *inst,
		      const char *state, const char *policy, const struct pns_inst_info *info,
		      const char *dir, const struct pns_set *ext)
{
	char created[32];
	time_str(info->created, created, sizeof(created));
	if (c->json) {
		printf("%s\n    {\"set\": ", c->count ? "," : "");
		pns_json_string(stdout, set);
		printf(", \"scope\": \"%s\", \"instance\": ", scope);
		pns_json_string(stdout, inst[0] ? inst : NULL);
		printf(", \"state\": \"%s\", \"policy\": \"%s\", \"path\": ", state, policy);
		pns_json_string(stdout, dir);
		printf(", \"created\": ");
		pns_json_string(stdout, info->created ? created : NULL);
		printf(", \"processes\": %u, ", info->procs_any);
		print_json_types(info, dir, ext);
		printf("}");
	} else {
		char ids[512] = "";
		size_t used = 0;
		for (int t = 0; t < PNS_NTYPES && used < sizeof(ids); t++)
			if (info->types & PNS_BIT(t))
				used += (size_t)snprintf(ids + used, sizeof(ids) - used, "%s%s:%lu",
							 used ? " " : "", pns_types[t].name, info->ids[t]);
		printf("%-12s %-8s %-12s %-10s %-13s %-20s %5u  %s\n", set, scope, inst[0] ? inst : "-",
		       state, policy, created, info->procs_any, ids[0] ? ids : "-");
	}
	c->count++;
}

static int list_one(void *ctx, const struct pns_inst *i)
{
	struct list_ctx *c = ctx;
	struct pns_inst_info info;
	char rel[PATH_MAX], dir[PATH_MAX * 2];
	if (pns_inst_rel(i, rel, sizeof(rel), &c->err) < 0)
		return -1;
	struct pns_err e = { 0 };
	/* The policy's types when it still has this set as it is, so a
	 * missing pin counts; otherwise the pins that are there. */
	const struct pns_set *set = pns_policy_find_set(c->pol, i->set);
	unsigned types = set && !set->external && set->per == i->per ? set->types : 0;
	if (pns_store_inspect(c->s, i, types, &info, &e) < 0) {
		/* Say so and go on: one odd entry should not hide the others. */
		fprintf(stderr, "%s: list: %s\n", c->prog, e.msg);
		return 0;
	}
	snprintf(dir, sizeof(dir), "%s/%s", c->s->pin_dir, rel);
	pns_store_count_procs(&info);
	print_row(c, i->set, pns_scope_names[i->per], i->name, pns_inst_state_name(info.state),
		  policy_state(c->pol, i), &info, dir, NULL);
	return 0;
}

/* Sets pinned by someone else are not under pin_dir: show their paths. */
static void list_external(struct list_ctx *c, const struct pns_set *set)
{
	struct pns_inst_info info;
	memset(&info, 0, sizeof(info));
	bool valid = true;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!set->paths[t])
			continue;
		struct pns_err e;
		int fd = pns_pin_open(set->paths[t], (enum pns_type)t, &e);
		struct stat st;
		if (fd < 0 || fstat(fd, &st) < 0) {
			valid = false;
		} else {
			info.types |= PNS_BIT(t);
			info.ids[t] = (unsigned long)st.st_ino;
			info.devs[t] = st.st_dev;
		}
		if (fd >= 0)
			close(fd);
	}
	pns_store_count_procs(&info);
	print_row(c, set->name, "external", "", valid ? "valid" : "invalid", "in policy", &info, NULL,
		  set);
}

int pns_cmd_list(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	int c;
	while ((c = getopt_long(argc, argv, "jh", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			json = true;
			break;
		case 'h':
			list_usage(stdout, ctx->prog);
			return PNS_EXIT_OK;
		default:
			list_usage(stderr, ctx->prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (optind != argc) {
		list_usage(stderr, ctx->prog);
		return PNS_EXIT_USAGE;
	}
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	struct pns_store s = { .fd = -1 };
	int rc = pns_helper_store_open(ctx, pol, false, &s);
	if (rc != PNS_EXIT_OK) {
		pns_policy_free(pol);
		return rc;
	}
	struct list_ctx lc = { .prog = ctx->prog, .pol = pol, .s = &s, .json = json };
	if (json) {
		printf("{\"pin_dir\": ");
		pns_json_string(stdout, s.pin_dir);
		printf(", \"instances\": [");
	} else {
		printf("%-12s %-8s %-12s %-10s %-13s %-20s %5s  %s\n", "SET", "SCOPE", "INSTANCE",
		       "STATE", "POLICY", "CREATED", "PROCS", "NAMESPACES");
	}
	if (pns_store_each(&s, NULL, list_one, &lc, &lc.err) < 0) {
		rc = PNS_EXIT_FAIL;
	}
	for (size_t k = 0; k < pol->nsets && rc == PNS_EXIT_OK; k++)
		if (pol->sets[k].external)
			list_external(&lc, &pol->sets[k]);
	if (json)
		printf("\n  ]}\n");
	fflush(stdout);
	if (rc != PNS_EXIT_OK)
		pns_helper_error(ctx, "list: %s", lc.err.msg);
	pns_store_close(&s);
	pns_policy_free(pol);
	return rc;
}
