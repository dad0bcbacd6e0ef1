/* Pieces the helper's store commands share: targets, opening pin_dir. */
#include "helper/helper_store.h"
#include "session/match.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>

#include "session/login.h"
#include "store/pin.h"
#include "session/plan.h"

int pns_helper_target(const struct pns_helper_args *args, const struct pns_set *set,
		      const char *user, const char *group, bool lookup, struct pns_inst *i)
{
	struct pns_err e = { 0 };
	switch (set->external ? PNS_PER_SHARED : set->per) {
	case PNS_PER_USER:
		if (!user) {
			pns_helper_error(args, "set %s has one instance per user: give -u USER", PNS_ESC(set->name));
			return PNS_EXIT_USAGE;
		}
		if (lookup && !getpwnam(user)) {
			pns_helper_error(args, "no such user: %s", PNS_ESC(user));
			return PNS_EXIT_FAIL;
		}
		break;
	case PNS_PER_GROUP:
		if (!group) {
			pns_helper_error(args, "set %s has one instance per group: give -g GROUP", PNS_ESC(set->name));
			return PNS_EXIT_USAGE;
		}
		if (lookup && !getgrnam(group)) {
			pns_helper_error(args, "no such group: %s", PNS_ESC(group));
			return PNS_EXIT_FAIL;
		}
		if (lookup && set->group_from.n) {
			if (!pns_match_list(&set->group_from, group)) {
				pns_helper_error(args, "group %s is not one of the groups of set %s "
						 "(group_from)", PNS_ESC(group), PNS_ESC(set->name));
				return PNS_EXIT_FAIL;
			}
		}
		break;
	case PNS_PER_SHARED:
	default:
		if (user || group) {
			pns_helper_error(args, "set %s is %s: it takes neither -u nor -g", PNS_ESC(set->name),
					 set->external ? "pinned by someone else" : "shared");
			return PNS_EXIT_USAGE;
		}
		break;
	}
	if (pns_inst_init(i, set->name, set->external ? PNS_PER_SHARED : set->per,
			  user ? user : group, &e) < 0) {
		pns_helper_error(args, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}
	return PNS_EXIT_OK;
}

int pns_helper_store_open(const struct pns_helper_args *args, const struct pns_policy *pol,
			  bool make, struct pns_store *s)
{
	struct pns_err e = { 0 };
	if (pns_store_open(s, pol->pin_dir, make ? PNS_STORE_MAKE : 0, &e) < 0) {
		pns_helper_error(args, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}
	return PNS_EXIT_OK;
}

int pns_helper_check_external(const struct pns_helper_args *args, const struct pns_policy *pol,
			      const struct pns_set *set)
{
	struct pns_err e = { 0 };
	struct pns_inst_status st;
	if (pns_join_open(pol->pin_dir, set, NULL, NULL, &st, &e) < 0) {
		pns_helper_error(args, "set %s: %s", set->name, e.msg);
		return PNS_EXIT_FAIL;
	}
	if (st.state != PNS_INST_COMPLETE) {
		pns_helper_error(args, "%s", st.why.msg);
		return PNS_EXIT_FAIL;
	}
	return PNS_EXIT_OK;
}

int pns_helper_create_inst(const struct pns_helper_args *args, struct pns_store *s,
			   const struct pns_set *set, const struct pns_inst *i)
{
	bool verbose = args->verbose;
	struct pns_err e = { 0 };
	char hostname[65], label[600];
	struct pns_create_opts o = { .init = args->init };
	if (set->setup.hostname && (set->types & PNS_BIT(PNS_UTS))) {
		if (pns_set_hostname(set, i->name, hostname, sizeof(hostname), &e) < 0) {
			pns_helper_error(args, "%s:%d: %s", PNS_ESC(set->file), set->line, e.msg);
			return PNS_EXIT_FAIL;
		}
		o.hostname = hostname;
	}
	bool created = false;
	if (pns_store_create(s, set, i, &o, &created, &e) < 0) {
		pns_helper_error(args, "create %s: %s", PNS_ESC(pns_inst_label(i, label, sizeof(label))), e.msg);
		return PNS_EXIT_FAIL;
	}
	if (verbose)
		printf("%s %s\n", created ? "created" : "exists", PNS_ESC(pns_inst_label(i, label, sizeof(label))));
	return PNS_EXIT_OK;
}

struct collect {
	bool (*doomed)(const void *ctx, const struct pns_inst *i);
	const void *ctx;
	struct pns_inst *v;
	size_t n;
};

static int collect_one(void *ctx, const struct pns_inst *i)
{
	struct collect *c = ctx;
	if (c->doomed && !c->doomed(c->ctx, i))
		return 0;
	struct pns_inst *nv = realloc(c->v, (c->n + 1) * sizeof(*nv));
	if (!nv)
		return -1;
	c->v = nv;
	c->v[c->n++] = *i;
	return 0;
}

bool pns_helper_delete_hook_failed(const struct pns_helper_args *args, const char *verb,
				   const char *label, const struct pns_err *hook, bool deleted)
{
	if (!hook->msg[0])
		return false;
	pns_helper_error(args, "%s %s: %s%s", verb, PNS_ESC(label), hook->msg,
			 deleted ? "; the instance was deleted all the same" : "");
	return true;
}

int pns_helper_delete_each(const struct pns_helper_args *args, struct pns_store *s,
			   const struct pns_policy *pol, const char *name, bool (*doomed)(const void *ctx, const struct pns_inst *i), const void *ctx,
			   const char *verb, unsigned *found)
{
	struct pns_err e = { 0 };
	struct collect c = { .doomed = doomed, .ctx = ctx };
	*found = 0;
	/* Collected first: deleting removes directories being walked. */
	int rc = PNS_EXIT_OK;
	if (pns_store_each(s, name, collect_one, &c, &e) < 0) {
		pns_helper_error(args, "%s: %s", verb, e.msg[0] ? e.msg : "out of memory");
		rc = PNS_EXIT_FAIL;
	}
	for (size_t k = 0; k < c.n; k++) {
		char label[600];
		pns_inst_label(&c.v[k], label, sizeof(label));
		struct pns_err hook = { 0 };
		const struct pns_set *set = pol ? pns_policy_find_set(pol, c.v[k].set) : NULL;
		int del = pns_store_delete(s, set, &c.v[k], &hook, &e);
		if (pns_helper_delete_hook_failed(args, verb, label, &hook, del == 0))
			rc = PNS_EXIT_FAIL;
		if (del < 0) {
			pns_helper_error(args, "%s %s: %s", verb, PNS_ESC(label), e.msg);
			rc = PNS_EXIT_FAIL;
			continue;
		}
		(*found)++;
		if (args->verbose)
			printf("%sd %s\n", verb, PNS_ESC(label));
	}
	free(c.v);
	return rc;
}
