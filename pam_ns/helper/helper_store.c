/* Pieces the helper's store commands share: targets, opening pin_dir. */
#include "helper/helper_store.h"

#include <errno.h>
#include <fnmatch.h>
#include <getopt.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>

#include "session/login.h"
#include "store/pin.h"
#include "session/plan.h"

int pns_helper_parse_target(int argc, char **argv, const char *flags, struct pns_target_args *t)
{
	static const struct option longopts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "group", required_argument, NULL, 'g' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "all", no_argument, NULL, 'a' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char optstring[16];
	snprintf(optstring, sizeof(optstring), "u:g:h%s", flags);
	*t = (struct pns_target_args){ 0 };
	int c;
	while ((c = getopt_long(argc, argv, optstring, longopts, NULL)) != -1) {
		/* The long table is shared: refuse a flag this command lacks. */
		if ((c == 'v' || c == 'a' || c == 'f') && !strchr(flags, c))
			return PNS_EXIT_USAGE;
		switch (c) {
		case 'u':
			t->user = optarg;
			break;
		case 'g':
			t->group = optarg;
			break;
		case 'v':
			t->verbose = true;
			break;
		case 'a':
			t->all = true;
			break;
		case 'f':
			t->force = true;
			break;
		case 'h':
			return -1;
		default:
			return PNS_EXIT_USAGE;
		}
	}
	if (optind + 1 != argc || (t->user && t->group) || (t->all && (t->user || t->group)))
		return PNS_EXIT_USAGE;
	t->set = argv[optind];
	return PNS_EXIT_OK;
}

int pns_helper_target(const struct pns_helper_ctx *ctx, const struct pns_set *set,
		      const char *user, const char *group, bool lookup, struct pns_inst *i)
{
	struct pns_err e = { 0 };
	if (user && group) {
		pns_helper_error(ctx, "-u and -g cannot be used together");
		return PNS_EXIT_USAGE;
	}
	switch (set->external ? PNS_PER_SHARED : set->per) {
	case PNS_PER_USER:
		if (!user) {
			pns_helper_error(ctx, "set %s has one instance per user: give -u USER", set->name);
			return PNS_EXIT_USAGE;
		}
		if (lookup && !getpwnam(user)) {
			pns_helper_error(ctx, "no such user: %s", user);
			return PNS_EXIT_FAIL;
		}
		break;
	case PNS_PER_GROUP:
		if (!group) {
			pns_helper_error(ctx, "set %s has one instance per group: give -g GROUP", set->name);
			return PNS_EXIT_USAGE;
		}
		if (lookup && !getgrnam(group)) {
			pns_helper_error(ctx, "no such group: %s", group);
			return PNS_EXIT_FAIL;
		}
		if (lookup && set->group_from.n) {
			bool listed = false;
			for (size_t k = 0; k < set->group_from.n && !listed; k++)
				listed = fnmatch(set->group_from.v[k], group, 0) == 0;
			if (!listed) {
				pns_helper_error(ctx, "group %s is not one of the groups of set %s "
						 "(group_from)", group, set->name);
				return PNS_EXIT_FAIL;
			}
		}
		break;
	case PNS_PER_SHARED:
	default:
		if (user || group) {
			pns_helper_error(ctx, "set %s is %s: it takes neither -u nor -g", set->name,
					 set->external ? "pinned by someone else" : "shared");
			return PNS_EXIT_USAGE;
		}
		break;
	}
	if (pns_inst_init(i, set->name, set->external ? PNS_PER_SHARED : set->per,
			  user ? user : group, &e) < 0) {
		pns_helper_error(ctx, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}
	return PNS_EXIT_OK;
}

int pns_helper_store_open(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
			  bool prepare, struct pns_store *s)
{
	struct pns_err e = { 0 };
	if (pns_store_open(s, pol->pin_dir, prepare, &e) < 0) {
		pns_helper_error(ctx, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}
	return PNS_EXIT_OK;
}

int pns_helper_check_external(const struct pns_helper_ctx *ctx, const struct pns_set *set)
{
	int rc = PNS_EXIT_OK;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!set->paths[t])
			continue;
		struct pns_err e = { 0 };
		int fd = pns_pin_open(set->paths[t], (enum pns_type)t, &e);
		if (fd < 0) {
			pns_helper_error(ctx, "set %s: %s", set->name, e.msg);
			rc = PNS_EXIT_FAIL;
		} else {
			close(fd);
		}
	}
	return rc;
}

