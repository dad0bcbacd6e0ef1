/* pam_ns_helper list: every pinned set and instance, like lsns. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "helper/helper_store.h"
#include "common/json.h"
#include <errno.h>
#include <stdlib.h>

/* One row: an instance in the store, or a set pinned by someone else. */
struct row {
	struct pns_inst inst;
	const struct pns_set *ext;	/* an external set, or NULL */
	const char *state;
	struct pns_inst_info info;
};

struct list_ctx {
	const char *prog;
	const struct pns_policy *pol;
	struct pns_store *s;
	struct row *v;
	size_t n;
	struct pns_err err;
};

static struct row *add_row(struct list_ctx *c)
{
	struct row *nv = realloc(c->v, (c->n + 1) * sizeof(*nv));
	if (!nv)
		return NULL;
	c->v = nv;
	memset(&c->v[c->n], 0, sizeof(c->v[c->n]));
	return &c->v[c->n++];
}

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

static void print_row(bool json, unsigned count, const struct row *r, const struct pns_policy *pol)
{
	const struct pns_inst_info *info = &r->info;
	char created[32], rel[PATH_MAX], dir[PATH_MAX + 8];
	const char *set = r->ext ? r->ext->name : r->inst.set;
	const char *scope = r->ext ? "external" : pns_scope_names[r->inst.per];
	const char *inst = r->ext ? "" : r->inst.name;
	const char *policy = r->ext ? "in policy" : policy_state(pol, &r->inst);
	time_str(info->created, created, sizeof(created));
	/* Where the instance is, as `nsenter --mount=<pin_dir>/store` shows it. */
	if (!r->ext && pns_inst_rel(&r->inst, rel, sizeof(rel), NULL) == 0)
		snprintf(dir, sizeof(dir), "/%s", rel);
	else
		dir[0] = '\0';
	if (json) {
		printf("%s\n    {\"set\": ", count ? "," : "");
		pns_json_string(stdout, set);
		printf(", \"scope\": \"%s\", \"instance\": ", scope);
		pns_json_string(stdout, inst[0] ? inst : NULL);
		printf(", \"state\": \"%s\", \"policy\": \"%s\", \"path\": ", r->state, policy);
		pns_json_string(stdout, dir[0] ? dir : NULL);
		printf(", \"created\": ");
		pns_json_string(stdout, info->created ? created : NULL);
		printf(", \"processes\": %u, ", info->procs_any);
		print_json_types(info, dir, r->ext);
		printf("}");
	} else {
		char ids[512] = "";
		size_t used = 0;
		for (int t = 0; t < PNS_NTYPES && used < sizeof(ids); t++)
			if (info->types & PNS_BIT(t))
				used += (size_t)snprintf(ids + used, sizeof(ids) - used, "%s%s:%lu",
							 used ? " " : "", pns_types[t].name, info->ids[t]);
		printf("%-12s %-8s %-12s %-10s %-13s %-20s %5u  %s\n", PNS_ESC(set), scope,
		       inst[0] ? PNS_ESC(inst) : "-",
		       r->state, policy, created, info->procs_any, ids[0] ? ids : "-");
	}
}

static int list_one(void *ctx, const struct pns_inst *i)
{
	struct list_ctx *c = ctx;
	struct pns_err e = { 0 };
	/* The policy's types when it still has this set as it is, so a
	 * missing pin counts; otherwise the pins that are there. */
	const struct pns_set *set = pns_policy_find_set(c->pol, i->set);
	unsigned types = set && !set->external && set->per == i->per ? set->types : 0;
	struct row *r = add_row(c);
	if (!r)
		return pns_fail(&c->err, ENOMEM, "list");
	r->inst = *i;
	if (pns_store_inspect(c->s, i, types, &r->info, &e) < 0) {
		/* Say so and go on: one odd entry should not hide the others. */
		fprintf(stderr, "%s: list: %s\n", c->prog, e.msg);
		c->n--;
		return 0;
	}
	r->state = pns_inst_state_name(r->info.state);
	return 0;
}

/* Sets pinned by someone else are not in the store: their paths, checked
 * as a login would (pns_join_open). */
static int list_external(struct list_ctx *c, const struct pns_set *set)
{
	struct pns_pins pins;
	struct pns_inst_status st;
	struct pns_err e = { 0 };
	struct row *r = add_row(c);
	if (!r)
		return pns_fail(&c->err, ENOMEM, "list");
	r->ext = set;
	if (pns_join_open(c->pol->pin_dir, set, NULL, &pins, &st, &e) < 0)
		st.state = PNS_INST_INCOMPLETE;
	r->state = st.state == PNS_INST_COMPLETE ? "valid" : "invalid";
	if (st.state == PNS_INST_COMPLETE) {
		r->info.types = pins.types;
		memcpy(r->info.ids, pins.ids, sizeof(r->info.ids));
		memcpy(r->info.devs, pins.devs, sizeof(r->info.devs));
		pns_pins_close(&pins);
	}
	return 0;
}

int pns_cmd_list(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	struct pns_store s = PNS_STORE_INIT;
	int rc = pns_helper_store_open(args, pol, false, &s);
	if (rc != PNS_EXIT_OK)
		return rc;
	struct list_ctx lc = { .prog = args->prog, .pol = pol, .s = &s };
	if (pns_store_each(&s, NULL, list_one, &lc, &lc.err) < 0)
		rc = PNS_EXIT_FAIL;
	for (size_t k = 0; k < pol->nsets && rc == PNS_EXIT_OK; k++)
		if (pol->sets[k].external && list_external(&lc, &pol->sets[k]) < 0)
			rc = PNS_EXIT_FAIL;
	pns_store_close(&s);
	/* One pass over /proc for every row. */
	struct pns_inst_info *infos = calloc(lc.n ? lc.n : 1, sizeof(*infos));
	if (!infos) {
		free(lc.v);
		pns_helper_error(args, "list: out of memory");
		return PNS_EXIT_FAIL;
	}
	for (size_t k = 0; k < lc.n; k++)
		infos[k] = lc.v[k].info;
	pns_store_count_procs(infos, lc.n);
	if (args->json) {
		printf("{\"pin_dir\": ");
		pns_json_string(stdout, s.pin_dir);
		printf(", \"instances\": [");
	} else {
		printf("%-12s %-8s %-12s %-10s %-13s %-20s %5s  %s\n", "SET", "SCOPE", "INSTANCE",
		       "STATE", "POLICY", "CREATED", "PROCS", "NAMESPACES");
	}
	for (size_t k = 0; k < lc.n; k++) {
		lc.v[k].info = infos[k];
		print_row(args->json, (unsigned)k, &lc.v[k], pol);
	}
	if (args->json)
		printf("\n  ]}\n");
	fflush(stdout);
	if (rc != PNS_EXIT_OK)
		pns_helper_error(args, "list: %s", lc.err.msg);
	free(infos);
	free(lc.v);
	return rc;
}