/* The hostname of a new uts namespace: %u is the user of a per-user
 * instance, %g the group of a per-group one. */
static int set_hostname(const struct pns_set *set, const struct pns_inst *i, char *buf,
			size_t size, struct pns_err *e)
{
	struct pns_login l = { .user = "", .service = "", .rhost = "", .tty = "" };
	char name[sizeof(i->name)];
	memcpy(name, i->name, sizeof(name));
	if (set->per == PNS_PER_USER)
		l.user = name;
	const char *group = set->per == PNS_PER_GROUP ? name : NULL;
	if (pns_expand(set->setup.hostname, &l, group, buf, size, e) < 0)
		return -1;
	if (!pns_hostname_valid(buf))
		return pns_fail(e, 0, "%s:%d: hostname \"%s\" (from \"%s\") of set %s is not a valid "
				"host name", set->file, set->line, buf, set->setup.hostname, set->name);
	return 0;
}

int pns_helper_create_inst(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
			   struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
			   bool verbose)
{
	(void)pol;
	struct pns_err e = { 0 };
	char hostname[65], netns[NAME_MAX + 1], label[600];
	struct pns_create_opts o = { 0 };
	if (set->setup.hostname && (set->types & PNS_BIT(PNS_UTS))) {
		if (set_hostname(set, i, hostname, sizeof(hostname), &e) < 0) {
			pns_helper_error(ctx, "%s", e.msg);
			return PNS_EXIT_FAIL;
		}
		o.hostname = hostname;
	}
	if (set->ip_netns && (set->types & PNS_BIT(PNS_NET))) {
		if (pns_inst_netns_name(i, netns, sizeof(netns), &e) < 0) {
			pns_helper_error(ctx, "%s", e.msg);
			return PNS_EXIT_FAIL;
		}
		o.ip_netns = netns;
	}
	bool created = false;
	if (pns_store_create(s, set, i, &o, &created, &e) < 0) {
		pns_helper_error(ctx, "create %s: %s", pns_inst_label(i, label, sizeof(label)), e.msg);
		return PNS_EXIT_FAIL;
	}
	if (verbose)
		printf("%s %s\n", created ? "created" : "exists", pns_inst_label(i, label, sizeof(label)));
	return PNS_EXIT_OK;
}

struct collect {
	struct pns_inst *v;
	size_t n;
};

static int collect_one(void *ctx, const struct pns_inst *i)
{
	struct collect *c = ctx;
	struct pns_inst *nv = realloc(c->v, (c->n + 1) * sizeof(*nv));
	if (!nv)
		return -1;
	c->v = nv;
	c->v[c->n++] = *i;
	return 0;
}

int pns_helper_delete_all(const struct pns_helper_ctx *ctx, struct pns_store *s, const char *name,
			  bool force, unsigned *found)
{
	struct pns_err e = { 0 };
	struct collect c = { 0 };
	*found = 0;
	/* Collected first: deleting removes directories being walked. */
	if (pns_store_each(s, name, collect_one, &c, &e) < 0) {
		free(c.v);
		pns_helper_error(ctx, "%s", e.msg[0] ? e.msg : "out of memory");
		return PNS_EXIT_FAIL;
	}
	int rc = PNS_EXIT_OK;
	for (size_t k = 0; k < c.n; k++) {
		char label[600];
		if (pns_store_delete(s, &c.v[k], force, &e) < 0) {
			pns_helper_error(ctx, "delete %s: %s", pns_inst_label(&c.v[k], label, sizeof(label)),
					 e.msg);
			rc = PNS_EXIT_FAIL;
		} else {
			(*found)++;
		}
	}
	free(c.v);
	return rc;
}
